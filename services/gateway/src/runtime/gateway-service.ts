import { createSubjects } from '@ztna/proto';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { NatsConnection } from 'nats';
import type { Logger } from 'pino';
import { createGateway, type Gateway, type GatewayAppConfig } from '../app.js';
import { gatewayApi } from '../http/routes/gateway-routes.js';
import { systemClock, type Clock } from '../core/clock.js';
import type { ConfigApplyReport, EngineApi } from '../core/model/engine-api.js';
import { createEngine, type Engine } from '../core/engine/engine.js';
import type { GatewayConfig as FirewallConfig } from '../core/model/config.js';
import { startPacketResponder, type PacketResponder } from '../nats/packet-responder.js';
import { EngineSink } from './engine-sink.js';
import { startEngineTicker, type EngineTicker } from './engine-ticker.js';
import type { EngineSettings } from './engine-settings.js';
import { GatewayMetrics } from '../metrics/gateway-metrics.js';
import { RevocationTracker } from '../metrics/revocation-tracker.js';
import { VerdictObserver } from '../metrics/verdict-observer.js';

export interface GatewayServiceDeps {
  readonly nc: NatsConnection;
  readonly redis: Redis;
  readonly logger: Logger;
  readonly clock?: Clock;
}

/** A running gateway: tag sync, engine, HTTP API, NATS packet subject and the engine timer. */
export interface GatewayService {
  readonly gateway: Gateway;
  readonly engine: Engine;
  readonly sink: EngineSink;
  readonly metrics: GatewayMetrics;
  readonly responder: PacketResponder;
  readonly url: string;
  readonly ticker: EngineTicker;
  stop(): Promise<void>;
}

/**
 * Starts the whole gateway: the engine over `firewall` (the parsed FortiOS config), tag sync feeding it
 * through an {@link EngineSink}, the HTTP API (tag sync's routes plus {@link gatewayApi}), the packet
 * responder on `subjects.packets(gatewayId)` and the engine timer. `stop()` stops all of them and
 * leaves the NATS and Redis clients to their owner.
 */
export async function startGatewayService(
  deps: GatewayServiceDeps,
  config: GatewayAppConfig,
  firewall: FirewallConfig,
  settings: Omit<EngineSettings, 'configPath'>,
): Promise<GatewayService> {
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger.child({ gatewayId: config.gatewayId });
  const engine = createEngine(firewall, {
    clock,
    dirtySweepDelayMs: settings.dirtySweepDelayMs,
    audit: settings.audit,
  });
  const sink = new EngineSink(engine, { clock });
  const observer = new VerdictObserver(clock);
  const late: { gateway?: Gateway; metrics?: GatewayMetrics } = {};
  const tagSync = () => {
    if (late.gateway === undefined) throw new Error('gateway not started yet');
    return late.gateway.tagSync;
  };
  const consoleEngine = observeConfigEdits(engine, (report) => late.metrics?.configApplied(report));
  const api = async (app: FastifyInstance): Promise<void> =>
    gatewayApi(app, {
      engine: consoleEngine,
      records: { endpointRecords: (ip) => tagSync().endpointRecords(ip) },
      sync: { syncStatus: () => tagSync().syncStatus() },
      sink,
      observer,
    });
  // createGateway binds gatewayId itself: give it the caller's logger so the key appears once per line.
  const gateway = await createGateway(
    { nc: deps.nc, redis: deps.redis, sink, logger: deps.logger, clock, routes: [api] },
    config,
  );
  const metrics = new GatewayMetrics(gateway.registry, engine);
  Object.assign(late, { gateway, metrics });
  const revocations = new RevocationTracker((ms) => metrics.revocationToDrop.observe(ms / 1000));
  sink.attach(metrics, revocations);
  observer.attach(metrics, revocations);
  const ticker = startEngineTicker(engine, {
    periodMs: settings.tickMs,
    metrics,
    onError: (err) => logger.error({ err }, 'engine tick failed'),
  });
  const subjects = createSubjects(config.subjectPrefix, config.streamName);
  const responder = startPacketResponder(deps.nc, subjects.packets(config.gatewayId), engine, { observer });
  logger.info(
    {
      url: gateway.url,
      packets: responder.subject,
      audit: settings.audit,
      sweepDelayMs: settings.dirtySweepDelayMs,
    },
    'gateway engine wired',
  );
  return {
    gateway,
    engine,
    sink,
    metrics,
    responder,
    url: gateway.url,
    ticker,
    stop: async () => {
      ticker.stop();
      await responder.stop();
      await gateway.stop();
    },
  };
}

/** The engine as the console sees it: config edits are counted by trigger on their way through. */
function observeConfigEdits(engine: EngineApi, onApplied: (report: ConfigApplyReport) => void): EngineApi {
  return Object.create(engine, {
    applyConfig: {
      value: (next: Parameters<EngineApi['applyConfig']>[0]) => {
        const report = engine.applyConfig(next);
        onApplied(report);
        return report;
      },
    },
  }) as EngineApi;
}
