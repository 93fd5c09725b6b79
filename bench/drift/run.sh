#!/usr/bin/env bash
# The drift benchmark: a window of 100,000 June 2001 flights against a reference of 1,000,000
# January–March 2001 flights (date, delay, distance, origin, destination; seeded draws from
# flights-3m.parquet), Loopline's drift comparison beside scipy's two-sample tests and Evidently's
# data drift report on the same files in one run (see bench/drift/README.md).
#
#   bench/drift/run.sh [--smoke] [--repeat N] [--seed N] [--no-build]
#
#   --smoke      20,000 against 2,000 rows, Loopline only, no Python (a few seconds; CI)
#   --repeat N   timed runs per tool after one untimed warm-up; the median is shown (default 5)
#   --seed N     the draw of both samples and Loopline's calibration (default 7)
#   --no-build   skip `npx tsc -b libs/features` (libs/stats, libs/tabular and libs/features
#                dist must be current); --smoke never builds
#
# The samples are drawn once per size and seed into .local/bench/drift/. Python is bench-only:
# the peers run in .local/bench/drift-venv, created here from the pinned requirements.txt and
# rebuilt when that file changes. Needs Node 20 and python3 with venv; no stack.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
VENV="$REPO_ROOT/.local/bench/drift-venv"
REQUIREMENTS="$BENCH_DIR/requirements.txt"
INSTALL_LOG="$REPO_ROOT/.local/bench/drift-venv-install.log"
export PYTHONDONTWRITEBYTECODE=1

log() { printf '[bench] %s\n' "$*" >&2; }
die() {
  printf '[bench] ERROR: %s\n' "$*" >&2
  exit 1
}
usage() {
  grep '^#   ' "${BASH_SOURCE[0]}" | cut -c3- >&2
  exit 2
}

smoke=0 build=1 driver_args=()
while (($# > 0)); do
  case "$1" in
    --smoke) smoke=1; build=0; driver_args+=(--smoke) ;;
    --repeat | --seed) driver_args+=("$1" "${2:?$1 needs a number}"); shift ;;
    --no-build) build=0 ;;
    -h | --help) usage ;;
    *) echo "[bench] unknown argument '$1'" >&2; usage ;;
  esac
  shift
done

if ((build)); then
  log "building (npx tsc -b libs/features)"
  (cd "$REPO_ROOT" && npx tsc -b libs/features) >&2 || die "the build failed (errors above)"
fi
if ((!smoke)); then
  source "$REPO_ROOT/bench/lib/python-venv.sh"
  ensure_venv "$VENV" "$REQUIREMENTS" "$INSTALL_LOG" evidently scipy pandas numpy pyarrow
  driver_args+=(--python "$VENV/bin/python")
fi

node "$BENCH_DIR/drift.mjs" "${driver_args[@]}"
