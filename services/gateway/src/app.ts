import { createSubjects } from '@ztna/proto';
import { retrying } from '@ztna/service-kit';
import type { FastifyInstance } from 'fastify';
import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import type { GatewayProcessConfig } from './config.js';
import { clockControl, every, systemClock, type Clock, type ClockControl } from '@ztna/service-kit';
import { createEngine, type Engine } from './core/engine/engine.js';
import type { MembershipSink } from './core/model/membership.js';
import { consoleSessions } from './http/console-sessions.js';
import { controlRoutes, type GatewayResetReply } from './http/routes/control-routes.js';
import { gatewayRoutes } from './http/routes/gateway-routes.js';
import { healthRoutes, type ReadinessCheck } from './http/routes/health-routes.js';
import { syncRoutes } from './http/routes/sync-routes.js';
import { createHttpServer, listen } from './http/server.js';
import { GatewayMetrics } from './metrics/gateway-metrics.js';
import { RevocationTracker } from './metrics/revocation-tracker.js';
import { tagSyncMetrics } from './metrics/tagsync-metrics.js';
import { VerdictObserver } from './metrics/verdict-observer.js';
import { NatsDeadLetters } from './nats/dead-letter-publisher.js';
import { deadLetterReader, deadLetterStreamName, ensureDeadLetterStream } from './nats/dead-letter-stream.js';
import { EventConsumer } from './nats/event-consumer.js';
import { listenForHeartbeats } from './nats/heartbeat-listener.js';
import { watchNatsStatus } from './nats/nats-status.js';
import { startPacketResponder, type PacketResponder } from './nats/packet-responder.js';
import { NatsSnapshotSource } from './nats/snapshot-client.js';
import { gatewayKeys } from './redis/keys.js';
import type { RedisClient } from './redis/redis-client.js';
import { RedisStore } from './redis/redis-store.js';
import { EngineSink } from './runtime/engine-sink.js';
import { fctemsFollower } from './runtime/fctems-follower.js';
import { startEngineTicker, type EngineTicker } from './runtime/engine-ticker.js';
import { combineObservers, type TagSyncObserver } from './tagsync/ports.js';
import { TagSync } from './tagsync/tag-sync.js';
import type { EmsConnector } from './tagsync/event-check.js';
import type { EventFeed } from './feed/event-feed.js';
import { createFeedRuntime } from './runtime/feed-runtime.js';
import { MembershipEvents } from './runtime/membership-events.js';

/** What `createGateway` needs of the process config: everything but the client URLs and the log level. */
export type GatewayAppConfig = Omit<
  GatewayProcessConfig,
  'natsUrl' | 'redisUrl' | 'logLevel' | 'configPath' | 'clock'
>;

export interface GatewayDeps {
  readonly nc: NatsConnection;
  /** A single-node `Redis` or a `Cluster` (see `connectRedis`). */
  readonly redis: RedisClient;
  /** The root logger (or a child without `gatewayId`): the gateway binds `gatewayId` itself. */
  readonly logger: Logger;
  /**
   * Time of the gateway (default the system clock): the engine's packet times, the engine tick (expiry,
   * dirty sweep, block-session-timer), tag sync's maintenance (out-of-sync threshold, resync backoff,
   * reconcile). A `ManualClock` makes `POST /api/v1/clock/advance` work. NATS and HTTP timeouts,
   * snapshot request timeouts, the pull subscription's timers and `sync/wait` deadlines stay on real time.
   */
  readonly clock?: Clock;
  /** Also told every membership revision the engine applied, in order (tests, benchmarks). */
  readonly membershipListener?: MembershipSink;
  /** Also told what tag sync does (besides the Prometheus metrics), e.g. by benchmarks. */
  readonly observer?: TagSyncObserver;
}

/** A running gateway: tag sync, the engine, the HTTP API, the packet subject and the engine timer. */
export interface Gateway {
  readonly engine: Engine;
  readonly tagSync: TagSync;
  /** The membership port between tag sync and the engine; `onApplied` hears every revision. */
  readonly sink: EngineSink;
  readonly metrics: GatewayMetrics;
  readonly responder: PacketResponder;
  readonly ticker: EngineTicker;
  readonly http: FastifyInstance;
  /** `http://host:port` the API listens on. */
  readonly url: string;
  readonly registry: Registry;
  /** The gateway's clock: `advance(ms)` when it is manual. */
  readonly clock: ClockControl;
  /** The event feed (`config.feed`), else undefined. */
  readonly feed: EventFeed | undefined;
  ready(): boolean;
  /** Startup config back (`config.firewall`), sessions and console sessions cleared; counters kept. */
  reset(): GatewayResetReply;
  /** Stops consuming, timers, the packet subject and HTTP; leaves the NATS and Redis clients to their owner. */
  stop(): Promise<void>;
}

const MAINTAIN_EVERY_MS = 250;

/**
 * Builds and starts the whole gateway, the one composition root: the engine over `config.firewall`, tag
 * sync feeding it through an {@link EngineSink}, the HTTP API (health, sync, packets, console, sessions,
 * FortiOS monitor), the packet responder on `subjects.packets(gatewayId)` and the engine timer. HTTP
 * answers first (so /readyz says why it is not ready), then the mirror is loaded from Redis (retrying
 * while Redis is down), EMS without state are resynced, and the durable consumer starts.
 */
export async function createGateway(deps: GatewayDeps, config: GatewayAppConfig): Promise<Gateway> {
  const logger = deps.logger.child({ gatewayId: config.gatewayId });
  const clock = deps.clock ?? systemClock;
  const subjects = createSubjects(config.subjectPrefix, config.streamName);
  const registry = new Registry();
  const keys = gatewayKeys(config.gatewayId, config.redisKeyPrefix);
  const feedRuntime = config.feed
    ? createFeedRuntime(
        {
          ...deps,
          logger,
          registry,
          keyBase: keys.base,
          engine: (): Engine => engine,
          syncStatus: (): ReturnType<TagSync['syncStatus']> => tagSync.syncStatus(),
        },
        config,
      )
    : undefined;
  const feed: EventFeed | undefined = feedRuntime?.feed;

  const engine = createEngine(config.firewall, {
    clock,
    dirtySweepDelayMs: config.dirtySweepDelayMs,
    audit: config.audit,
    onConfigApplied: (report) => {
      metrics.configApplied(report);
      followFctems(engine.config);
    },
    ...(feed ? { events: feed } : {}),
  });
  const metrics = new GatewayMetrics(registry, engine);
  const revocations = new RevocationTracker((ms) => metrics.revocationToDrop.observe(ms / 1000));
  const membershipEvents = new MembershipEvents((name) =>
    engine.dynamicAddresses().find((a) => a.name === name),
  );
  const sink = new EngineSink(engine, {
    clock,
    metrics,
    revocations,
    ...(feed ? { events: { sink: feed, membership: membershipEvents } } : {}),
  });
  if (deps.membershipListener) {
    const listener = deps.membershipListener;
    sink.onApplied(({ change }) => listener.onMembershipChange(change));
  }
  const verdicts = new VerdictObserver(clock, metrics, revocations);

  const jsm = await deps.nc.jetstreamManager({ checkAPI: false });
  const dlq = {
    name: deadLetterStreamName(config.streamName, config.gatewayId),
    subject: subjects.deadLetter(config.gatewayId),
    maxMsgs: config.deadLetterMaxMsgs,
    maxBytes: config.deadLetterMaxBytes,
    maxAgeS: config.deadLetterMaxAgeS,
    replicas: config.streamReplicas,
  };
  let lastEnsure = 0;
  const ensureDlq = (): Promise<void> =>
    ensureDeadLetterStream(jsm, dlq).then(
      (did) => logger.info({ stream: dlq.name, did }, 'dead-letter stream'),
      (err: unknown) => logger.error({ err }, 'dead letters will not be kept'),
    );
  const deadLetters = new NatsDeadLetters(deps.nc.jetstream(), dlq.subject, logger, () => {
    if (systemClock.now() - lastEnsure < 5000) return;
    lastEnsure = systemClock.now();
    void ensureDlq();
  });
  const store = new RedisStore(deps.redis, keys);
  const tagSync = new TagSync(
    {
      store,
      snapshots: new NatsSnapshotSource(deps.nc, {
        gatewayId: config.gatewayId,
        subjects,
        connectors: { get: (id): EmsConnector | undefined => tagSync.connectors.get(id) },
        timeoutMs: config.snapshotTimeoutMs,
        onInvalid: (emsId, reason) => logger.warn({ emsId, reason }, 'snapshot endpoint left out'),
      }),
      deadLetters,
      sink,
      clock,
      logger: logger.child({ component: 'tagsync' }),
      observer: deps.observer
        ? combineObservers(tagSyncMetrics(registry), deps.observer)
        : tagSyncMetrics(registry),
      ...(feed ? { events: feed } : {}),
    },
    {
      connectors: config.connectors,
      reconcileIntervalMs: config.reconcileIntervalMs,
      outOfSyncThresholdMs: config.outOfSyncThresholdS * 1000,
      outOfSyncThresholdMsOf: (emsId) => {
        const seconds = engine.config.fctems.get(emsId)?.outOfSyncThreshold;
        return seconds === undefined ? undefined : seconds * 1000;
      },
      outOfSyncPolicy: config.outOfSyncPolicy,
    },
  );
  const followFctems = fctemsFollower({
    initial: config.firewall.fctems,
    tagSync,
    onError: (err) => logger.warn({ err }, 'EMS connector change not applied to tag sync'),
  });
  const consumer = new EventConsumer(deps.nc, {
    gatewayId: config.gatewayId,
    subjects,
    batchSize: config.batchSize,
    handle: (batch) => tagSync.handleBatch(batch),
    deadLetters,
    logger: logger.child({ component: 'consumer' }),
  });

  let maintaining: Promise<void> | undefined;
  const control = clockControl(clock, async () => {
    await maintaining;
  });
  const consoles = consoleSessions({
    engine,
    records: { endpointRecords: (ip) => tagSync.endpointRecords(ip) },
    connectors: tagSync,
  });
  const reset = (): GatewayResetReply => {
    const sessionsCleared = engine.clearSessions();
    engine.applyConfig(config.firewall);
    consoles.clear();
    logger.info({ sessionsCleared }, 'reset: startup config back, sessions cleared');
    return { sessionsCleared, revision: engine.revision };
  };

  const nats = watchNatsStatus(deps.nc);
  let loaded = false;
  const checks: ReadinessCheck[] = [
    { name: 'nats', ready: () => nats.connected, reason: () => 'disconnected, reconnecting' },
    {
      name: 'redis',
      ready: () => deps.redis.status === 'ready' && store.failure === undefined,
      reason: () => store.failure ?? `connection ${deps.redis.status}`,
    },
    { name: 'mirror', ready: () => loaded, reason: () => store.failure ?? 'loading from Redis' },
    { name: 'consumer', ready: () => consumer.ready, reason: () => consumer.notReadyReason },
  ];
  const http = createHttpServer(
    {
      host: config.httpHost,
      port: config.httpPort,
      token: config.apiToken,
      logRequests: config.logRequests,
      logger,
    },
    [
      healthRoutes(checks, registry),
      syncRoutes(tagSync),
      (app) =>
        gatewayRoutes(app, {
          engine,
          records: { endpointRecords: (ip) => tagSync.endpointRecords(ip) },
          sync: { syncStatus: () => tagSync.syncStatus() },
          sink,
          observer: verdicts,
          consoles,
          deadLetters: deadLetterReader(jsm, dlq.name),
        }),
      (app) => controlRoutes(app, { reset, clock: control }),
      ...(feedRuntime ? [feedRuntime.routes] : []),
    ],
  );
  const url = await listen(http, { host: config.httpHost, port: config.httpPort });

  const ticker = startEngineTicker(engine, {
    periodMs: config.tickMs,
    metrics,
    clock,
    onError: (err) => logger.error({ err }, 'engine tick failed'),
  });
  const responder = startPacketResponder(deps.nc, subjects.packets(config.gatewayId), engine, {
    observer: verdicts,
  });

  let stopped = false;
  await feedRuntime?.start(() => stopped);
  await ensureDlq();
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
  const maintain = (): void => {
    maintaining ??= tagSync
      .maintain()
      .catch((err: unknown) => logger.warn({ err }, 'tag sync maintenance failed'))
      .finally(() => (maintaining = undefined));
  };
  maintain();
  const timer = every(clock, MAINTAIN_EVERY_MS, maintain);
  consumer.start();
  const heartbeats = listenForHeartbeats(deps.nc, {
    subject: subjects.heartbeatFilter,
    connectors: tagSync.connectors,
    onHeartbeat: (hb) => tagSync.heartbeat(hb),
    logger: logger.child({ component: 'heartbeat' }),
  });
  logger.info(
    { url, packets: responder.subject, audit: config.audit, sweepDelayMs: config.dirtySweepDelayMs },
    'gateway started',
  );

  return {
    engine,
    tagSync,
    sink,
    metrics,
    responder,
    ticker,
    http,
    url,
    registry,
    clock: control,
    reset,
    feed,
    ready: () => checks.every((c) => c.ready()),
    stop: async () => {
      stopped = true;
      timer.cancel();
      heartbeats.stop();
      ticker.stop();
      deps.redis.off('ready', onRedisReady);
      await consumer.stop();
      await responder.stop();
      await maintaining;
      nats.stop();
      feedRuntime?.stop();
      await http.close();
    },
  };
}
