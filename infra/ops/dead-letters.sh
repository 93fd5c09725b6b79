#!/usr/bin/env bash
# Lists and replays dead letters; see infra/ops/dead-letters.mjs for the usage.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [[ ! -f "$REPO_ROOT/libs/messaging/dist/index.js" ]]; then
  echo "dead-letters: the build is missing; run 'npm run build' first" >&2
  exit 2
fi
exec node "$REPO_ROOT/infra/ops/dead-letters.mjs" "$@"
