#!/usr/bin/env bash
# Bearer tokens for the services on the local stack: one random token per local principal, and
# the token file the services read (AUTH_TOKENS_FILE), which lists only the tokens' sha256.
#
#   infra/auth.sh    ensure every local principal has a token and tokens.json lists them all
#
# Writes into .local/auth/ (git-ignored): <principal>.token (mode 600, the token itself) and
# tokens.json (format loopline.access-tokens/v1). Idempotent: existing tokens are kept, so
# re-running changes nothing; a deleted token file gets a new token and tokens.json is
# rewritten (restart the services to pick it up). tokens.json is generated: list other
# principals in a file of your own and point AUTH_TOKENS_FILE at it.
# Call a service with:  curl -H "Authorization: Bearer $(cat .local/auth/local-operator.token)" ...
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
COMPONENT=auth
source "$(dirname "${BASH_SOURCE[0]}")/local/common.sh"

AUTH_DIR="$LOCAL_DIR/auth"
TOKENS_FILE="$AUTH_DIR/tokens.json"
FORMAT=loopline.access-tokens/v1
# principal -> role; one role each, so every role can be tried from the command line.
PRINCIPALS=(local-viewer local-operator local-approver local-admin)
declare -A ROLE=([local-viewer]=viewer [local-operator]=operator [local-approver]=approver
  [local-admin]=admin)

# 32 random bytes as 64 lowercase hex digits.
new_token() { od -An -tx1 -N32 /dev/urandom | tr -d ' \n'; }

# ensure_token <principal>: keeps a valid token file (tightening its mode), creates a missing one.
ensure_token() {
  local file="$AUTH_DIR/$1.token" token
  if [[ -f "$file" ]]; then
    token="$(<"$file")"
    [[ "$token" =~ ^[0-9a-f]{64}$ ]] ||
      die "$file does not hold a 64-digit hex token; delete it and run infra/auth.sh again for a new one"
    if [[ "$(stat -c %a "$file")" != 600 ]]; then
      chmod 600 "$file"
      log "$1: token file was readable by others; now mode 600"
    fi
    return 0
  fi
  (umask 077 && new_token >"$file.tmp")
  mv -f "$file.tmp" "$file"
  log "$1: new token in $file (role ${ROLE[$1]})"
}

# The token file for the current tokens, one principal per line so a diff reads well.
tokens_json() {
  local name hash separator=""
  printf '{\n  "format": "%s",\n  "principals": [\n' "$FORMAT"
  for name in "${PRINCIPALS[@]}"; do
    hash="$(tr -d '\n' <"$AUTH_DIR/$name.token" | sha256sum | cut -d' ' -f1)"
    printf '%s    { "name": "%s", "roles": ["%s"], "tokenSha256": ["%s"] }' \
      "$separator" "$name" "${ROLE[$name]}" "$hash"
    separator=$',\n'
  done
  printf '\n  ]\n}\n'
}

main() {
  [[ $# -eq 0 ]] || { grep '^#   infra/auth.sh' "${BASH_SOURCE[0]}" | cut -c2- >&2; exit 2; }
  require_cmd sha256sum "install coreutils"
  mkdir -p "$AUTH_DIR"
  chmod 700 "$AUTH_DIR"
  local name
  for name in "${PRINCIPALS[@]}"; do ensure_token "$name"; done
  local wanted
  wanted="$(tokens_json)"
  if [[ -f "$TOKENS_FILE" && "$(<"$TOKENS_FILE")" == "$wanted" ]]; then
    log "up to date: $TOKENS_FILE lists ${PRINCIPALS[*]}"
    return 0
  fi
  printf '%s\n' "$wanted" >"$TOKENS_FILE.tmp"
  mv -f "$TOKENS_FILE.tmp" "$TOKENS_FILE"
  log "wrote $TOKENS_FILE (${#PRINCIPALS[@]} principals, sha256 of their tokens only);" \
    "restart running services to pick it up (infra/services.sh down && infra/services.sh up)"
}

main "$@"
