#!/usr/bin/env bash
# The seven Loopline services as background Node processes on loopback, against the local
# stack; the Docker-less counterpart of the service containers in docker-compose.yml.
#
#   infra/services.sh up [service...]      start what is not running, wait until GET /ready is 200
#   infra/services.sh down [service...]    SIGTERM, wait for a graceful exit (SIGKILL after a timeout)
#   infra/services.sh status [service...]  one line per service with its /ready result
#
# Needs `infra/stack.sh up` and `npm run build` first. Logs and pid files are in
# .local/services/. Settings: STACK_WAIT_TIMEOUT (seconds `up` waits, default 120),
# SERVICES_STOP_TIMEOUT (seconds `down` waits before SIGKILL, default 20), and the services'
# own variables (KAFKA_BROKERS, LOG_LEVEL, ...), which are passed through. `up` runs
# infra/auth.sh and gives the services its .local/auth/tokens.json as AUTH_TOKENS_FILE, unless
# AUTH_TOKENS_FILE is already set.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
COMPONENT=services
source "$(dirname "${BASH_SOURCE[0]}")/local/common.sh"

# Start order and HTTP ports (the ports are also each service's HTTP_PORT default).
ALL=(ingestion feature-store training evaluation registry deployment monitoring)
declare -A PORT=([ingestion]=3001 [feature-store]=3002 [training]=3003 [evaluation]=3004
  [registry]=3005 [deployment]=3006 [monitoring]=3007)

SERVICES_DIR="$LOCAL_DIR/services" # <name>.log and <name>.pid
# Above the services' own SHUTDOWN_TIMEOUT_MS default (15 s), after which they force an exit.
SERVICES_STOP_TIMEOUT="${SERVICES_STOP_TIMEOUT:-20}"

main_js() { printf '%s' "$REPO_ROOT/services/$1/dist/main.js"; }
pid_file() { printf '%s' "$SERVICES_DIR/$1.pid"; }
log_file() { printf '%s' "$SERVICES_DIR/$1.log"; }
# The absolute path of main.js is on the process's command line; it tells our service apart
# from a reused pid or the same service started from another checkout.
service_pid() { pid_of "$(pid_file "$1")" "$(main_js "$1")"; }

# probe <service>: GETs /ready once; sets READY_CODE (000 when nothing answers) and READY_BODY.
probe() {
  local out
  out="$(curl -s --max-time 2 -w '\n%{http_code}' "http://$HOST:${PORT[$1]}/ready" 2>/dev/null || true)"
  READY_CODE="${out##*$'\n'}"
  READY_BODY="${out%"$READY_CODE"}"
  READY_BODY="${READY_BODY%$'\n'}"
  READY_CODE="${READY_CODE:-000}"
}

now_ms() { local us="${EPOCHREALTIME//[!0-9]/}"; printf '%s' $((us / 1000)); }
since() { local ms=$(($(now_ms) - $1)); printf '%d.%ds' $((ms / 1000)) $((ms % 1000 / 100)); }

# Without these the services would still start (their defaults are the stack's addresses),
# then sit unready until the timeout; saying so at once is kinder. A variable the caller set
# points elsewhere, so only the defaults are checked.
require_stack() {
  local missing=""
  [[ -n "${KAFKA_BROKERS:-}" ]] || port_open "${KAFKA_PORT:-9092}" || missing+=", kafka on port ${KAFKA_PORT:-9092}"
  [[ -n "${DATABASE_URL:-}" ]] || port_open "${POSTGRES_PORT:-5432}" || missing+=", postgres on port ${POSTGRES_PORT:-5432}"
  [[ -n "${MINIO_ENDPOINT:-}" ]] || port_open "${MINIO_PORT:-9000}" || missing+=", minio on port ${MINIO_PORT:-9000}"
  [[ -z "$missing" ]] ||
    die "the local stack is not running (nothing listens on $HOST for ${missing#, }); run infra/stack.sh up first"
}

# The same values infra/stack.sh prints, so port or credential overrides given to the stack
# reach the services too; anything the caller exported wins.
export_stack_env() {
  export KAFKA_BROKERS="${KAFKA_BROKERS:-$HOST:${KAFKA_PORT:-9092}}"
  export DATABASE_URL="${DATABASE_URL:-postgres://${POSTGRES_USER:-loopline}:${POSTGRES_PASSWORD:-loopline}@$HOST:${POSTGRES_PORT:-5432}/${POSTGRES_DB:-loopline}}"
  export MINIO_ENDPOINT="${MINIO_ENDPOINT:-http://$HOST:${MINIO_PORT:-9000}}"
  export MINIO_ACCESS_KEY="${MINIO_ACCESS_KEY:-${MINIO_ROOT_USER:-loopline}}"
  export MINIO_SECRET_KEY="${MINIO_SECRET_KEY:-${MINIO_ROOT_PASSWORD:-loopline-secret}}"
  # Loopback only, like the stack (the services' own default is 0.0.0.0, for containers).
  export HTTP_HOST="${HTTP_HOST:-$HOST}"
}

# The local principals' token file (infra/auth.sh keeps it), unless the caller names its own.
export_auth_env() {
  if [[ -n "${AUTH_TOKENS_FILE:-}" ]]; then
    COMPONENT=auth log "using AUTH_TOKENS_FILE=$AUTH_TOKENS_FILE (set by the caller)"
    return 0
  fi
  bash "$REPO_ROOT/infra/auth.sh"
  AUTH_TOKENS_FILE="$(cd "$LOCAL_DIR/auth" && pwd)/tokens.json"
  export AUTH_TOKENS_FILE
}

# fail_start <service> <reason...>: shows the end of its log and its last /ready answer, exits 1.
fail_start() {
  COMPONENT="$1"
  show_log_tail "$(log_file "$1")" 40
  [[ -z "$READY_BODY" ]] || printf '[%s] last /ready answer (HTTP %s): %s\n' "$1" "$READY_CODE" "${READY_BODY:0:500}" >&2
  die "${*:2}. Log: $(log_file "$1"); stop the services with \`infra/services.sh down\`."
}

cmd_up() {
  local name pid missing=()
  for name in "$@"; do [[ -f "$(main_js "$name")" ]] || missing+=("services/$name/dist/main.js"); done
  ((${#missing[@]} == 0)) || die "not built: ${missing[*]}; run \`npm run build\` first"
  require_cmd node "install Node.js 20 or later"
  require_cmd curl "install curl (apt-get install -y curl)"
  require_stack
  export_stack_env
  export_auth_env
  mkdir -p "$SERVICES_DIR"

  declare -A started=() # service -> start time in ms, for those we wait for
  for name in "$@"; do
    COMPONENT="$name"
    if pid="$(service_pid "$name")"; then
      probe "$name"
      if [[ "$READY_CODE" == 200 ]]; then
        log "already running and ready (pid $pid) on http://$HOST:${PORT[$name]}"
        continue
      fi
      log "already running (pid $pid) but not ready yet (HTTP $READY_CODE); waiting for it"
    else
      if port_open "${PORT[$name]}"; then
        die "port ${PORT[$name]} on $HOST is already used by $(port_owner "${PORT[$name]}"), which this" \
          "script did not start; stop that process (a service started by hand?) and run this again"
      fi
      log "starting on http://$HOST:${PORT[$name]} (log: $(log_file "$name"))"
      # One previous run is kept, so a failure's log tail shows only this run.
      if [[ -f "$(log_file "$name")" ]]; then mv -f "$(log_file "$name")" "$(log_file "$name").1"; fi
      start_daemon "$(pid_file "$name")" "$(log_file "$name")" \
        env HTTP_PORT="${PORT[$name]}" node "$(main_js "$name")"
    fi
    started[$name]="$(now_ms)"
  done

  # Poll all of them together: each one's time is its own, not the sum of those before it.
  local deadline=$((SECONDS + STACK_WAIT_TIMEOUT)) pending=() still
  for name in "$@"; do [[ -z "${started[$name]:-}" ]] || pending+=("$name"); done
  while ((${#pending[@]} > 0)); do
    still=()
    for name in "${pending[@]}"; do
      probe "$name"
      if [[ "$READY_CODE" == 200 ]]; then
        COMPONENT="$name" log "ready in $(since "${started[$name]}")"
      elif ! service_pid "$name" >/dev/null; then
        fail_start "$name" "$name exited while starting"
      elif ((SECONDS >= deadline)); then
        fail_start "$name" "$name is still not ready after ${STACK_WAIT_TIMEOUT}s (GET /ready: HTTP $READY_CODE);" \
          "it is left running as pid $(service_pid "$name"); raise STACK_WAIT_TIMEOUT if it is just slow"
      else
        still+=("$name")
      fi
    done
    pending=("${still[@]}")
    ((${#pending[@]} == 0)) || sleep 0.2
  done
  local summary=""
  for name in "$@"; do summary+=" $name:${PORT[$name]}"; done
  COMPONENT=services log "all ready on $HOST:$summary"
}

cmd_down() {
  # SIGTERM them all at once: each drains on its own, so the total is the slowest, not the sum.
  local name pid pids=() failed=0
  for name in "$@"; do
    (COMPONENT="$name" stop_daemon "$(pid_file "$name")" "$(main_js "$name")" "$SERVICES_STOP_TIMEOUT") &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
  return "$failed"
}

# One line per service, in the columns of `infra/stack.sh status` (names here are longer).
service_line() { printf '%-13s %-8s %-16s %-16s %s\n' "$1" "$2" "$HOST:${PORT[$1]}" "$3" "${4:-}"; }

cmd_status() {
  local name pid
  for name in "$@"; do
    probe "$name"
    if pid="$(service_pid "$name")"; then
      service_line "$name" running "/ready: $READY_CODE" "pid $pid"
    elif [[ "$READY_CODE" != 000 ]]; then
      service_line "$name" other "/ready: $READY_CODE" "not started by this script: $(port_owner "${PORT[$name]}")"
    elif [[ -f "$(main_js "$name")" ]]; then
      service_line "$name" stopped "-"
    else
      service_line "$name" stopped "-" "not built (npm run build)"
    fi
  done
}

usage() {
  echo "usage:" >&2
  grep '^#   infra/services.sh' "${BASH_SOURCE[0]}" | cut -c2- >&2
  exit 2
}

main() {
  [[ $# -ge 1 ]] || usage
  local cmd="$1" name
  shift
  local names=("$@")
  [[ ${#names[@]} -gt 0 ]] || names=("${ALL[@]}")
  for name in "${names[@]}"; do
    [[ -n "${PORT[$name]:-}" ]] || { echo "[services] unknown service '$name' (known: ${ALL[*]})" >&2; exit 2; }
  done
  cd "$REPO_ROOT" # services resolve repo files (schemas/, ...) from here, as in the image's /app
  case "$cmd" in
    up | down | status) "cmd_$cmd" "${names[@]}" ;;
    *) usage ;;
  esac
}

main "$@"
