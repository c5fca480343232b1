import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSubjects, type Subjects } from '@ztna/proto';
import { createEmsMock, type EmsMock } from '@ztna/ems-mock';
import { startNats, startRedis, waitFor, type ServerHandle } from '@ztna/test';
import { Redis } from 'ioredis';
import { connect, type NatsConnection } from 'nats';
import { pino } from 'pino';
import { emsSerial, firewallConfig } from './firewall-config.js';
import { GatewayClient } from './gateway-client.js';
import type { ChaosOptions } from './options.js';

/**
 * `max_bytes` of a run's event stream (shared by its EMS): room for every event of the run (~400 bytes each stored at most,
 * a minute of slack) and never under the EMS mock's default 1 GiB.
 */
const streamBytesFor = (o: ChaosOptions): number =>
  Math.max(1024 ** 3, Math.ceil(o.rate * o.ems * (o.durationMs / 1000 + 60) * 400));
const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const CHILD = fileURLToPath(new URL('./gateway-child.ts', import.meta.url));

/** One gateway child process; `client` talks to its HTTP API. */
export interface GatewayProc {
  readonly id: string;
  /** `dyn-addr-session-check` of this gateway. */
  readonly dynAddrSessionCheck: boolean;
  child: ChildProcess;
  client: GatewayClient;
  /** Start of the current process (epoch ms). */
  startedAt: number;
  /** Set by the runner right before it kills the process on purpose. */
  killing: boolean;
  /** Exits the runner did not ask for: code/signal and when. */
  readonly crashes: { at: number; code: number | null; signal: string | null }[];
}

/** NATS and Redis (with fault controls), the EMS mocks in this process, the gateways as child processes. */
export interface LocalStack {
  readonly nats: ServerHandle;
  readonly redis: ServerHandle;
  readonly subjects: Subjects;
  readonly keyPrefix: string;
  /** Bypasses the fault proxy: for judging, never for the system under test. */
  readonly directRedis: Redis;
  readonly directNats: NatsConnection;
  readonly ems: EmsMock[];
  readonly gateways: GatewayProc[];
  /** Every incarnation each EMS has had, with its final seq (updated by restartEms and at the end). */
  readonly incarnations: {
    emsId: number;
    incarnation: string;
    seq: number;
    dropped: number;
    duplicated: number;
  }[];
  restartEms(index: number): Promise<void>;
  killGateway(index: number): Promise<void>;
  startGateway(index: number): Promise<void>;
  /** Stops every EMS mock (flushing its events) and records its last incarnation. */
  stopEms(): Promise<void>;
  close(): Promise<void>;
}

const emsLogger = pino({ level: process.env.CHAOS_LOG_LEVEL ?? 'silent' });

/** Counts of one publisher fault of an EMS mock so far (prom-client counter). */
async function faultCount(mock: EmsMock, fault: string): Promise<number> {
  const values = (await mock.metrics.faults.get()).values;
  return values.filter((v) => v.labels.fault === fault).reduce((sum, v) => sum + v.value, 0);
}

/** Starts the local target: servers the way the tests start them, `options.ems` mocks, `options.gateways` gateways. */
export async function startLocalStack(options: ChaosOptions, breaks: readonly string[]): Promise<LocalStack> {
  const [nats, redis] = await Promise.all([startNats({ mode: 'local' }), startRedis({ mode: 'local' })]);
  const id = `c${Date.now().toString(36)}`;
  const subjects = createSubjects(`${id}.ztna`, `EV_${id}`);
  const keyPrefix = `chaos-${id}`;
  const nc = await connect({
    servers: nats.url,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    name: 'chaos-ems',
  });
  const directNats = await connect({
    servers: nats.directUrl,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
  });
  const directRedis = new Redis(redis.directUrl, { maxRetriesPerRequest: 1 });
  directRedis.on('error', () => undefined);
  const logDir = join(options.reportDir, 'logs');
  mkdirSync(logDir, { recursive: true });

  const newEms = (emsId: number): Promise<EmsMock> =>
    // Gateways resync after most faults; with the default 60 s retention of frozen snapshots the EMS's
    // limit of 4 copies refuses resyncs ("busy") for up to a minute, so the runner keeps them 5 s.
    createEmsMock(
      { nc, logger: emsLogger },
      {
        emsId,
        serial: emsSerial(emsId),
        subjects,
        snapshotTtlMs: 5_000,
        // The exactly-once invariant counts the stream's messages against what the EMS produced, so the
        // run's stream keeps all of them: with the default 1 GiB (discard old) a 30-minute run at 5,000
        // events/s lost its oldest ~3.3 million events to the limit and the count no longer matched.
        // JetStream reserves max_bytes up front, so the limit is sized to the run, not set to the maximum.
        streamMaxBytes: streamBytesFor(options),
      },
    );
  const ems = await Promise.all(Array.from({ length: options.ems }, (_, i) => newEms(i + 1)));
  const incarnations: LocalStack['incarnations'] = [];
  const retire = async (mock: EmsMock): Promise<LocalStack['incarnations'][number]> => ({
    emsId: mock.config.emsId,
    incarnation: mock.incarnation,
    seq: mock.seq,
    dropped: await faultCount(mock, 'drop'),
    duplicated: await faultCount(mock, 'duplicate'),
  });

  const gateways: GatewayProc[] = Array.from({ length: options.gateways }, (_, i) => {
    const dynAddrSessionCheck = i % 2 === 0;
    const configPath = join(logDir, `gw${i + 1}.conf`);
    writeFileSync(configPath, firewallConfig({ ems: options.ems, dynAddrSessionCheck }));
    return {
      id: `gw${i + 1}`,
      dynAddrSessionCheck,
      child: undefined as unknown as ChildProcess,
      client: new GatewayClient('http://127.0.0.1:0'),
      startedAt: 0,
      killing: false,
      crashes: [],
    };
  });

  const startGateway = async (index: number): Promise<void> => {
    const gw = gateways[index]!;
    const log = createWriteStream(join(logDir, `${gw.id}.log`), { flags: 'a' });
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', CHILD], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: {
        ...process.env,
        GATEWAY_ID: gw.id,
        NATS_URL: nats.url,
        REDIS_URL: redis.url,
        SUBJECT_PREFIX: subjects.prefix,
        STREAM_NAME: subjects.stream,
        REDIS_KEY_PREFIX: keyPrefix,
        GATEWAY_HTTP_HOST: '127.0.0.1',
        GATEWAY_HTTP_PORT: '0',
        GATEWAY_CONFIG: join(logDir, `${gw.id}.conf`),
        DIRTY_SWEEP_DELAY_MS: String(options.sweepDelayMs),
        LOG_LEVEL: process.env.CHAOS_GATEWAY_LOG_LEVEL ?? 'warn',
        CHAOS_BREAK: breaks.join(','),
      },
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${gw.id} did not start within 60 s (see ${log.path})`)),
        60_000,
      );
      child.once('message', (m: { url?: string }) => {
        clearTimeout(timer);
        if (m.url) resolveUrl(m.url);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${gw.id} exited with ${code} while starting (see ${log.path})`));
      });
    });
    child.on('exit', (code, signal) => {
      if (!gw.killing) gw.crashes.push({ at: Date.now(), code, signal });
    });
    gw.child = child;
    gw.client = new GatewayClient(url);
    gw.startedAt = Date.now();
    gw.killing = false;
  };

  const killGateway = async (index: number): Promise<void> => {
    const gw = gateways[index]!;
    if (gw.child.exitCode !== null || gw.child.signalCode !== null) return;
    gw.killing = true;
    const exited = new Promise((r) => gw.child.once('exit', r));
    gw.child.kill('SIGKILL');
    await exited;
  };

  await Promise.all(gateways.map((_, i) => startGateway(i)));
  return {
    nats,
    redis,
    subjects,
    keyPrefix,
    directRedis,
    directNats,
    ems,
    gateways,
    incarnations,
    startGateway,
    killGateway,
    // An EMS's events are counted once: while it runs through `ems`, once retired through `incarnations`
    // (the swap happens in one synchronous step).
    restartEms: async (index) => {
      const old = ems[index]!;
      await old.stop();
      const retired = await retire(old);
      const fresh = await newEms(old.config.emsId);
      ems[index] = fresh;
      incarnations.push(retired);
    },
    stopEms: async () => {
      const retired = [];
      for (const mock of ems) {
        await mock.stop();
        retired.push(await retire(mock));
      }
      ems.length = 0;
      incarnations.push(...retired);
    },
    close: async () => {
      await Promise.all(
        gateways.map(async (gw) => {
          gw.killing = true;
          if (gw.child.exitCode !== null || gw.child.signalCode !== null) return;
          const exited = new Promise((r) => gw.child.once('exit', r));
          gw.child.kill('SIGTERM');
          const timer = setTimeout(() => gw.child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(timer);
        }),
      );
      await nc.close();
      await directNats.close();
      directRedis.disconnect();
      await Promise.all([nats.close(), redis.close()]);
    },
  };
}

/** Resident set size of a process in MB (Linux /proc), undefined when it is gone. */
export function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Polls until every gateway answers its readiness probe. */
export async function gatewaysReady(stack: LocalStack, timeoutMs = 60_000): Promise<void> {
  await waitFor(
    async () => {
      for (const gw of stack.gateways) {
        const res = await fetch(`${gw.client.url}/readyz`, { signal: AbortSignal.timeout(2000) });
        if (res.status !== 200) return false;
      }
      return true;
    },
    { what: 'every gateway ready', timeoutMs, intervalMs: 100 },
  );
}
