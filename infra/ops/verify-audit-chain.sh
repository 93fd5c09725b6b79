#!/usr/bin/env bash
# Operator command: recomputes the registry's audit-log hash chain, holds it against the chain's
# checkpoints in Kafka (AuditCheckpointRecorded) and names the first broken entry. Exit 0 intact,
# 1 broken, 2 could not check. Reads the registry's variables (DATABASE_URL, DATABASE_SCHEMA,
# KAFKA_BROKERS, KAFKA_TOPIC_PREFIX), defaulting to the local stack.
# usage: infra/ops/verify-audit-chain.sh
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLI="$REPO_ROOT/services/registry/dist/audit-log/verify-audit-chain.cli.js"
if [[ ! -f "$CLI" ]]; then
  echo "verify-audit-chain: $CLI is missing; run 'npm run build' first" >&2
  exit 2
fi
exec node "$CLI"
