#!/usr/bin/env bash
# The main job: brings up the local stack and all seven services, then runs the pipeline as far
# as it is built: ingestion of real data (flights by month, seattle-weather, a rejected corrupted
# batch), feature sets materialized from those versions by the feature store, models trained on
# those feature sets and tracked as runs, gate verdicts and an approved promotion, its rollout by
# deployment with real flights served and a second version rolled out by canary, then the
# platform smoke flow: an operator asks training for a retrain over HTTP,
# training publishes TrainingRequested through its outbox, and the registry consumes it into the
# hash-chained audit log, which is then verified.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

prepare_workspace

step "services"
bash infra/services.sh up

step "ingestion: validated, versioned datasets from real data"
node infra/dev/ingest-demo.mjs

step "feature store: feature sets materialized from the new dataset versions"
node infra/dev/features-demo.mjs

step "training: models trained from the new feature sets, tracked as runs"
node infra/dev/training-demo.mjs

step "evaluation and registry: gate reports, versions, an approved promotion, the model card"
node infra/dev/gates-demo.mjs

step "deployment: the approved version rolled out, real flights served, a second version by canary, a rollback"
node infra/dev/deploy-demo.mjs

step "monitoring: June traffic against January's reference, late labels, drift and the retraining it asks for"
node infra/dev/monitoring-demo.mjs

step "smoke flow: training request -> Kafka -> registry audit log"
node infra/dev/smoke-flow.mjs

echo
echo "The services keep running: try http://127.0.0.1:3001/datasets, :3003/runs, :3004/evaluations, :3005/models, :3005/audit-log, :3006/v1/models or :3006/openapi.json."
echo "Stop them with: bash infra/services.sh down   (the stack: bash infra/stack.sh down)"
