# shellcheck shell=bash source-path=SCRIPTDIR
# Shared helpers for the local-stack scripts; sourced, never run.
# A component script sets COMPONENT (used as the log prefix) before sourcing this file.

COMMON_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$COMMON_DIR/../.." && pwd)"
# Everything the stack downloads, builds or writes lives here (git-ignored).
LOCAL_DIR="${LOOPLINE_LOCAL_DIR:-$REPO_ROOT/.local}"
LOG_DIR="$LOCAL_DIR/logs"
RUN_DIR="$LOCAL_DIR/run"
# Every server listens on loopback only.
HOST=127.0.0.1
# How long `up` waits for a started server to accept connections.
STACK_WAIT_TIMEOUT="${STACK_WAIT_TIMEOUT:-120}"

source "$COMMON_DIR/versions.env"

mkdir -p "$LOG_DIR" "$RUN_DIR"

log() { printf '[%s] %s\n' "$COMPONENT" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "$COMPONENT" "$*" >&2; }
die() {
  printf '[%s] ERROR: %s\n' "$COMPONENT" "$*" >&2
  exit 1
}

require_cmd() { # <command> <how to get it>
  command -v "$1" >/dev/null 2>&1 || die "'$1' is not on PATH; $2"
}

# Prints the last lines of a log file to stderr, so CI output shows why a start failed.
show_log_tail() { # <file> [lines]
  [[ -s "$1" ]] || return 0
  printf '[%s] --- last lines of %s ---\n' "$COMPONENT" "$1" >&2
  tail -n "${2:-25}" "$1" >&2
  printf '[%s] --- end of %s ---\n' "$COMPONENT" "$1" >&2
}

port_open() { # <port>: true if something accepts TCP connections on loopback
  timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null
}

port_owner() { # <port>: the listening process as "name (pid N)", if ss can tell
  local users
  users="$(ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'users:(.*)' | head -n1 || true)"
  # users:(("java",pid=123,fd=254)) -> java (pid 123)
  users="$(sed -E 's/^users:\(\("([^"]*)",pid=([0-9]+).*/\1 (pid \2)/' <<<"$users")"
  printf '%s' "${users:-an unknown process}"
}

require_port_free() { # <port> <env var that overrides it>
  if port_open "$1"; then
    die "port $1 on $HOST is already used by $(port_owner "$1"), which this script did not start." \
      "Stop that process, or pick another port with $2=<port>."
  fi
}

# pid_of <pidfile> <marker>: prints the pid if it is alive and its command line contains
# <marker> (guards against a stale pid file whose pid was reused by another process).
pid_of() {
  local pid
  [[ -f "$1" ]] || return 1
  pid="$(<"$1")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$2" || return 1
  printf '%s' "$pid"
}

# start_daemon <pidfile> <logfile> <command...>: runs the command detached from this
# shell (own session, stdin closed) so it outlives the script and a Ctrl-C in the terminal.
start_daemon() {
  local pidfile="$1" logfile="$2"
  shift 2
  printf '\n===== %s start: %s\n' "$(date -u +%FT%TZ)" "$*" >>"$logfile"
  # A non-interactive shell's background job is not a group leader, so setsid execs in
  # place without forking and $! is the server's own pid.
  setsid nohup "$@" >>"$logfile" 2>&1 </dev/null &
  echo $! >"$pidfile"
}

# wait_ready <pid> <description> <check command...>: polls the check once a second until it
# succeeds; fails early if the process dies, or after STACK_WAIT_TIMEOUT. On failure it shows
# the tails of the component's LOG_FILES (an array the component script sets).
wait_ready() {
  local pid="$1" what="$2"
  shift 2
  local deadline=$((SECONDS + STACK_WAIT_TIMEOUT)) f
  until "$@" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      for f in "${LOG_FILES[@]}"; do show_log_tail "$f"; done
      die "$COMPONENT exited while starting (waiting for $what). Logs: ${LOG_FILES[*]}"
    fi
    if ((SECONDS >= deadline)); then
      for f in "${LOG_FILES[@]}"; do show_log_tail "$f"; done
      die "$COMPONENT is still not ready after ${STACK_WAIT_TIMEOUT}s (waiting for $what)." \
        "It is left running as pid $pid; see ${LOG_FILES[*]}, or raise STACK_WAIT_TIMEOUT."
    fi
    sleep 1
  done
}

# stop_daemon <pidfile> <marker> [grace seconds]: SIGTERM, then SIGKILL after the grace time.
stop_daemon() {
  local pidfile="$1" marker="$2" grace="${3:-60}" pid
  if ! pid="$(pid_of "$pidfile" "$marker")"; then
    rm -f "$pidfile"
    log "not running"
    return 0
  fi
  log "stopping (pid $pid)..."
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + grace))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    warn "still running after ${grace}s; sending SIGKILL to pid $pid"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
  rm -f "$pidfile"
  log "stopped"
}

# status_line <state> <port> <version> [detail]: the one-line format `status` prints.
status_line() {
  printf '%-9s %-8s %-16s %-35s %s\n' "$COMPONENT" "$1" "$HOST:$2" "$3" "${4:-}"
}

# Dispatches the component's subcommand to its cmd_<name> function.
main() {
  local cmd="${1:-}"
  case "$cmd" in
    up | down | status | reset) "cmd_$cmd" ;;
    *)
      echo "usage: $0 up|down|status|reset" >&2
      exit 2
      ;;
  esac
}
