import { randomBytes } from 'node:crypto';
import type { NatsConnection } from 'nats';
import { clockControl, sleep, systemClock, type Clock, type ClockControl } from '@ztna/service-kit';
import type { Logger } from 'pino';
import { EmsError } from './errors.js';
import { resolveConfig, type EmsMockConfig, type EmsMockOptions } from './config.js';
import { EmsDomain, type EmsState, type EventSink } from './domain/ems-domain.js';
import { FaultInjector, NO_FAULTS, type FaultSettings } from './faults/fault-injector.js';
import { startChurn, type ChurnOptions } from './churn/churn-runner.js';
import { startHttpServer, type HttpServer } from './http/http-server.js';
import { EmsMetrics } from './metrics/ems-metrics.js';
import { EventPipeline } from './nats/event-pipeline.js';
import { ensureEventStream, streamReady } from './nats/event-stream.js';
import { startHeartbeat } from './nats/heartbeat-publisher.js';
import { JetStreamPublisher } from './nats/jetstream-publisher.js';
import { SnapshotResponder } from './nats/snapshot-responder.js';
import type { RunContext, StartedRun } from './runs/run-context.js';
import { RunTracker, type RunView } from './runs/run-tracker.js';
import { checkScenarioUids } from './scenarios/scenario-check.js';
import type { ScenarioDoc } from './scenarios/scenario-schema.js';
import { parseScenario, startScenario } from './scenarios/scenario-runner.js';

export interface EmsMockDeps {
  nc: NatsConnection;
  logger: Logger;
  /**
   * Time of the mock: `emitted_at_ms`, run times and pacing, snapshot expiry, publish delays, ack
   * timeouts and retry backoff (default systemClock). Shutdown deadlines stay on wall time.
   */
  clock?: Clock;
  /** Called with each publish-to-ack latency in ms (benchmarks). */
  onPublishAck?: (latencyMs: number) => void;
}

export interface EmsMock {
  readonly config: Readonly<EmsMockConfig>;
  readonly domain: EmsDomain;
  readonly metrics: EmsMetrics;
  readonly incarnation: string;
  readonly seq: number;
  /** `http://host:port` when the HTTP API was started. */
  readonly httpAddress: string | undefined;
  /** Events produced and not yet acked by JetStream. */
  readonly unacked: number;
  state(): EmsState;
  /** Incarnation, seq, events not yet acked and the publisher faults injected so far (by fault). */
  status(): Promise<EmsStatus>;
  /** Resolves when every produced event is published and acked by JetStream. */
  flush(): Promise<void>;
  /** Runs seeded churn to its end (events flushed); rejects on invalid options or another active run. */
  runChurn(options: ChurnOptions): Promise<RunView>;
  startChurn(options: ChurnOptions): StartedRun;
  /** Runs a scenario (YAML/JSON text or object) to its end; rejects when it does not validate. */
  runScenario(doc: unknown): Promise<RunView>;
  startScenario(doc: unknown): StartedRun;
  run(id: string): RunView;
  /**
   * The run once it has ended, or its current state after `waitMs` of real time (0 = at once);
   * EMS_ERR_NOT_FOUND when unknown.
   */
  waitRun(id: string, waitMs: number): Promise<RunView>;
  /** The mock's clock: `advance(ms)` when it is manual (runs due churn/scenario steps, publishes). */
  readonly clock: ClockControl;
  runs(): RunView[];
  /** Stops a running run at its next operation (it ends as "cancelled"); EMS_ERR_NOT_FOUND when unknown. */
  cancelRun(id: string): RunView;
  readonly faults: Readonly<FaultSettings>;
  /** Replaces the publisher-side faults (missing fields are 0; seed default 1) and releases held events. */
  setFaults(settings: Partial<FaultSettings>): Readonly<FaultSettings>;
  /** Removes every endpoint (events), or starts a new incarnation with no events; faults go off. */
  reset(options?: {
    newIncarnation?: boolean;
  }): Promise<{ removed: number; incarnation: string; seq: number }>;
  /**
   * NATS connected, the stream answering, and JetStream taking the events (`publishing`; when it
   * refuses them, `reason` says why, e.g. `jetstream: maximum bytes exceeded (503)`).
   */
  readiness(): Promise<{ nats: boolean; stream: boolean; publishing: boolean; reason?: string }>;
  /** Flushes (at most 10 s), closes HTTP, stops the snapshot responder; leaves `nc` open. */
  stop(): Promise<void>;
}

/** What `status()` and `GET /api/v1/status` answer. */
export interface EmsStatus {
  emsId: number;
  serial: string;
  incarnation: string;
  seq: number;
  unacked: number;
  faultsInjected: Record<'drop' | 'duplicate' | 'reorder' | 'delay', number>;
}

const STOP_FLUSH_MS = 10_000;

const newIncarnation = (): string => randomBytes(8).toString('hex');

/**
 * Starts one EMS mock: ensures the event stream, starts the publisher and the snapshot responder, and
 * the HTTP admin API when `httpPort` is set (0 = random). The incarnation is new at every start.
 */
export async function createEmsMock(deps: EmsMockDeps, options: EmsMockOptions): Promise<EmsMock> {
  const config = resolveConfig(options);
  const clock = deps.clock ?? systemClock;
  const now = (): number => clock.now();
  const logger = deps.logger.child({ emsId: config.emsId });
  const jsm = await deps.nc.jetstreamManager();
  const stream = {
    subjects: config.subjects,
    duplicateWindowMs: config.duplicateWindowMs,
    replicas: config.streamReplicas,
    maxBytes: config.streamMaxBytes,
    maxAgeMs: config.streamMaxAgeMs,
    discard: config.streamDiscard,
  };
  await ensureEventStream(jsm, stream);

  let lastEnsure = 0;
  let active: StartedRun | undefined;
  const running = new Map<string, Promise<RunView>>();
  const track = (run: StartedRun): StartedRun => {
    active = run;
    running.set(run.id, run.done);
    void run.done.then(() => running.delete(run.id));
    return run;
  };
  const metrics = new EmsMetrics(config.emsId, () => pub.unacked);
  const pub: JetStreamPublisher = new JetStreamPublisher(
    deps.nc,
    {
      window: config.publishWindow,
      timeoutMs: config.publishTimeoutMs,
      retryMinMs: config.retryMinMs,
      retryMaxMs: config.retryMaxMs,
      clock,
    },
    metrics,
    logger.child({ part: 'publisher' }),
    deps.onPublishAck,
    () => {
      if (clock.now() - lastEnsure < config.retryMaxMs) return;
      lastEnsure = clock.now();
      ensureEventStream(jsm, stream).then(
        (did) =>
          did === 'created'
            ? logger.warn({ stream: config.subjects.stream }, 'event stream was missing: created again')
            : logger.info({ stream: config.subjects.stream, did }, 'event stream present (publish retried)'),
        (err: unknown) => logger.error({ err }, 'event stream not reachable'),
      );
    },
  );
  const faults = new FaultInjector();
  const pipeline = new EventPipeline(config.subjects, pub, faults, metrics);
  const tracker = new RunTracker(now, () => pub.refused);
  const identity = { emsId: config.emsId, serial: config.serial, tenant: config.tenant };
  const sink: EventSink = {
    emit: (envelope, kind, uid) => {
      tracker.count(kind, envelope.seq as number);
      pipeline.emit(envelope, kind, uid);
    },
  };
  const domain = new EmsDomain(identity, newIncarnation(), sink, now);
  const snapshots = new SnapshotResponder(
    deps.nc,
    domain,
    config.tenant,
    {
      subject: config.subjects.snapshot(config.emsId),
      pageSize: config.snapshotPageSize,
      maxPageSize: config.snapshotMaxPageSize,
      ttlMs: config.snapshotTtlMs,
    },
    logger.child({ part: 'snapshot' }),
    now,
  );
  const heartbeat = startHeartbeat(
    deps.nc,
    config.subjects.heartbeat(config.emsId),
    {
      emsId: config.emsId,
      serial: config.serial,
      get incarnation() {
        return domain.incarnation;
      },
      get seq() {
        return domain.seq;
      },
      get publishing() {
        return pub.refused === undefined;
      },
    },
    { intervalMs: config.heartbeatIntervalMs, clock: now },
  );
  const ctx: RunContext = {
    domain,
    tracker,
    clock,
    logger: logger.child({ part: 'runs' }),
    flush: () => pipeline.flush(),
    waitForRoom: () => pub.waitForRoom(config.maxQueued),
  };

  /** A scenario validated completely, unknown uids included, before anything of it runs. */
  const checkedScenario = (input: unknown): ScenarioDoc => {
    const doc = parseScenario(input);
    checkScenarioUids(doc, (uid) => domain.has(uid));
    return doc;
  };

  const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  /** After a step of manual time: the run's continuation runs and its events are acked. */
  const idle = async (): Promise<void> => {
    await settle();
    // Publishes held back by a delay fault wait for manual time themselves: do not wait for them here.
    if (faults.settings.delay === 0) {
      const bound = new AbortController();
      await Promise.race([
        pipeline.flush(),
        sleep(systemClock, config.publishTimeoutMs, bound.signal, { ref: false }).catch(() => undefined),
      ]);
      bound.abort();
    }
    await settle();
  };

  const mock: EmsMock = {
    config,
    domain,
    metrics,
    get incarnation() {
      return domain.incarnation;
    },
    get seq() {
      return domain.seq;
    },
    get unacked() {
      return pub.unacked;
    },
    httpAddress: undefined,
    state: () => domain.state(),
    status: async () => {
      const injected = { drop: 0, duplicate: 0, reorder: 0, delay: 0 };
      for (const v of (await metrics.faults.get()).values) {
        const fault = v.labels.fault as keyof typeof injected;
        if (fault in injected) injected[fault] += v.value;
      }
      return {
        emsId: config.emsId,
        serial: config.serial,
        incarnation: domain.incarnation,
        seq: domain.seq,
        unacked: pub.unacked,
        faultsInjected: injected,
      };
    },
    flush: () => pipeline.flush(),
    startChurn: (o) => track(startChurn(ctx, o)),
    runChurn: async (o) => track(startChurn(ctx, o)).done,
    startScenario: (doc) => track(startScenario(ctx, checkedScenario(doc))),
    runScenario: async (doc) => track(startScenario(ctx, checkedScenario(doc))).done,
    run: (id) => tracker.get(id),
    waitRun: async (id, waitMs) => {
      const view = tracker.get(id);
      const done = running.get(id);
      if (view.status !== 'running' || !done || waitMs <= 0) return view;
      const deadline = new AbortController();
      await Promise.race([
        done,
        sleep(systemClock, waitMs, deadline.signal, { ref: false }).catch(() => undefined),
      ]);
      deadline.abort();
      return tracker.get(id);
    },
    clock: clockControl(clock, idle),
    runs: () => tracker.list(),
    cancelRun: (id) => tracker.cancel(id),
    get faults() {
      return faults.settings;
    },
    setFaults: (settings) => {
      faults.configure({ ...NO_FAULTS, ...settings });
      // Events held back by reorder or delay go out now, so turning faults off leaves nothing behind.
      pipeline.releaseHeld();
      pub.releaseDelayed();
      logger.warn(
        { faults: faults.settings },
        faults.active ? 'publisher faults on' : 'publisher faults off',
      );
      return faults.settings;
    },
    reset: async (o = {}) => {
      faults.configure(NO_FAULTS);
      let removed = 0;
      if (o.newIncarnation) {
        removed = domain.size;
        domain.restart(newIncarnation());
      } else {
        removed = domain.removeAll();
      }
      await pipeline.flush();
      logger.info({ removed, incarnation: domain.incarnation, seq: domain.seq }, 'reset');
      return { removed, incarnation: domain.incarnation, seq: domain.seq };
    },
    readiness: async () => {
      const nats = !deps.nc.isClosed() && pub.isConnected;
      const stream = nats && (await streamReady(jsm, config.subjects.stream));
      const refused = pub.refused;
      return { nats, stream, publishing: nats && !refused, ...(refused && { reason: refused.reason }) };
    },
    stop: async () => {
      await http?.close();
      if (active && tracker.activeId === active.id) {
        tracker.cancel(active.id);
        await Promise.race([active.done, sleep(systemClock, STOP_FLUSH_MS, undefined, { ref: false })]);
      }
      heartbeat.stop();
      snapshots.stop();
      pipeline.releaseHeld();
      await pub.stop(STOP_FLUSH_MS);
    },
  };
  let http: HttpServer | undefined;
  if (config.httpPort !== undefined) {
    try {
      http = await startHttpServer(mock, config, logger.child({ part: 'http' }));
    } catch (err) {
      await mock.stop();
      throw new EmsError(
        'EMS_ERR_CONFIG',
        `HTTP API on ${config.httpHost}:${config.httpPort}: ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    }
    Object.defineProperty(mock, 'httpAddress', { value: http.address });
  }
  logger.info(
    { incarnation: domain.incarnation, stream: config.subjects.stream, http: mock.httpAddress },
    'EMS mock started',
  );
  return mock;
}
