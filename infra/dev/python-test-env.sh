#!/usr/bin/env bash
# Creates the Python environment that only the test suite uses, for two independent cross-checks:
#   - fastavro: the contracts codec (libs/contracts/tools/cross-check-fastavro.py, run by
#     libs/contracts/src/golden-fastavro.int-spec.ts);
#   - scikit-learn: the model-quality metrics (libs/model-metrics/tools/sklearn-metrics.py, run by
#     libs/model-metrics/src/sklearn-cross-check.int-spec.ts).
# Python is never a runtime dependency of Loopline: no service, image or script outside the tests
# uses this environment.
# usage: infra/dev/python-test-env.sh   (idempotent; quick when the environment is up to date)
#
# The environment lives in $LOOPLINE_LOCAL_DIR/python-test-env (default <repo>/.local/) and is
# rebuilt from scratch when the pinned requirements file changes.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
COMPONENT=python-test-env
source "$(dirname "${BASH_SOURCE[0]}")/../local/common.sh"

REQUIREMENTS="$REPO_ROOT/libs/contracts/tools/requirements-crosscheck.txt"
ENV_DIR="$LOCAL_DIR/python-test-env"
STAMP="$ENV_DIR/.requirements-sha256" # written last: its absence means an unfinished build
INSTALL_LOG="$LOG_DIR/python-test-env.log"

main() {
  local hash started=$SECONDS
  hash="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)"
  if [[ -x "$ENV_DIR/bin/python" && "$(cat "$STAMP" 2>/dev/null)" == "$hash" ]]; then
    log "up to date: $ENV_DIR"
    return 0
  fi
  require_cmd python3 \
    "install Python 3.11+ with its venv module (Debian: apt-get install python3 python3-venv)"
  log "creating $ENV_DIR from $(basename "$REQUIREMENTS") (first run only, about 30 s)..."
  rm -rf "$ENV_DIR"
  if ! python3 -m venv "$ENV_DIR" >"$INSTALL_LOG" 2>&1; then
    show_log_tail "$INSTALL_LOG"
    die "python3 -m venv failed; on Debian install python3-venv. Full output in $INSTALL_LOG"
  fi
  if ! "$ENV_DIR/bin/python" -m pip install --no-input --disable-pip-version-check \
    --requirement "$REQUIREMENTS" >>"$INSTALL_LOG" 2>&1; then
    show_log_tail "$INSTALL_LOG"
    die "installing $(basename "$REQUIREMENTS") failed; full output in $INSTALL_LOG"
  fi
  "$ENV_DIR/bin/python" -c 'import fastavro, sklearn.metrics' >>"$INSTALL_LOG" 2>&1 ||
    die "fastavro or scikit-learn does not import in $ENV_DIR; see $INSTALL_LOG"
  echo "$hash" >"$STAMP"
  log "ready in $((SECONDS - started))s: $("$ENV_DIR/bin/python" -m pip freeze | tr '\n' ' ')"
}

main "$@"
