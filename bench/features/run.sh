#!/usr/bin/env bash
# The feature-store benchmark: Loopline's materializeFeatureView against the same feature view
# written in pandas and in polars, on the same Parquet file in one run (see bench/features/README.md).
#
#   bench/features/run.sh [--smoke] [--repeat N] [--tools LIST] [--file PATH] [--no-build] [--enforce]
#
#   --smoke      the first 50,000 rows only, 1 run, and the peers' correctness checks (for CI)
#   --repeat N   runs per engine, interleaved; the table shows the median run (default 3, smoke 1)
#   --tools      any of loopline, pandas, polars, pandas-dummies, polars-dummies (default all)
#   --file       another Parquet file with the flights columns (default flights-3m.parquet)
#   --no-build   skip `npx tsc -b tsconfig.json` (libs/features/dist must be current)
#   --enforce    exit 1 when a target is missed (full file only)
#
# Python is bench-only: the peers run in .local/bench/features-venv, created here from the pinned
# requirements.txt and rebuilt when that file changes. Needs python3 with venv, Node 20. Nothing
# else: no stack, the files are read from and written to local disk.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
VENV="$REPO_ROOT/.local/bench/features-venv"
REQUIREMENTS="$BENCH_DIR/requirements.txt"
INSTALL_LOG="$REPO_ROOT/.local/bench/features-venv-install.log"
# Keeps __pycache__ folders out of the source tree.
export PYTHONDONTWRITEBYTECODE=1
DEFAULT_FILE="$REPO_ROOT/node_modules/vega-datasets/data/flights-3m.parquet"
SMOKE_ROWS=50000
ALL_TOOLS="loopline,pandas,polars,pandas-dummies,polars-dummies"

log() { printf '[bench] %s\n' "$*" >&2; }
die() {
  printf '[bench] ERROR: %s\n' "$*" >&2
  exit 1
}
usage() {
  grep '^#   ' "${BASH_SOURCE[0]}" | cut -c3- >&2
  exit 2
}

smoke=0 repeat="" tools="$ALL_TOOLS" file="$DEFAULT_FILE" build=1 enforce=0
while (($# > 0)); do
  case "$1" in
    --smoke) smoke=1 ;;
    --repeat) repeat="${2:?--repeat needs a number}"; shift ;;
    --tools) tools="${2:?--tools needs a list}"; shift ;;
    --file) file="${2:?--file needs a path}"; shift ;;
    --no-build) build=0 ;;
    --enforce) enforce=1 ;;
    -h | --help) usage ;;
    *) echo "[bench] unknown argument '$1'" >&2; usage ;;
  esac
  shift
done
[[ -n "$repeat" ]] || repeat=$((smoke ? 1 : 3))
[[ "$repeat" =~ ^[1-9][0-9]*$ ]] || die "--repeat must be a positive whole number, not '$repeat'"
IFS=, read -r -a TOOLS <<<"$tools"
for tool in "${TOOLS[@]}"; do
  [[ ",$ALL_TOOLS," == *",$tool,"* ]] || die "unknown tool '$tool' (known: $ALL_TOOLS)"
done
[[ -f "$file" ]] || die "$file not found (flights-3m.parquet comes with \`npm ci\`: vega-datasets)"
wants() { [[ ",$tools," == *",$1,"* ]]; }

source "$REPO_ROOT/bench/lib/python-venv.sh"

ensure_venv "$VENV" "$REQUIREMENTS" "$INSTALL_LOG" numpy pandas polars pyarrow
# A build that fails leaves Loopline out of this run (its old dist/ would not be the code under
# test), but the peers still run, so the table shows what can be measured.
build_failed=0
if wants loopline && ((build)); then
  log "building (npx tsc -b tsconfig.json)"
  if ! (cd "$REPO_ROOT" && npx tsc -b tsconfig.json) >&2; then
    build_failed=1
    log "the build failed (errors above): Loopline is left out of this run"
  fi
fi

WORK="$(mktemp -d -t bench-features-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
if ((smoke)); then
  log "smoke: slicing the first $SMOKE_ROWS rows of $file"
  "$VENV/bin/python" "$REPO_ROOT/bench/ingest/make-slice.py" "$file" "$WORK/slice.parquet" \
    --rows "$SMOKE_ROWS" >/dev/null
  file="$WORK/slice.parquet"
  log "smoke: checking the peers (window edges, brute force, pandas = polars)"
  (cd "$BENCH_DIR" && "$VENV/bin/python" verify_peers.py "$file") >&2 ||
    die "the peers do not compute the definition (see above); their timings would mean nothing"
fi
rows="$("$VENV/bin/python" -c 'import sys, pyarrow.parquet as pq; print(pq.ParquetFile(sys.argv[1]).metadata.num_rows)' "$file")"
# Every engine reads the file from the page cache, not only the ones after the first.
cat "$file" >/dev/null
log "input: $file ($rows rows, $(du -h "$file" | cut -f1)); $repeat run(s) per engine: ${TOOLS[*]}"

RESULTS="$WORK/results.jsonl"
: >"$RESULTS"
# run_tool <tool>: appends the engine's JSON line, or a failure record, to $RESULTS. Each
# engine prints progress on stderr (shown as it comes) and one JSON line on stdout.
run_tool() {
  local tool="$1" name="$1" cmd out line status=0
  case "$tool" in
    loopline) cmd=(node "$BENCH_DIR/loopline-materialize.mjs") ;;
    pandas) cmd=("$VENV/bin/python" "$BENCH_DIR/pandas_peer.py") ;;
    polars) cmd=("$VENV/bin/python" "$BENCH_DIR/polars_peer.py") ;;
    pandas-dummies) cmd=("$VENV/bin/python" "$BENCH_DIR/pandas_peer.py" --expand) name="pandas+get_dummies" ;;
    polars-dummies) cmd=("$VENV/bin/python" "$BENCH_DIR/polars_peer.py" --expand) name="polars+to_dummies" ;;
  esac
  if [[ "$tool" == loopline ]] && ((build_failed)); then
    printf '{"tool":"loopline","status":"failed","error":"the build failed"}\n' >>"$RESULTS"
    return
  fi
  out="$("${cmd[@]}" --file "$file")" || status=$?
  line="$(tail -n 1 <<<"$out")"
  if ((status != 0)); then
    log "$name failed (exit $status)${line:+: ${line:0:300}}"
    printf '{"tool":"%s","status":"failed","error":"exit %d, see above"}\n' "$name" "$status" >>"$RESULTS"
    return
  fi
  log "$name: $line"
  printf '%s\n' "$line" >>"$RESULTS"
}

for ((r = 1; r <= repeat; r++)); do
  for tool in "${TOOLS[@]}"; do
    log "run $r/$repeat: $tool"
    run_tool "$tool"
  done
done

echo
# The issue's targets are about the full file; a smoke run only shows the table.
report_args=()
if ((!smoke)); then
  report_args+=(--targets)
  if ((enforce)); then report_args+=(--enforce); fi
fi
"$VENV/bin/python" "$BENCH_DIR/report.py" "$RESULTS" "${report_args[@]}"
