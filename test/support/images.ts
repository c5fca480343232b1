/**
 * Container images of the test infrastructure, pinned here and nowhere else. Override with
 * NATS_IMAGE / REDIS_IMAGE, e.g. with the FROM-scratch images infra/images/build-local.sh builds on
 * machines without a registry.
 */
export const defaultImages = {
  nats: 'nats:2.10.24',
  redis: 'redis:7.4.2-alpine',
} as const;

export function natsImage(): string {
  return process.env.NATS_IMAGE || defaultImages.nats;
}

export function redisImage(): string {
  return process.env.REDIS_IMAGE || defaultImages.redis;
}
