#!/usr/bin/env bash
# The experiment-tracking benchmark: Loopline's TrackingStore and TrackingReader against MLflow's
# SQL tracking store, both on the same local PostgreSQL, same runs, same queries (see
# bench/tracking/README.md).
#
#   bench/tracking/run.sh [--smoke] [--runs N] [--points N] [--queries N] [--tools LIST] [--no-build] [--enforce]
#
#   --smoke      500 runs, 20,000 points, 50 queries, 3 log repeats (for CI; checks no target)
#   --runs N     runs seeded in each system (default 10,000)
#   --points N   metric points seeded in Loopline before measuring (default 1,000,000)
#   --queries N  timed searches per system, after 10 warm-up ones (default 200)
#   --tools      any of loopline, mlflow (default both)
#   --no-build   skip `npx tsc -b tsconfig.json` (services/training/dist must be current)
#   --enforce    exit 1 when a target is missed (full size only)
#
# Needs the local PostgreSQL (`infra/stack.sh up postgres`, started here if down), Node 20 and
# python3 with venv. MLflow is bench-only: it runs in .local/bench/tracking-venv, created here from
# the pinned requirements.txt and rebuilt when that file changes. Each system gets a fresh
# schema (Loopline) or database (MLflow), dropped at the end.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
VENV="$REPO_ROOT/.local/bench/tracking-venv"
REQUIREMENTS="$BENCH_DIR/requirements.txt"
INSTALL_LOG="$REPO_ROOT/.local/bench/tracking-venv-install.log"
export PYTHONDONTWRITEBYTECODE=1
# The local stack's defaults (infra/stack.sh prints them); the services read the same variable.
DATABASE_URL="${DATABASE_URL:-postgres://loopline:loopline@127.0.0.1:5432/loopline}"
export DATABASE_URL
ALL_TOOLS="loopline,mlflow"

log() { printf '[bench] %s\n' "$*" >&2; }
die() {
  printf '[bench] ERROR: %s\n' "$*" >&2
  exit 1
}
usage() {
  grep '^#   ' "${BASH_SOURCE[0]}" | cut -c3- >&2
  exit 2
}

smoke=0 runs=10000 points=1000000 queries=200 repeats=10 tools="$ALL_TOOLS" build=1 enforce=0
while (($# > 0)); do
  case "$1" in
    --smoke) smoke=1 runs=500 points=20000 queries=50 repeats=3 ;;
    --runs) runs="${2:?--runs needs a number}"; shift ;;
    --points) points="${2:?--points needs a number}"; shift ;;
    --queries) queries="${2:?--queries needs a number}"; shift ;;
    --tools) tools="${2:?--tools needs a list}"; shift ;;
    --no-build) build=0 ;;
    --enforce) enforce=1 ;;
    -h | --help) usage ;;
    *) echo "[bench] unknown argument '$1'" >&2; usage ;;
  esac
  shift
done
for number in "$runs" "$points" "$queries"; do
  [[ "$number" =~ ^[1-9][0-9]*$ ]] || die "--runs, --points and --queries take positive whole numbers, not '$number'"
done
IFS=, read -r -a TOOLS <<<"$tools"
for tool in "${TOOLS[@]}"; do
  [[ ",$ALL_TOOLS," == *",$tool,"* ]] || die "unknown tool '$tool' (known: $ALL_TOOLS)"
done
wants() { [[ ",$tools," == *",$1,"* ]]; }

source "$REPO_ROOT/bench/lib/python-venv.sh"

bash "$REPO_ROOT/infra/stack.sh" up postgres >&2 || die "the local PostgreSQL did not start (see above)"
ensure_venv "$VENV" "$REQUIREMENTS" "$INSTALL_LOG" mlflow psycopg2
build_failed=0
if wants loopline && ((build)); then
  log "building (npx tsc -b tsconfig.json)"
  if ! (cd "$REPO_ROOT" && npx tsc -b tsconfig.json) >&2; then
    build_failed=1
    log "the build failed (errors above): Loopline is left out of this run"
  fi
fi

WORK="$(mktemp -d -t bench-tracking-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
RESULTS="$WORK/results.jsonl"
: >"$RESULTS"
run_tool() {
  local tool="$1" cmd out line status=0
  case "$tool" in
    loopline) cmd=(node "$BENCH_DIR/loopline-tracking.mjs" --runs "$runs" --points "$points"
      --queries "$queries" --log-repeats "$repeats") ;;
    mlflow) cmd=("$VENV/bin/python" "$BENCH_DIR/mlflow_peer.py" --database-url "$DATABASE_URL"
      --runs "$runs" --queries "$queries" --log-repeats "$((repeats < 5 ? repeats : 5))") ;;
  esac
  if [[ "$tool" == loopline ]] && ((build_failed)); then
    printf '{"tool":"loopline","status":"failed","error":"the build failed"}\n' >>"$RESULTS"
    return
  fi
  log "$tool: seeding $runs runs, then measuring (MLflow's seeding takes minutes at full size)"
  out="$("${cmd[@]}")" || status=$?
  line="$(tail -n 1 <<<"$out")"
  if ((status != 0)); then
    log "$tool failed (exit $status)${line:+: ${line:0:300}}"
    printf '{"tool":"%s","status":"failed","error":"exit %d, see above"}\n' "$tool" "$status" >>"$RESULTS"
    return
  fi
  printf '%s\n' "$line" >>"$RESULTS"
}

for tool in "${TOOLS[@]}"; do run_tool "$tool"; done

echo
report_args=()
if ((!smoke)); then
  report_args+=(--targets)
  if ((enforce)); then report_args+=(--enforce); fi
fi
"$VENV/bin/python" "$BENCH_DIR/report.py" "$RESULTS" "${report_args[@]}"
