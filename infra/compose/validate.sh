#!/usr/bin/env bash
# Checks docker-compose.yml on a machine without a Docker engine or Compose plugin.
# usage: infra/compose/validate.sh [compose file...]   (default: docker-compose.yml)
#
# The file is loaded by compose-go, the library `docker compose config` itself uses (schema,
# interpolation, merge keys, references between services and volumes), through the small
# program in infra/compose/validator/. Its first build takes about 20 s on a fresh machine
# and is reused from .local/compose/ afterwards. The alternatives were slower or wrong:
# building the Compose CLI from its Go module takes minutes, and Debian's docker-compose
# 1.29 predates parts of the Compose Specification (it rejects the top-level `name:`).
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
COMPONENT=compose
source "$(dirname "${BASH_SOURCE[0]}")/../local/common.sh"

SRC_DIR="$REPO_ROOT/infra/compose/validator"
BIN_DIR="$LOCAL_DIR/compose"
BIN="$BIN_DIR/compose-config"
STAMP="$BIN_DIR/.source-sha256" # hash of the sources $BIN was built from
BUILD_LOG="$LOG_DIR/compose-validator-build.log"

source_hash() { cat "$SRC_DIR"/go.mod "$SRC_DIR"/go.sum "$SRC_DIR"/*.go | sha256sum | cut -d' ' -f1; }

build() {
  local hash started=$SECONDS
  hash="$(source_hash)"
  [[ -x "$BIN" && "$(cat "$STAMP" 2>/dev/null)" == "$hash" ]] && return 0
  require_cmd go "install Go (https://go.dev/doc/install); the validator is built from source"
  log "building the Compose file validator (first run only, about 20 s)..."
  mkdir -p "$BIN_DIR"
  # GOTOOLCHAIN=local: build with the installed Go rather than downloading another one.
  if ! (cd "$SRC_DIR" && GOTOOLCHAIN=local CGO_ENABLED=0 \
    go build -trimpath -buildvcs=false -o "$BIN.tmp" .) >"$BUILD_LOG" 2>&1; then
    show_log_tail "$BUILD_LOG" 40
    die "building the validator failed; full output in $BUILD_LOG"
  fi
  mv "$BIN.tmp" "$BIN"
  echo "$hash" >"$STAMP"
  log "built $BIN in $((SECONDS - started))s"
}

main() {
  local files=("$@") out
  [[ ${#files[@]} -gt 0 ]] || files=("$REPO_ROOT/docker-compose.yml")
  build
  # Relative paths in the file (build contexts, .env) resolve against its own directory.
  if ! out="$("$BIN" -q "${files[@]}" 2>&1)"; then
    die "${files[*]} is not a valid Compose file:"$'\n'"$out"
  fi
  log "${files[*]}: valid"
}

main "$@"
