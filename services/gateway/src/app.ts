import { createSubjects } from '@ztna/proto';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Redis } from 'ioredis';
import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import { systemClock, type Clock } from './core/clock.js';
import type { GatewayProcessConfig } from './config.js';
import { healthRoutes, type ReadinessCheck } from './http/routes/health-routes.js';
import { createHttpServer, listen } from './http/server.js';
import { syncRoutes } from './http/routes/sync-routes.js';
import { tagSyncMetrics } from './metrics/tagsync-metrics.js';
import type { MembershipSink } from './core/model/membership.js';
import { NatsDeadLetters } from './nats/dead-letter-publisher.js';
import { EventConsumer } from './nats/event-consumer.js';
import { watchNatsStatus } from './nats/nats-status.js';
import { NatsSnapshotSource } from './nats/snapshot-client.js';
import { gatewayKeys } from './redis/keys.js';
import { RedisStore } from './redis/redis-store.js';
import { combineObservers, type TagSyncObserver } from './tagsync/ports.js';
import { retrying } from './tagsync/retrying.js';
import { TagSync } from './tagsync/tag-sync.js';

export type GatewayAppConfig = Omit<GatewayProcessConfig, 'natsUrl' | 'redisUrl' | 'logLevel'>;

export interface GatewayDeps {
  readonly nc: NatsConnection;
  readonly redis: Redis;
  /** The session engine (or a test double): receives every membership revision in order. */
  readonly sink: MembershipSink;
  /** The root logger (or a child without `gatewayId`): the gateway binds `gatewayId` itself. */
  readonly logger: Logger;
  readonly clock?: Clock;
  /** More HTTP routes (packets, console, sessions), registered after the built-in ones. */
  readonly routes?: readonly FastifyPluginAsync[];
  /** More readiness checks for /readyz. */
  readonly readiness?: readonly ReadinessCheck[];
  /** Also told what tag sync does (besides the Prometheus metrics), e.g. by benchmarks. */
  readonly observer?: TagSyncObserver;
}

export interface Gateway {
  readonly tagSync: TagSync;
  readonly http: FastifyInstance;
  /** `http://host:port` the API listens on. */
  readonly url: string;
  readonly registry: Registry;
  ready(): boolean;
  /** Stops consuming, timers and HTTP; leaves the NATS and Redis clients to their owner. */
  stop(): Promise<void>;
}

const MAINTAIN_EVERY_MS = 250;

/**
 * Starts a gateway: HTTP first (so /readyz answers), then loads the mirror from Redis (retrying while
 * Redis is down), hands it to the sink, resyncs EMS without state, and starts the durable consumer.
 */
export async function createGateway(deps: GatewayDeps, config: GatewayAppConfig): Promise<Gateway> {
  const logger = deps.logger.child({ gatewayId: config.gatewayId });
  const clock = deps.clock ?? systemClock;
  const subjects = createSubjects(config.subjectPrefix, config.streamName);
  const registry = new Registry();
  const store = new RedisStore(deps.redis, gatewayKeys(config.gatewayId, config.redisKeyPrefix));
  const tagSync = new TagSync(
    {
      store,
      snapshots: new NatsSnapshotSource(deps.nc, {
        gatewayId: config.gatewayId,
        subjects,
        connectors: config.connectors,
        timeoutMs: config.snapshotTimeoutMs,
        onInvalid: (emsId, reason) => logger.warn({ emsId, reason }, 'snapshot endpoint left out'),
      }),
      deadLetters: new NatsDeadLetters(deps.nc, subjects.deadLetter(config.gatewayId)),
      sink: deps.sink,
      clock,
      logger: logger.child({ component: 'tagsync' }),
      observer: deps.observer
        ? combineObservers(tagSyncMetrics(registry), deps.observer)
        : tagSyncMetrics(registry),
    },
    {
      connectors: config.connectors,
      reconcileIntervalMs: config.reconcileIntervalMs,
      outOfSyncThresholdMs: config.outOfSyncThresholdS * 1000,
      outOfSyncPolicy: config.outOfSyncPolicy,
    },
  );
  const consumer = new EventConsumer(deps.nc, {
    gatewayId: config.gatewayId,
    subjects,
    batchSize: config.batchSize,
    handle: (batch) => tagSync.handleBatch(batch),
    logger: logger.child({ component: 'consumer' }),
  });
  const nats = watchNatsStatus(deps.nc);
  let loaded = false;
  const checks: ReadinessCheck[] = [
    { name: 'nats', ready: () => nats.connected },
    { name: 'redis', ready: () => deps.redis.status === 'ready' },
    { name: 'mirror', ready: () => loaded },
    { name: 'consumer', ready: () => consumer.ready },
    ...(deps.readiness ?? []),
  ];
  const http = createHttpServer(
    { host: config.httpHost, port: config.httpPort, token: config.apiToken, logger },
    [healthRoutes(checks, registry), syncRoutes(tagSync), ...(deps.routes ?? [])],
  );
  const url = await listen(http, { host: config.httpHost, port: config.httpPort });

  let stopped = false;
  await retrying(() => tagSync.start(), {
    what: 'loading the mirror from Redis',
    logger,
    stopped: () => stopped,
  });
  loaded = true;
  const onRedisReady = (): void => {
    tagSync.checkStore().catch((err: unknown) => logger.warn({ err }, 'store check failed'));
  };
  deps.redis.on('ready', onRedisReady);
  let maintaining: Promise<void> | undefined;
  const maintain = (): void => {
    maintaining ??= tagSync
      .maintain()
      .catch((err: unknown) => logger.warn({ err }, 'tag sync maintenance failed'))
      .finally(() => (maintaining = undefined));
  };
  maintain();
  const timer = setInterval(maintain, MAINTAIN_EVERY_MS);
  consumer.start();

  return {
    tagSync,
    http,
    url,
    registry,
    ready: () => checks.every((c) => c.ready()),
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      deps.redis.off('ready', onRedisReady);
      await consumer.stop();
      await maintaining;
      nats.stop();
      await http.close();
    },
  };
}
