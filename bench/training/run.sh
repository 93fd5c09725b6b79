#!/usr/bin/env bash
# The training benchmark: Loopline's trainModel against scikit-learn and Keras on the same
# materialized flights feature set, in one run (see bench/training/README.md).
#
#   bench/training/run.sh [--smoke] [--repeat N] [--tools LIST] [--epochs N] [--range FROM,TO|all]
#                         [--no-build] [--enforce]
#
#   --smoke      the first 20,000 January flights, 1 epoch, 1 run; checks correctness only (CI)
#   --repeat N   throughput runs per engine, interleaved; the table shows the median (default 3)
#   --tools      any of loopline, sklearn-mlp, keras (throughput), loopline-quality, hgb
#                (quality: the shipped config against HistGradientBoosting) (default all)
#   --epochs N   epochs of the throughput runs (default 3, smoke 1)
#   --range      flights dates [FROM, TO) cut from flights-3m.parquet (default 2001-01-01,2001-02-01,
#                the month the demo ingests), or `all` for the whole file
#   --no-build   skip `npx tsc -b tsconfig.json` (the libraries' dist/ must be current)
#   --enforce    exit 1 when a target is missed (not with --smoke)
#
# Python is bench-only: the peers run in .local/bench/training-venv, created here from the pinned
# requirements.txt and rebuilt when that file changes. The split files are materialized once per
# input into .local/bench/training/ (keyed by the cut, the source file, the feature view and the
# built features library). Needs python3 with venv and Node 20; no stack.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
VENV="$REPO_ROOT/.local/bench/training-venv"
REQUIREMENTS="$BENCH_DIR/requirements.txt"
INSTALL_LOG="$REPO_ROOT/.local/bench/training-venv-install.log"
CACHE="$REPO_ROOT/.local/bench/training"
SOURCE="$REPO_ROOT/node_modules/vega-datasets/data/flights-3m.parquet"
DEFINITION="$REPO_ROOT/services/feature-store/feature-views/flights-delay.json"
SHIPPED_CONFIG="$REPO_ROOT/services/training/training-configs/flights-delay.json"
# Keeps __pycache__ folders out of the source tree.
export PYTHONDONTWRITEBYTECODE=1
export TF_CPP_MIN_LOG_LEVEL=2
SMOKE_ROWS=20000
ALL_TOOLS="loopline,sklearn-mlp,keras,loopline-quality,hgb"

log() { printf '[bench] %s\n' "$*" >&2; }
die() {
  printf '[bench] ERROR: %s\n' "$*" >&2
  exit 1
}
usage() {
  grep '^#   ' "${BASH_SOURCE[0]}" | cut -c3- >&2
  exit 2
}

smoke=0 repeat="" tools="$ALL_TOOLS" epochs="" range="2001-01-01,2001-02-01" build=1 enforce=0
while (($# > 0)); do
  case "$1" in
    --smoke) smoke=1 ;;
    --repeat) repeat="${2:?--repeat needs a number}"; shift ;;
    --tools) tools="${2:?--tools needs a list}"; shift ;;
    --epochs) epochs="${2:?--epochs needs a number}"; shift ;;
    --range) range="${2:?--range needs FROM,TO or all}"; shift ;;
    --no-build) build=0 ;;
    --enforce) enforce=1 ;;
    -h | --help) usage ;;
    *) echo "[bench] unknown argument '$1'" >&2; usage ;;
  esac
  shift
done
[[ -n "$repeat" ]] || repeat=$((smoke ? 1 : 3))
[[ -n "$epochs" ]] || epochs=$((smoke ? 1 : 3))
[[ "$repeat" =~ ^[1-9][0-9]*$ ]] || die "--repeat must be a positive whole number, not '$repeat'"
[[ "$epochs" =~ ^[1-9][0-9]*$ ]] || die "--epochs must be a positive whole number, not '$epochs'"
IFS=, read -r -a TOOLS <<<"$tools"
for tool in "${TOOLS[@]}"; do
  [[ ",$ALL_TOOLS," == *",$tool,"* ]] || die "unknown tool '$tool' (known: $ALL_TOOLS)"
done
wants() { [[ ",$tools," == *",$1,"* ]]; }
[[ -f "$SOURCE" ]] || die "$SOURCE not found (flights-3m.parquet comes with \`npm ci\`: vega-datasets)"
cut_args=()
if [[ "$range" != all ]]; then
  [[ "$range" =~ ^[0-9-]+,[0-9-]+$ ]] || die "--range must be FROM,TO (ISO dates) or all, not '$range'"
  cut_args+=(--from "${range%,*}" --to "${range#*,}")
fi
if ((smoke)); then cut_args+=(--rows "$SMOKE_ROWS"); fi

source "$REPO_ROOT/bench/lib/python-venv.sh"

ensure_venv "$VENV" "$REQUIREMENTS" "$INSTALL_LOG" numpy pyarrow sklearn tensorflow keras
# The split files need the features library whatever the tools; a failed build leaves Loopline's
# trainer out of the run but the peers still run on the splits (from the cache or the old dist/).
build_failed=0
if ((build)); then
  log "building (npx tsc -b tsconfig.json)"
  if ! (cd "$REPO_ROOT" && npx tsc -b tsconfig.json) >&2; then
    build_failed=1
    log "the build failed (errors above): Loopline's trainer is left out of this run"
  fi
fi

# The split files, once per input: the cut, the source file, the view and the materializer.
key="$( {
  echo "${cut_args[*]}"
  stat -c '%s %Y' "$SOURCE"
  cat "$DEFINITION"
  find "$REPO_ROOT/libs/features/dist" "$REPO_ROOT/libs/stats/dist" "$REPO_ROOT/libs/tabular/dist" \
    -name '*.js' 2>/dev/null | sort | xargs cat || true
} | sha256sum | cut -c1-16)"
slice="flights-${range//,/_}"
if ((smoke)); then slice+="-first$SMOKE_ROWS"; fi
SPLITS="$CACHE/$slice-$key"
if [[ -f "$SPLITS/materialized.json" ]]; then
  log "split files cached: $SPLITS"
else
  log "materializing the flights-delay view into $SPLITS (once per input)"
  rm -rf "$SPLITS" && mkdir -p "$SPLITS"
  "$VENV/bin/python" "$BENCH_DIR/cut_flights.py" "$SOURCE" "$SPLITS/flights.parquet" "${cut_args[@]}" >/dev/null
  node "$BENCH_DIR/materialize-splits.mjs" --file "$SPLITS/flights.parquet" --out "$SPLITS.tmp" ||
    die "materializing the split files failed (see above)"
  mv "$SPLITS.tmp"/* "$SPLITS"/ && rmdir "$SPLITS.tmp"
fi
log "data: $(node -e 'const s=require(process.argv[1]);console.log(Object.entries(s.splits).map(([n,v])=>`${n} ${v.rows}`).join(", ")+`; ${s.featureNames.length} tensor columns`)' "$SPLITS/materialized.json")"

WORK="$(mktemp -d -t bench-training-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
RESULTS="$WORK/results.jsonl"
: >"$RESULTS"
loopline_ok() { ((!build_failed)); }

# run_tool <name> <command...>: appends the command's last stdout line, or a failure record.
run_tool() {
  local name="$1" out line status=0
  shift
  out="$("$@")" || status=$?
  line="$(tail -n 1 <<<"$out")"
  if ((status != 0)); then
    log "$name failed (exit $status)${line:+: ${line:0:300}}"
    printf '{"tool":"%s","status":"failed","error":"exit %d, see above"}\n' "$name" "$status" >>"$RESULTS"
    return
  fi
  printf '%s\n' "$line" >>"$RESULTS"
}
skip_loopline() {
  printf '{"tool":"%s","status":"failed","error":"the build failed"}\n' "$1" >>"$RESULTS"
}

if ((smoke)) && loopline_ok && { wants loopline || wants loopline-quality; }; then
  log "smoke: Node's and Python's matrices of every split must be bit-identical"
  run_tool node-reader node "$BENCH_DIR/loopline-train.mjs" --splits "$SPLITS" --mode checksums
  run_tool python-reader "$VENV/bin/python" "$BENCH_DIR/peers.py" --tool checksums --splits "$SPLITS"
fi

for ((r = 1; r <= repeat; r++)); do
  for tool in loopline sklearn-mlp keras; do
    wants "$tool" || continue
    log "run $r/$repeat: $tool, $epochs epoch(s)"
    case "$tool" in
      loopline)
        if loopline_ok; then
          run_tool loopline node "$BENCH_DIR/loopline-train.mjs" --splits "$SPLITS" \
            --mode throughput --epochs "$epochs"
        else skip_loopline loopline; fi ;;
      *) run_tool "$tool" "$VENV/bin/python" "$BENCH_DIR/peers.py" --tool "$tool" \
        --splits "$SPLITS" --epochs "$epochs" ;;
    esac
  done
done

if wants loopline-quality; then
  log "quality: $(basename "$SHIPPED_CONFIG") trained by Loopline"
  if loopline_ok; then
    run_tool loopline-quality node "$BENCH_DIR/loopline-train.mjs" --splits "$SPLITS" \
      --mode quality --config "$SHIPPED_CONFIG" --predictions "$WORK/loopline-test.f32"
    # The independent check: scikit-learn's roc_auc_score on the predictions Loopline saved.
    if [[ -f "$WORK/loopline-test.f32" ]]; then
      run_tool sklearn-score "$VENV/bin/python" "$BENCH_DIR/peers.py" --tool score \
        --splits "$SPLITS" --predictions "$WORK/loopline-test.f32"
    fi
  else skip_loopline loopline-quality; fi
fi
if wants hgb; then
  log "quality: HistGradientBoostingClassifier (defaults)"
  run_tool hgb "$VENV/bin/python" "$BENCH_DIR/peers.py" --tool hgb --splits "$SPLITS"
fi

echo
report_args=()
if ((smoke)); then report_args+=(--smoke); else report_args+=(--targets); fi
if ((enforce && !smoke)); then report_args+=(--enforce); fi
"$VENV/bin/python" "$BENCH_DIR/report.py" "$RESULTS" "${report_args[@]}"
