#!/usr/bin/env bash
# Stack test: builds the two service images, brings infra/docker-compose.yml up (with the gateway2
# profile: two gateways) under its own project name with fresh random credentials (infra/gen-env.sh
# --print), waits (bounded) until every service is healthy, runs the seed-1 smoke test through the
# published admin APIs and the NATS and Redis permission checks from inside the compose network, and
# always tears the stack down with its volumes, on success and on failure.
#
# Images: NATS_IMAGE, REDIS_IMAGE, NODE_IMAGE from the environment (CI: infra/images/build-local.sh),
# else the official defaults of the compose file. APP_SOURCE=prebuilt (the default when NODE_IMAGE is
# one of the local ztna-local/* images, which have no npm) stages the compiled output on the host.
# Needs `npm ci` done; the host's node runs the smoke test, NODE_IMAGE runs the rogue NATS client.
set -euo pipefail
cd "$(dirname "$0")/.."

export COMPOSE_PROJECT_NAME=${STACK_PROJECT:-ztna-stack-test}
export EMS_PUBLISHED_PORT=${EMS_PUBLISHED_PORT:-18081} GATEWAY_PUBLISHED_PORT=${GATEWAY_PUBLISHED_PORT:-18080}
export EMS2_PUBLISHED_PORT=${EMS2_PUBLISHED_PORT:-18083} GATEWAY2_PUBLISHED_PORT=${GATEWAY2_PUBLISHED_PORT:-18082}
# Fresh credentials for this run (they win over an infra/.env): one per NATS user that the NATS
# configs reference, the Redis users with their hashes, the API tokens.
set -a
eval "$(infra/gen-env.sh --print)"
set +a
node_image=${NODE_IMAGE:-node:20-alpine}
if [ -z "${APP_SOURCE:-}" ]; then
  case "$node_image" in ztna-local/*) APP_SOURCE=prebuilt ;; *) APP_SOURCE=compile ;; esac
fi
export APP_SOURCE

if command -v docker-compose >/dev/null; then compose=(docker-compose); else compose=(docker compose); fi
compose+=(-f infra/docker-compose.yml --profile gateway2)
services=(nats redis ems-mock ems-mock-2 gateway gateway2)
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
# Every variable the NATS configs read must be set here and handed to the nats service.
nats_env=$("${compose[@]}" config | sed -n '/^  nats:$/,/^  [a-z]/p')
# (A variable reference is an unquoted value, `key: $NAME`; "$JS.API..." subjects are quoted strings.)
for var in $(grep -ohE '^[^#"]*[:=][[:space:]]*\$[A-Z][A-Z0-9_]*' infra/nats/*.conf | grep -oE '[A-Z][A-Z0-9_]*$' | sort -u); do
  [ "$var" = NATS_SERVER_NAME ] && continue # set per ha-nats-N service
  if [ -z "${!var:-}" ] || ! grep -q "^      $var: " <<<"$nats_env"; then
    say "infra/nats reads \$$var, but it is not generated (infra/gen-env.sh) or not in the nats service's environment"
    exit 1
  fi
done
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
if ! "${compose[@]}" build --parallel ems-mock gateway >"$build_log" 2>&1; then
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
  for service in "${services[@]}"; do
    id=$("${compose[@]}" ps -q "$service")
    state=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$id")
    states+=("$service=$state")
    [ "$state" = healthy ] && healthy=$((healthy + 1))
  done
  [ "$healthy" -eq "${#services[@]}" ] && break
  if [ "$SECONDS" -ge "$deadline" ]; then
    say "not healthy after 180 s: ${states[*]}"
    exit 1
  fi
  sleep 2
done
say "healthy: ${states[*]}"

say "published ports (127.0.0.1 only, admin APIs only)"
for service in "${services[@]}"; do
  ports=$(docker port "$("${compose[@]}" ps -q "$service")" | tr '\n' ' ')
  echo "  $service: ${ports:-none}"
  case "$service:$ports" in
    nats: | redis: | ems-mock*:"8081/tcp -> 127.0.0.1:"*[0-9]" " | gateway*:"8080/tcp -> 127.0.0.1:"*[0-9]" ") ;;
    *) say "$service publishes more than expected: $ports" && exit 1 ;;
  esac
done

say "smoke test (seed 1) through the published APIs"
EMS_URL=http://127.0.0.1:$EMS_PUBLISHED_PORT GATEWAY_URL=http://127.0.0.1:$GATEWAY_PUBLISHED_PORT \
  GATEWAY2_URL=http://127.0.0.1:$GATEWAY2_PUBLISHED_PORT node infra/stack/smoke.mjs

say "rogue NATS and Redis clients inside the compose network (gw1 against gw2 and the EMS)"
docker run --rm --network "${COMPOSE_PROJECT_NAME}_default" -v "$PWD:/repo:ro" --entrypoint /usr/local/bin/node \
  --user 1000:1000 --read-only --cap-drop ALL --security-opt no-new-privileges:true \
  -e GW1_NATS_URL="nats://gw1:$NATS_GW1_PASSWORD@nats:4222" \
  -e EMS_NATS_URL="nats://ems:$NATS_EMS_PASSWORD@nats:4222" \
  -e GW1_REDIS_URL="redis://gw1:$REDIS_GW1_PASSWORD@redis:6379" \
  -e REDIS_ADMIN_URL="redis://admin:$REDIS_ADMIN_PASSWORD@redis:6379" \
  -e NATS_MONITOR_URL=http://nats:8222/varz \
  "$node_image" /repo/infra/stack/rogue-client.mjs

say "passed"
