# Shared helpers for the top-level scripts: progress output and an idempotent npm install.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

step() { printf '\n==> %s\n' "$*"; }

# Installs npm dependencies only when the lockfile changed since the last install.
ensure_npm_dependencies() {
  local stamp="$REPO_ROOT/node_modules/.package-lock.json"
  if [ -f "$stamp" ] && [ "$stamp" -nt "$REPO_ROOT/package-lock.json" ]; then
    echo "npm dependencies are up to date"
    return
  fi
  echo "installing npm dependencies (npm ci)..."
  (cd "$REPO_ROOT" && npm ci --no-audit --no-fund)
}

# What both top-level commands need first: dependencies, the local stack and a build.
prepare_workspace() {
  step "npm dependencies"
  ensure_npm_dependencies
  step "local stack (Kafka, PostgreSQL, MinIO)"
  bash "$REPO_ROOT/infra/stack.sh" up
  step "build (tsc -b)"
  (cd "$REPO_ROOT" && npx tsc -b tsconfig.json)
}
