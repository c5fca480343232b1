#!/usr/bin/env bash
# Builds container images FROM scratch out of this machine's own nats-server, redis-server and node
# binaries plus the shared libraries `ldd` lists, for machines that cannot pull from a registry.
# Prints the image names as NAME=image lines (NATS_IMAGE, REDIS_IMAGE, NODE_IMAGE) for `eval`.
set -euo pipefail
shopt -s inherit_errexit # a failed step inside $(image …) stops the script too

prefix=${LOCAL_IMAGE_PREFIX:-ztna-local}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# rootfs DIR BINARY TARGET: copies BINARY to TARGET inside DIR with every library it links.
rootfs() {
  local dir=$1 bin=$2 target=$3
  mkdir -p "$dir$(dirname "$target")" "$dir/tmp" "$dir/data" "$dir/etc"
  cp -L "$bin" "$dir$target"
  ldd "$bin" | grep -oE '/[^ ]+\.so[^ ]*' | sort -u | while read -r lib; do
    mkdir -p "$dir$(dirname "$lib")"
    cp -L "$lib" "$dir$lib"
  done
  chmod 1777 "$dir/tmp"
  printf 'root:x:0:0:root:/root:/sbin/nologin\nnode:x:1000:1000:node:/home/node:/sbin/nologin\n' >"$dir/etc/passwd"
  printf 'root:x:0:\nnode:x:1000:\n' >"$dir/etc/group"
}

# image NAME TAG BINARY TARGET ENTRYPOINT_JSON [PROBE PROBE_TARGET]: PROBE is a second binary (the
# healthcheck tool the official image has at PROBE_TARGET), copied with its libraries.
image() {
  local name=$1 tag=$2 bin=$3 target=$4 entry=$5 probe=${6:-} probe_target=${7:-} ctx="$work/$1"
  rootfs "$ctx/rootfs" "$bin" "$target"
  if [ -n "$probe" ]; then rootfs "$ctx/rootfs" "$probe" "$probe_target"; fi
  mkdir -p "$ctx/rootfs/home/node" && chown -R 1000:1000 "$ctx/rootfs/home/node" "$ctx/rootfs/data"
  # COPY makes everything root's: /data and /home/node (new directories there) are handed to uid 1000,
  # the compose services' non-root user, by COPY --chown.
  mv "$ctx/rootfs/data" "$ctx/data" && mv "$ctx/rootfs/home/node" "$ctx/home-node"
  printf 'FROM scratch\nCOPY rootfs/ /\nCOPY --chown=1000:1000 data /data\nCOPY --chown=1000:1000 home-node /home/node\nENTRYPOINT %s\n' \
    "$entry" >"$ctx/Dockerfile"
  docker build -q -t "$prefix/$name:$tag" "$ctx" >/dev/null
  echo "$prefix/$name:$tag"
}

nats_version=$(nats-server --version | grep -oE '[0-9]+\.[0-9]+\.[0-9]+')
redis_version=$(redis-server --version | grep -oE 'v=[0-9.]+' | cut -d= -f2)
node_version=$(node --version | tr -d v)

# The probes make infra/docker-compose.yml's healthchecks work as with nats:*-alpine and redis:*-alpine.
# Each image is built into a variable first: a failed build inside `echo "$(…)"` would not stop the
# script (set -e does not see a command substitution in an argument), and `eval` would get an empty name.
nats_image=$(image nats "$nats_version" "$(command -v nats-server)" /usr/sbin/nats-server '["/usr/sbin/nats-server"]' \
  "$(command -v wget)" /usr/bin/wget)
redis_image=$(image redis "$redis_version" "$(command -v redis-server)" /usr/bin/redis-server '["/usr/bin/redis-server"]' \
  "$(command -v redis-cli)" /usr/local/bin/redis-cli)
node_image=$(image node "$node_version" "$(command -v node)" /usr/local/bin/node '["/usr/local/bin/node"]')
echo "NATS_IMAGE=$nats_image"
echo "REDIS_IMAGE=$redis_image"
echo "NODE_IMAGE=$node_image"
