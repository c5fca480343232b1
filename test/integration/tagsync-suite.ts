import { Redis } from 'ioredis';
import { connect, type NatsConnection } from 'nats';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { waitFor } from '@ztna/test';
import { createGateway, type Gateway, type GatewayAppConfig } from '@ztna/gateway';
import {
  RecordingSink,
  TestEms,
  createStream,
  deleteKeys,
  deleteStream,
  isolation,
  redisMembership,
  sorted,
  testConfig,
} from './tagsync-fixture.js';

const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface SuiteContext {
  nc: NatsConnection;
  redis: Redis;
  iso: ReturnType<typeof isolation>;
  ems: TestEms;
  sink: RecordingSink;
  gateway: Gateway | undefined;
  /** Starts a gateway on this test's isolation with a fresh or given sink and Redis client. */
  start(overrides?: Partial<GatewayAppConfig>, redis?: Redis): Promise<Gateway>;
  /** Waits until Redis and the sink both hold exactly the test EMS's expected membership. */
  converged(what: string): Promise<void>;
}

/**
 * Registers the hooks of a tag-sync test file on the local NATS and Redis: each test gets its own
 * subject prefix, stream, key prefix, test EMS (answering snapshots) and recording sink.
 */
export function tagSyncSuite(): SuiteContext {
  const ctx = { gateway: undefined } as SuiteContext;
  beforeAll(async () => {
    ctx.nc = await connect({ servers: NATS_URL });
    ctx.redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await ctx.nc.close();
    ctx.redis.disconnect();
  });
  beforeEach(async () => {
    ctx.iso = isolation();
    await createStream(ctx.nc, ctx.iso.subjects);
    ctx.ems = new TestEms(ctx.nc, ctx.iso.subjects);
    ctx.ems.respond();
    ctx.sink = new RecordingSink();
  });
  afterEach(async () => {
    await ctx.gateway?.stop();
    ctx.gateway = undefined;
    ctx.ems.stop();
    await deleteStream(ctx.nc, ctx.iso.subjects);
    await deleteKeys(ctx.redis, ctx.iso.keyPrefix);
  });
  ctx.start = async (overrides = {}, redis = ctx.redis) => {
    const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
    ctx.gateway = await createGateway(
      { nc: ctx.nc, redis, membershipListener: ctx.sink, logger },
      testConfig(ctx.iso, overrides),
    );
    return ctx.gateway;
  };
  ctx.converged = async (what) => {
    const ok = await waitFor(
      async () => {
        const want = JSON.stringify(sorted(ctx.ems.expected()));
        const inRedis = JSON.stringify(sorted(await redisMembership(ctx.redis, ctx.iso.keyPrefix, 'gw1')));
        const inSink = JSON.stringify(sorted(ctx.sink.membership()));
        if (inRedis !== want || inSink !== want) throw new Error(JSON.stringify({ want, inRedis, inSink }));
        return true;
      },
      { what, timeoutMs: 10_000 },
    );
    expect(ok).toBe(true);
  };
  return ctx;
}
