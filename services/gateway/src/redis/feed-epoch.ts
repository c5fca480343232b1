import type { RedisClient } from './redis-client.js';

/**
 * Takes the next event-feed epoch of a gateway: INCR of `<prefix>:{<gw>}:feed:epoch` (beside the
 * gateway's other keys, same hash tag). Every process start gets a higher epoch, so feed event ids
 * (`epoch * 2^32 + n`) never go back across restarts while that key lives.
 */
export async function nextFeedEpoch(redis: RedisClient, keyBase: string): Promise<number> {
  return redis.incr(`${keyBase}:feed:epoch`);
}
