import type { FastifyInstance } from 'fastify';
import type { RedisClient } from '../redis/redis-client.js';
import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { EngineApi } from '../core/model/engine-api.js';
import { EventFeed } from '../feed/event-feed.js';
import { feedSnapshot } from '../feed/feed-snapshot.js';
import { eventsRoutes } from '../http/routes/events-routes.js';
import { FeedMetrics } from '../metrics/feed-metrics.js';
import { FeedPublisher } from '../nats/feed-publisher.js';
import { ensureFeedStream } from '../nats/feed-stream.js';
import { nextFeedEpoch } from '../redis/feed-epoch.js';
import { SyslogForwarder } from '../syslog/syslog-forwarder.js';
import { retrying } from '@ztna/service-kit';
import type { EmsSyncView } from '../tagsync/tag-sync.js';

export interface FeedRuntimeConfig {
  readonly gatewayId: string;
  readonly subjectPrefix: string;
  readonly serialNumber: string;
  readonly feedRingSize: number;
  readonly feedStreamName: string;
  readonly feedMaxAgeS: number;
  readonly feedMaxBytes: number;
  readonly feedPublishBuffer: number;
  readonly feedSseMaxBufferedBytes: number;
}

export interface FeedRuntimeDeps {
  readonly nc: NatsConnection;
  readonly redis: RedisClient;
  readonly logger: Logger;
  readonly registry: Registry;
  /** `<prefix>:{<gw>}`: where the epoch counter lives. */
  readonly keyBase: string;
  /** The engine (read lazily: the feed exists before it). */
  engine(): EngineApi;
  syncStatus(): { ems: readonly EmsSyncView[] };
}

/** The event feed with its outlets: JetStream publisher, SSE/long-poll routes, syslog, metrics. */
export interface FeedRuntime {
  readonly feed: EventFeed;
  readonly publisher: FeedPublisher;
  /** Fastify plugin with `GET /api/v1/events` and `GET /api/v1/events/snapshot`. */
  routes(app: FastifyInstance): Promise<void>;
  /** Takes the next epoch from Redis (retrying), then ensures the stream (in the background). */
  start(stopped: () => boolean): Promise<void>;
  /** Closes SSE connections, the syslog socket; drops what the publisher still holds (counted). */
  stop(): void;
}

/**
 * Builds the event feed and its outlets. Nothing here is on the packet path: the feed's listeners
 * only queue (publisher, SSE writers) or send a datagram (syslog).
 */
export function createFeedRuntime(deps: FeedRuntimeDeps, config: FeedRuntimeConfig): FeedRuntime {
  const logger = deps.logger.child({ component: 'feed' });
  const logged = new Set<string>();
  const once = (what: string, obj: object): void => {
    if (logged.has(what)) return;
    logged.add(what);
    logger.warn(obj, `${what} (logged once)`);
  };
  const holder: { publisher?: FeedPublisher } = {};
  const metrics = new FeedMetrics(deps.registry, () => holder.publisher?.pending ?? 0);
  const feed = new EventFeed({
    gatewayId: config.gatewayId,
    ringSize: config.feedRingSize,
    serial: config.serialNumber,
    config: () => deps.engine().config,
    revision: () => deps.engine().revision,
    onListenerError: (err) => once('feed listener failed', { err }),
    onEarlyDropped: () => metrics.dropped.inc({ sink: 'ring', reason: 'before-start' }),
  });
  const publisher = new FeedPublisher(deps.nc, {
    subjectPrefix: config.subjectPrefix,
    bufferSize: config.feedPublishBuffer,
    onDropped: (n, reason) => metrics.dropped.inc({ sink: 'jetstream', reason }, n),
    onError: (err) => once('publishing a gateway event failed', { err }),
  });
  const syslog = new SyslogForwarder({
    setting: () => deps.engine().config.logSyslogdSetting,
    onSent: () => metrics.syslogSent.inc(),
    onDropped: (reason) => {
      metrics.dropped.inc({ sink: 'syslog', reason });
      once(`syslog line dropped: ${reason}`, { reason });
    },
  });
  holder.publisher = publisher;
  const counted = {
    membership: metrics.events.labels('membership'),
    session: metrics.events.labels('session'),
    sync: metrics.events.labels('sync'),
    log: metrics.events.labels('log'),
  };
  feed.subscribe((e) => counted[e.kind].inc());
  feed.subscribe(publisher.offer);
  feed.subscribe(syslog.offer);
  const connections = new Set<() => void>();
  return {
    feed,
    publisher,
    routes: (app) =>
      eventsRoutes(app, {
        feed,
        snapshot: () => feedSnapshot(config.gatewayId, feed.lastId, deps.engine(), deps.syncStatus),
        sseMaxBufferedBytes: config.feedSseMaxBufferedBytes,
        onSseCutOff: () => metrics.sseCutOff.inc(),
        track: (close) => {
          connections.add(close);
          metrics.sseClients.inc();
          return () => {
            connections.delete(close);
            metrics.sseClients.dec();
          };
        },
      }),
    start: async (stopped) => {
      const epoch = await retrying(() => nextFeedEpoch(deps.redis, deps.keyBase), {
        what: 'taking the event feed epoch from Redis',
        logger,
        stopped,
      });
      const ensure = async (): Promise<void> =>
        ensureFeedStream(await deps.nc.jetstreamManager(), {
          name: config.feedStreamName,
          subjectPrefix: config.subjectPrefix,
          maxAgeS: config.feedMaxAgeS,
          maxBytes: config.feedMaxBytes,
        });
      // The stream first when NATS answers, so the first events are kept; else keep trying meanwhile.
      await ensure().catch(() => {
        void retrying(ensure, { what: 'creating the event feed stream', logger, stopped }).catch(
          () => undefined,
        );
      });
      feed.begin(epoch);
      logger.info({ epoch, firstId: feed.lastId + 1, stream: config.feedStreamName }, 'event feed started');
    },
    stop: () => {
      for (const close of [...connections]) close();
      syslog.close();
      publisher.stop();
    },
  };
}
