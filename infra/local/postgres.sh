#!/usr/bin/env bash
# PostgreSQL from Debian's packages, as a private cluster under .local/ (not the Debian
# "main" cluster), listening on loopback with password (SCRAM) auth.
# usage: infra/local/postgres.sh up|down|status|reset
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
COMPONENT=postgres
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

POSTGRES_PORT="${POSTGRES_PORT:-5432}"
POSTGRES_USER="${POSTGRES_USER:-loopline}"
POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-loopline}"
POSTGRES_DB="${POSTGRES_DB:-loopline}"

PG_BIN="/usr/lib/postgresql/$POSTGRES_MAJOR/bin"
PG_ROOT="$LOCAL_DIR/postgres"
DATA_DIR="$PG_ROOT/data"
SOCKET_DIR="$PG_ROOT/run" # keeps our socket apart from the Debian cluster's /var/run/postgresql
LOG_FILE="$LOG_DIR/postgres.log"
LOG_FILES=("$LOG_FILE")

# The server refuses to run as root, so as root every server-side command runs as the
# `postgres` user; anyone else runs it as themselves.
as_pg() {
  if ((EUID == 0)); then
    (cd / && runuser -u postgres -- "$@") # cd: postgres may not be allowed in our cwd
  else
    "$@"
  fi
}

# Hands files to the postgres user when we are root (the server then owns its files).
give_to_pg() {
  ((EUID == 0)) || return 0
  chown postgres:postgres "$@"
}

install_server() {
  [[ -x "$PG_BIN/initdb" ]] && return 0
  ((EUID == 0)) || die "PostgreSQL $POSTGRES_MAJOR is not installed; run: sudo apt-get install -y postgresql-$POSTGRES_MAJOR"
  log "installing postgresql-$POSTGRES_MAJOR from Debian's packages (first run only)..."
  local apt_log="$LOG_DIR/postgres-apt.log"
  if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$POSTGRES_MAJOR"; } >"$apt_log" 2>&1; then
    show_log_tail "$apt_log"
    die "apt-get could not install postgresql-$POSTGRES_MAJOR; see $apt_log"
  fi
  [[ -x "$PG_BIN/initdb" ]] || die "postgresql-$POSTGRES_MAJOR installed, but $PG_BIN/initdb is missing"
}

# The postgres user must be able to reach the data dir: every directory above it needs
# the x bit for "other". We fix our own .local/ tree and report anything above the repo.
ensure_traversable() {
  ((EUID == 0)) || return 0
  local dir="$PG_ROOT"
  while [[ "$dir" != / ]]; do
    if ! runuser -u postgres -- test -x "$dir"; then
      case "$dir" in
        "$LOCAL_DIR" | "$LOCAL_DIR"/*) chmod o+x "$dir" ;;
        *) die "the postgres user cannot enter $dir; run \`chmod o+x $dir\`, or set LOOPLINE_LOCAL_DIR to a directory it can reach" ;;
      esac
    fi
    dir="$(dirname "$dir")"
  done
}

init_cluster() {
  [[ -f "$DATA_DIR/PG_VERSION" ]] && return 0
  log "creating a database cluster in $DATA_DIR (first run only)..."
  mkdir -p "$DATA_DIR"
  give_to_pg "$DATA_DIR"
  chmod 700 "$DATA_DIR"
  # Local socket: peer auth (only the OS user postgres is the superuser, no password).
  # TCP on loopback: SCRAM passwords, as the services connect.
  as_pg "$PG_BIN/initdb" -D "$DATA_DIR" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 >>"$LOG_FILE" 2>&1 || {
    show_log_tail "$LOG_FILE"
    die "initdb failed; see $LOG_FILE"
  }
}

running() { as_pg "$PG_BIN/pg_ctl" status -D "$DATA_DIR" >/dev/null 2>&1; }

# Debian's own cluster (15/main) also defaults to port 5432; name it if it is the one in the way.
check_debian_cluster() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 0
  local cluster
  cluster="$(pg_lsclusters -h 2>/dev/null | awk -v p="$POSTGRES_PORT" '$3 == p && $4 ~ /online/ {print $1 " " $2}' | head -n1)"
  [[ -z "$cluster" ]] ||
    die "Debian's PostgreSQL cluster '$cluster' is running on port $POSTGRES_PORT; stop it with" \
      "\`pg_ctlcluster $cluster stop\` (or use POSTGRES_PORT=<port> for this stack)"
}

ready() { pg_isready -q -h "$HOST" -p "$POSTGRES_PORT"; }

# Creates (or updates) the application role and database; safe to run on every start.
ensure_app_database() {
  as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$POSTGRES_PORT" \
    -U postgres -d postgres \
    -v app_user="$POSTGRES_USER" -v app_password="$POSTGRES_PASSWORD" -v app_db="$POSTGRES_DB" <<'SQL'
SELECT format('CREATE ROLE %I', :'app_user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app_user') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN CREATEDB PASSWORD %L', :'app_user', :'app_password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'app_db', :'app_user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'app_db') \gexec
SQL
  # Prove that the services' exact URL works over TCP with the password.
  PGPASSWORD="$POSTGRES_PASSWORD" psql -X -qAt -h "$HOST" -p "$POSTGRES_PORT" \
    -U "$POSTGRES_USER" -d "$POSTGRES_DB" -c 'SELECT 1' >/dev/null ||
    die "role $POSTGRES_USER cannot log in to $HOST:$POSTGRES_PORT/$POSTGRES_DB; see $LOG_FILE"
}

cmd_up() {
  if [[ -f "$DATA_DIR/PG_VERSION" ]] && running; then
    log "already running on $HOST:$POSTGRES_PORT"
    return 0
  fi
  require_cmd pg_isready "install the PostgreSQL client (apt-get install -y postgresql-client)"
  install_server
  check_debian_cluster
  require_port_free "$POSTGRES_PORT" POSTGRES_PORT
  mkdir -p "$PG_ROOT"
  ensure_traversable
  init_cluster
  mkdir -p "$SOCKET_DIR"
  touch "$LOG_FILE"
  give_to_pg "$SOCKET_DIR" "$LOG_FILE" # pg_ctl -l appends to the log as postgres

  log "starting PostgreSQL $POSTGRES_MAJOR on $HOST:$POSTGRES_PORT..."
  # Settings go on the command line rather than into postgresql.conf, so that an override
  # such as POSTGRES_PORT applies on the next start. -W: we poll readiness ourselves.
  as_pg "$PG_BIN/pg_ctl" start -W -D "$DATA_DIR" -l "$LOG_FILE" \
    -o "-c listen_addresses=$HOST -c port=$POSTGRES_PORT -c unix_socket_directories='$SOCKET_DIR'" \
    >/dev/null || die "pg_ctl could not start the server; see $LOG_FILE"
  local pid
  for _ in 1 2 3 4 5 6 7 8 9 10; do # postmaster.pid appears a moment after pg_ctl returns
    pid="$(head -n1 "$DATA_DIR/postmaster.pid" 2>/dev/null || true)"
    [[ -n "$pid" ]] && break
    sleep 0.3
  done
  wait_ready "${pid:-0}" "pg_isready on $HOST:$POSTGRES_PORT" ready
  ensure_app_database
  log "ready: postgres://$POSTGRES_USER:***@$HOST:$POSTGRES_PORT/$POSTGRES_DB (log: $LOG_FILE)"
}

cmd_down() {
  if ! [[ -f "$DATA_DIR/PG_VERSION" ]] || ! running; then
    log "not running"
    return 0
  fi
  log "stopping..."
  # fast: roll back open transactions and disconnect clients, then a clean checkpoint.
  as_pg "$PG_BIN/pg_ctl" stop -D "$DATA_DIR" -m fast -w -t 60 >/dev/null ||
    die "pg_ctl stop failed; see $LOG_FILE"
  log "stopped"
}

cmd_status() {
  local version="postgresql-$POSTGRES_MAJOR (not installed)"
  [[ -x "$PG_BIN/postgres" ]] && version="$("$PG_BIN/postgres" --version | awk '{print "postgresql-" $3}')"
  if [[ -f "$DATA_DIR/PG_VERSION" ]] && running; then
    status_line running "$POSTGRES_PORT" "$version" "pid $(head -n1 "$DATA_DIR/postmaster.pid")"
  else
    status_line stopped "$POSTGRES_PORT" "$version"
  fi
}

cmd_reset() {
  cmd_down
  rm -rf "$DATA_DIR" "$SOCKET_DIR"
  log "deleted the database cluster ($DATA_DIR)"
}

main "$@"
