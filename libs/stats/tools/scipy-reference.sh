#!/usr/bin/env bash
# Regenerates libs/stats/fixtures/scipy-reference.json with the pinned scipy and numpy.
# Python is for this developer tool only; nothing at runtime or in the tests needs it.
# The venv lives in .local/stats-venv (git-ignored) and is rebuilt only when the pins change.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
tools="$root/libs/stats/tools"
venv="$root/.local/stats-venv"
stamp="$venv/.requirements.txt"

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! cmp -s "$tools/requirements.txt" "$stamp"; then
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$tools/requirements.txt"
  cp "$tools/requirements.txt" "$stamp"
fi
"$venv/bin/python" "$tools/scipy-reference.py"
