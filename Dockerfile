# One image recipe for all seven Loopline services; the build arg SERVICE picks which one runs:
#   docker build --build-arg SERVICE=registry -t loopline-registry .
# docker-compose.yml builds it once per service. Every stage before the last is the same for
# all seven, so the compile runs once and the images share their layers.

# Stage 0: just the npm manifests. A plain COPY with a glob would flatten libs/*/package.json,
# so they are gathered here with their paths kept. Later stages copy this stage's output,
# whose content (not the context's) decides whether `npm ci` below can come from the cache.
FROM node:20-bookworm-slim AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && cp --parents package.json package-lock.json libs/*/package.json services/*/package.json /manifests/

# Stage 1: install every dependency (dev included, for tsc) and compile all projects.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY --from=manifests /manifests/ ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx tsc -b tsconfig.json
# Drop dev dependencies (typescript, eslint, nx, ...) before the runtime stage copies /app.
RUN npm prune --omit=dev --no-audit --no-fund

# Stage 2: the runtime. The node user (uid 1000) can read /app but not change it.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app ./
ARG SERVICE
# Fail the build here, not at container start, when SERVICE is missing or names no service.
RUN [ -n "${SERVICE}" ] && [ -f "services/${SERVICE}/dist/main.js" ] || { \
      echo "build arg SERVICE='${SERVICE}' names no service; use one of: $(ls services | tr '\n' ' ')" >&2; \
      exit 1; }
ENV SERVICE=${SERVICE}
USER node
# exec: node replaces the shell as the container's main process and receives SIGTERM itself.
CMD ["/bin/sh", "-c", "exec node \"services/${SERVICE}/dist/main.js\""]
