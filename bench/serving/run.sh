#!/usr/bin/env bash
# The serving benchmark: single-row predictions at 64 concurrent connections against a bare
# node:http server (the ceiling), MLflow's scoring server on a scikit-learn MLP of the flights
# model's shape, and Loopline's deployment API on port 3006, one after the other, in one run
# (see bench/serving/README.md).
#
#   bench/serving/run.sh [--smoke] [--duration S] [--warmup S] [--mlflow-workers N] [--row FILE]
#                        [--loopline-url URL]
#
#   --smoke           2 s per target, MLflow left out, no Python needed (CI)
#   --duration S      measured seconds per target (default 15)
#   --warmup S        untimed seconds of the same load before each (default 5)
#   --mlflow-workers  uvicorn workers of MLflow's scoring server (default 2, one per core)
#   --row FILE        the raw flights row Loopline is asked about (JSON object; default a
#                     January 2001 ORD-LGA flight)
#   --loopline-url    where the deployment service answers (default http://127.0.0.1:3006)
#
# Loopline is measured only when the deployment service already runs and serves flights-delay
# (`bash infra/services.sh up`, then a deployed model); otherwise its row says why it was skipped.
# Python is bench-only: MLflow runs in .local/bench/serving-venv, created here from the pinned
# requirements.txt and rebuilt when that file changes; the model is trained once per input into
# .local/bench/serving/. Needs Node 20 and python3 with venv.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
VENV="$REPO_ROOT/.local/bench/serving-venv"
REQUIREMENTS="$BENCH_DIR/requirements.txt"
INSTALL_LOG="$REPO_ROOT/.local/bench/serving-venv-install.log"
CACHE="$REPO_ROOT/.local/bench/serving"
VIEW="$REPO_ROOT/services/feature-store/feature-views/flights-delay.json"
CONFIG="$REPO_ROOT/services/training/training-configs/flights-delay.json"
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

smoke=0 driver_args=()
while (($# > 0)); do
  case "$1" in
    --smoke) smoke=1; driver_args+=(--smoke) ;;
    --duration | --warmup | --mlflow-workers | --row | --loopline-url)
      driver_args+=("$1" "${2:?$1 needs a value}"); shift ;;
    -h | --help) usage ;;
    *) echo "[bench] unknown argument '$1'" >&2; usage ;;
  esac
  shift
done
[[ -d "$REPO_ROOT/node_modules/autocannon" ]] || die "autocannon is missing: run npm ci"

if ((!smoke)); then
  source "$REPO_ROOT/bench/lib/python-venv.sh"
  ensure_venv "$VENV" "$REQUIREMENTS" "$INSTALL_LOG" mlflow sklearn pandas numpy
  key="$( (cat "$BENCH_DIR/train_mlp.py" "$VIEW" "$CONFIG" "$REQUIREMENTS") | sha256sum | cut -c1-16)"
  MODEL_DIR="$CACHE/flights-mlp-$key"
  if [[ -f "$MODEL_DIR/request.json" ]]; then
    log "MLflow model cached: $MODEL_DIR"
  else
    log "training the scikit-learn MLP of the flights model's shape into $MODEL_DIR (once per input)"
    rm -rf "$MODEL_DIR.tmp"
    "$VENV/bin/python" "$BENCH_DIR/train_mlp.py" --feature-view "$VIEW" --training-config "$CONFIG" \
      --out "$MODEL_DIR.tmp" >&2 || die "training the MLflow model failed (see above)"
    rm -rf "$MODEL_DIR" && mv "$MODEL_DIR.tmp" "$MODEL_DIR"
  fi
  driver_args+=(--mlflow-bin "$VENV/bin/mlflow" --mlflow-model "$MODEL_DIR/model"
    --mlflow-request "$MODEL_DIR/request.json")
fi

node "$BENCH_DIR/serving.mjs" "${driver_args[@]}"
