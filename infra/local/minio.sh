#!/usr/bin/env bash
# MinIO (S3-compatible object store), built from its Go module with the machine's Go
# toolchain (MinIO publishes source-only releases), run as a single-drive server on loopback.
# usage: infra/local/minio.sh up|down|status|reset
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
COMPONENT=minio
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

MINIO_PORT="${MINIO_PORT:-9000}"
MINIO_CONSOLE_PORT="${MINIO_CONSOLE_PORT:-9001}"
MINIO_ROOT_USER="${MINIO_ROOT_USER:-loopline}"
MINIO_ROOT_PASSWORD="${MINIO_ROOT_PASSWORD:-loopline-secret}"

BIN_DIR="$LOCAL_DIR/minio/bin"
BIN="$BIN_DIR/minio"
STAMP="$BIN_DIR/.version" # the module version $BIN was built from
DATA_DIR="$LOCAL_DIR/minio/data"
PID_FILE="$RUN_DIR/minio.pid"
LOG_FILE="$LOG_DIR/minio.log"
BUILD_LOG="$LOG_DIR/minio-build.log"
LOG_FILES=("$LOG_FILE")

built() { [[ -x "$BIN" && "$(cat "$STAMP" 2>/dev/null)" == "$MINIO_VERSION" ]]; }

# The version variables MinIO's own release build sets (buildscripts/gen-ldflags.go), so
# that `minio --version` names the release instead of DEVELOPMENT.GOGET.
ldflags() {
  local stamp="${MINIO_RELEASE#RELEASE.}" # 2025-09-07T16-13-09Z
  local time="${stamp#*T}"
  local rfc3339="${stamp%%T*}T${time//-/:}" # 2025-09-07T16:13:09Z
  local commit="${MINIO_VERSION##*-}"
  printf '%s' "-s -w -X github.com/minio/minio/cmd.Version=$rfc3339" \
    " -X github.com/minio/minio/cmd.ReleaseTag=$MINIO_RELEASE" \
    " -X github.com/minio/minio/cmd.CommitID=$commit -X github.com/minio/minio/cmd.ShortCommitID=$commit" \
    " -X github.com/minio/minio/cmd.CopyrightYear=${stamp%%-*}"
}

build() {
  built && return 0
  require_cmd go "install Go (https://go.dev/doc/install); MinIO is built from source"
  log "building MinIO $MINIO_RELEASE ($MINIO_VERSION) with $(go env GOVERSION)" \
    "(first run only; takes several minutes, full output in $BUILD_LOG)..."
  mkdir -p "$BIN_DIR"
  # GOTOOLCHAIN=local: build with the installed Go rather than fetching the go.mod toolchain.
  # CGO_ENABLED=0: a static binary, as MinIO's own releases are.
  GOBIN="$BIN_DIR" GOTOOLCHAIN=local CGO_ENABLED=0 \
    go install -v -trimpath -ldflags "$(ldflags)" "github.com/minio/minio@$MINIO_VERSION" \
    >"$BUILD_LOG" 2>&1 &
  local build_pid=$! started=$SECONDS next_report=30
  # A background job ignores Ctrl-C in a script: stop the build if we are interrupted.
  # shellcheck disable=SC2064 # expand the pid now: it is a local variable
  trap "kill $build_pid 2>/dev/null || true" EXIT
  # go install -v names each package as it compiles it: report the count as progress.
  while kill -0 "$build_pid" 2>/dev/null; do
    sleep 2
    if ((SECONDS - started >= next_report)); then
      log "  still building: $((SECONDS - started))s, $(grep -vc '^go: ' "$BUILD_LOG" || true) packages compiled"
      next_report=$((next_report + 30))
    fi
  done
  trap - EXIT
  if ! wait "$build_pid"; then
    show_log_tail "$BUILD_LOG" 40
    die "go install github.com/minio/minio@$MINIO_VERSION failed; full output in $BUILD_LOG"
  fi
  echo "$MINIO_VERSION" >"$STAMP"
  log "built $BIN in $((SECONDS - started))s"
}

ready() { curl -sf -o /dev/null "http://$HOST:$MINIO_PORT/minio/health/ready"; }

cmd_up() {
  local pid
  if pid="$(pid_of "$PID_FILE" "$BIN server")"; then
    log "already running (pid $pid) on $HOST:$MINIO_PORT"
    return 0
  fi
  require_cmd curl "install curl (apt-get install -y curl)"
  build
  require_port_free "$MINIO_PORT" MINIO_PORT
  require_port_free "$MINIO_CONSOLE_PORT" MINIO_CONSOLE_PORT
  mkdir -p "$DATA_DIR"

  log "starting MinIO $MINIO_RELEASE on $HOST:$MINIO_PORT (console $HOST:$MINIO_CONSOLE_PORT)..."
  export MINIO_ROOT_USER MINIO_ROOT_PASSWORD # the server reads its credentials from these
  start_daemon "$PID_FILE" "$LOG_FILE" "$BIN" server "$DATA_DIR" \
    --address "$HOST:$MINIO_PORT" --console-address "$HOST:$MINIO_CONSOLE_PORT"
  wait_ready "$(<"$PID_FILE")" "http://$HOST:$MINIO_PORT/minio/health/ready" ready
  log "ready on http://$HOST:$MINIO_PORT (log: $LOG_FILE)"
}

cmd_down() {
  stop_daemon "$PID_FILE" "$BIN server" 30
}

cmd_status() {
  local pid detail=""
  built || detail="(not built yet)"
  if pid="$(pid_of "$PID_FILE" "$BIN server")"; then
    status_line running "$MINIO_PORT" "minio $MINIO_RELEASE" "pid $pid, console $HOST:$MINIO_CONSOLE_PORT"
  else
    status_line stopped "$MINIO_PORT" "minio $MINIO_RELEASE" "$detail"
  fi
}

cmd_reset() {
  cmd_down
  rm -rf "$DATA_DIR"
  log "deleted buckets and objects ($DATA_DIR); the built binary is kept"
}

main "$@"
