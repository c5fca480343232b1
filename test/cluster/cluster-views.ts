import type { Gateway, GatewayKeys, RedisClient } from '@ztna/gateway';

/**
 * A gateway's dynamic addresses in Redis (name → sorted members), read by key so that it works on a
 * Redis Cluster too (no SCAN, which would ask one random node): the names from the `ids` hash.
 */
export async function clusterMembership(
  redis: RedisClient,
  keys: GatewayKeys,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const name of await redis.hkeys(keys.ids)) {
    const members = (await redis.smembers(keys.address(name))).sort();
    if (members.length > 0) out.set(name, members);
  }
  return out;
}

/** The engine's own dynamic addresses (name → sorted members), as `diagnose firewall dynamic list` sees them. */
export function engineMembership(gateway: Gateway): Map<string, string[]> {
  return new Map(
    gateway.engine
      .dynamicAddresses()
      .filter((a) => a.members.length > 0)
      .map((a) => [a.name, [...a.members].sort()]),
  );
}
