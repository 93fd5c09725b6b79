#!/usr/bin/env bash
# Loopline's local stack without Docker: real PostgreSQL, Kafka and MinIO as processes on
# loopback, with all state under .local/ at the repository root.
#
#   infra/stack.sh up [component...]      install what is missing, start, wait until ready
#   infra/stack.sh down [component...]    stop (data is kept)
#   infra/stack.sh status [component...]  one line per component
#   infra/stack.sh reset [component...]   stop and delete data (downloads and builds are kept)
#
# Components: postgres kafka minio (default: all). The first `up` downloads Kafka's jars and
# builds MinIO, which takes several minutes; later runs reuse them. Versions are pinned in
# infra/local/versions.env; ports and credentials can be overridden by environment
# variables (see the top of each infra/local/<component>.sh).
set -euo pipefail

LOCAL_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")/local" && pwd)"
ALL=(postgres kafka minio) # start order; stop order is the reverse

usage() {
  echo "usage:" >&2
  grep '^#   infra/stack.sh' "${BASH_SOURCE[0]}" | cut -c2- >&2
  exit 2
}

reversed() { local i; for ((i = $# ; i > 0; i--)); do echo "${!i}"; done; }

run_each() { # <subcommand> <component...>: stops at the first failure
  local cmd="$1" c started
  shift
  for c in "$@"; do
    started=$SECONDS
    bash "$LOCAL_SCRIPTS/$c.sh" "$cmd"
    if [[ "$cmd" == up ]]; then echo "[stack] $c up in $((SECONDS - started))s"; fi
  done
}

print_env() {
  cat <<EOF
[stack] all up. Services connect with:
  KAFKA_BROKERS=127.0.0.1:${KAFKA_PORT:-9092}
  DATABASE_URL=postgres://${POSTGRES_USER:-loopline}:${POSTGRES_PASSWORD:-loopline}@127.0.0.1:${POSTGRES_PORT:-5432}/${POSTGRES_DB:-loopline}
  MINIO_ENDPOINT=http://127.0.0.1:${MINIO_PORT:-9000}
  MINIO_ACCESS_KEY=${MINIO_ROOT_USER:-loopline}
  MINIO_SECRET_KEY=${MINIO_ROOT_PASSWORD:-loopline-secret}
EOF
}

main() {
  [[ $# -ge 1 ]] || usage
  local cmd="$1"
  shift
  local components=("$@")
  [[ ${#components[@]} -gt 0 ]] || components=("${ALL[@]}")
  local c
  for c in "${components[@]}"; do
    [[ -f "$LOCAL_SCRIPTS/$c.sh" && " ${ALL[*]} " == *" $c "* ]] ||
      { echo "[stack] unknown component '$c' (known: ${ALL[*]})" >&2; exit 2; }
  done

  case "$cmd" in
    up)
      run_each up "${components[@]}"
      if [[ ${#components[@]} -eq ${#ALL[@]} ]]; then print_env; fi
      ;;
    down | reset)
      # Stop everything we can even if one component fails to stop, then report it.
      local failed=0
      for c in $(reversed "${components[@]}"); do
        bash "$LOCAL_SCRIPTS/$c.sh" "$cmd" || failed=1
      done
      return "$failed"
      ;;
    status)
      for c in "${components[@]}"; do bash "$LOCAL_SCRIPTS/$c.sh" status; done
      ;;
    *) usage ;;
  esac
}

main "$@"
