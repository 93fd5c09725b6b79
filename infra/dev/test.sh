#!/usr/bin/env bash
# Runs every check and test of the repository against the real local stack, and ends with one
# line "N passed, N failed, N skipped" summing all test files. Exits non-zero on any failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

prepare_workspace

step "static checks: generated contracts, lint with Nx module boundaries, formatting, compose file"
npm run --silent contracts:check
# Lint computes Nx's project graph first: the module-boundary rule reads it.
npm run --silent lint
npx prettier --check --log-level warn .
bash infra/compose/validate.sh

step "python test environment (fastavro and scikit-learn, for cross-checks in tests only)"
bash infra/dev/python-test-env.sh

step "tests"
node infra/dev/run-tests.mjs
