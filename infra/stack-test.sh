#!/usr/bin/env bash
# Stack test: builds the two service images, brings infra/docker-compose.yml up under its own project
# name with fresh random credentials, waits (bounded) until every service is healthy, runs the seed-1
# smoke test through the published admin APIs and the NATS permission checks from inside the compose
# network, and always tears the stack down with its volumes, on success and on failure.
#
# Images: NATS_IMAGE, REDIS_IMAGE, NODE_IMAGE from the environment (CI: infra/images/build-local.sh),
# else the official defaults of the compose file. APP_SOURCE=prebuilt (the default when NODE_IMAGE is
# one of the local ztna-local/* images, which have no npm) stages the compiled output on the host.
# Needs `npm ci` done; the host's node runs the smoke test, NODE_IMAGE runs the rogue NATS client.
set -euo pipefail
cd "$(dirname "$0")/.."

export COMPOSE_PROJECT_NAME=${STACK_PROJECT:-ztna-stack-test}
export EMS_PUBLISHED_PORT=${EMS_PUBLISHED_PORT:-18081} GATEWAY_PUBLISHED_PORT=${GATEWAY_PUBLISHED_PORT:-18080}
export EMS2_PUBLISHED_PORT=${EMS2_PUBLISHED_PORT:-18083}
# NATS reads the passwords as config values: begin with a letter, letters and digits only.
secret() { printf 's%s' "$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"; }
export NATS_EMS_PASSWORD=$(secret) NATS_GATEWAY_PASSWORD=$(secret) REDIS_PASSWORD=$(secret)
export NATS_EMS2_PASSWORD=$(secret)
export EMS_API_TOKEN=$(secret) GATEWAY_API_TOKEN=$(secret)
node_image=${NODE_IMAGE:-node:20-alpine}
if [ -z "${APP_SOURCE:-}" ]; then
  case "$node_image" in ztna-local/*) APP_SOURCE=prebuilt ;; *) APP_SOURCE=compile ;; esac
fi
export APP_SOURCE

if command -v docker-compose >/dev/null; then compose=(docker-compose); else compose=(docker compose); fi
compose+=(-f infra/docker-compose.yml)
say() { printf 'stack-test: %s (%ss)\n' "$*" "$SECONDS"; }

teardown() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    say "FAILED (exit $status); state and last logs:"
    "${compose[@]}" ps || true
    "${compose[@]}" logs --no-color --tail=40 2>&1 | cut -c1-400 || true
  fi
  say "tearing down (down -v)"
  "${compose[@]}" down -v --remove-orphans >/dev/null 2>&1 || true
  exit "$status"
}
trap teardown EXIT

say "validating the compose file (every profile), the NATS config and the Grafana dashboard"
"${compose[@]}" --profile monitoring --profile gateway2 --profile ha config -q
node infra/stack/validate-files.mjs infra/monitoring/grafana/dashboards/ztna-tagsync.json \
  infra/monitoring/prometheus.yml infra/monitoring/grafana/provisioning/*/*.yml
if command -v nats-server >/dev/null; then
  nats-server -t -c infra/nats/nats.conf
  NATS_SERVER_NAME=ha-nats-1 nats-server -t -c infra/nats/nats-cluster.conf
fi

say "building proto and the services on the host"
npx tsc -b proto services/ems-mock services/gateway
if [ "$APP_SOURCE" = prebuilt ]; then
  for service in ems-mock gateway; do
    node infra/images/app-stage.mjs stage "$service" "infra/images/dist/$service"
  done
fi

say "building the images (NODE_IMAGE=$node_image, APP_SOURCE=$APP_SOURCE)"
build_log=$(mktemp)
if ! "${compose[@]}" build --parallel >"$build_log" 2>&1; then
  tail -n 60 "$build_log"
  say "image build failed"
  exit 1
fi
grep -E '^Successfully (built|tagged)' "$build_log" || true
rm -f "$build_log"

say "starting the stack"
"${compose[@]}" up -d

say "waiting for health (at most 180 s)"
deadline=$((SECONDS + 180))
while :; do
  states=()
  healthy=0
  for service in nats redis ems-mock gateway; do
    id=$("${compose[@]}" ps -q "$service")
    state=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$id")
    states+=("$service=$state")
    [ "$state" = healthy ] && healthy=$((healthy + 1))
  done
  [ "$healthy" -eq 4 ] && break
  if [ "$SECONDS" -ge "$deadline" ]; then
    say "not healthy after 180 s: ${states[*]}"
    exit 1
  fi
  sleep 2
done
say "healthy: ${states[*]}"

say "published ports (127.0.0.1 only, admin APIs only)"
for service in nats redis ems-mock gateway; do
  ports=$(docker port "$("${compose[@]}" ps -q "$service")" | tr '\n' ' ')
  echo "  $service: ${ports:-none}"
  case "$service:$ports" in
    nats: | redis: | ems-mock:"8081/tcp -> 127.0.0.1:"*[0-9]" " | gateway:"8080/tcp -> 127.0.0.1:"*[0-9]" ") ;;
    *) say "$service publishes more than expected: $ports" && exit 1 ;;
  esac
done

say "smoke test (seed 1) through the published APIs"
EMS_URL=http://127.0.0.1:$EMS_PUBLISHED_PORT GATEWAY_URL=http://127.0.0.1:$GATEWAY_PUBLISHED_PORT node infra/stack/smoke.mjs

say "rogue NATS clients inside the compose network"
docker run --rm --network "${COMPOSE_PROJECT_NAME}_default" -v "$PWD:/repo:ro" --entrypoint /usr/local/bin/node \
  -e GATEWAY_NATS_URL="nats://gateway:$NATS_GATEWAY_PASSWORD@nats:4222" \
  -e EMS_NATS_URL="nats://ems:$NATS_EMS_PASSWORD@nats:4222" \
  "$node_image" /repo/infra/stack/rogue-client.mjs

say "passed"
