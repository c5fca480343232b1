import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSubjects } from '@ztna/proto';
import { createEmsMock, type EmsMock } from '@ztna/ems-mock';
import { startNats, startRedis, type ServerHandle } from '@ztna/test';
import { Redis } from 'ioredis';
import { connect } from 'nats';
import { pino } from 'pino';
import type { ChaosGateway, ChaosStack, RetiredIncarnation } from './chaos-stack.js';
import { emsSerial, firewallConfig } from './firewall-config.js';
import { GatewayClient } from './gateway-client.js';
import { LocalEms } from './local-ems.js';
import type { ChaosOptions } from './options.js';

/**
 * `max_bytes` of a run's event stream (shared by its EMS): room for every event of the run (~400 bytes each stored at most,
 * a minute of slack) and never under the EMS mock's default 1 GiB.
 */
export const streamBytesFor = (o: ChaosOptions): number =>
  Math.max(1024 ** 3, Math.ceil(o.rate * o.ems * (o.durationMs / 1000 + 60) * 400));
const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const CHILD = fileURLToPath(new URL('./gateway-child.ts', import.meta.url));

/** One gateway child process; `client` talks to its HTTP API. */
export interface GatewayProc extends ChaosGateway {
  child: ChildProcess;
  client: GatewayClient;
  startedAt: number;
  /** Set by the runner right before it kills the process on purpose. */
  killing: boolean;
  readonly crashes: { at: number; code: number | null; signal: string | null }[];
}

/** NATS and Redis (with fault controls), the EMS mocks in this process, the gateways as child processes. */
export interface LocalStack extends ChaosStack {
  readonly nats: ServerHandle;
  readonly redis: ServerHandle;
  readonly ems: LocalEms[];
  readonly gateways: GatewayProc[];
}

const emsLogger = pino({ level: process.env.CHAOS_LOG_LEVEL ?? 'silent' });

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
  const ems = (await Promise.all(Array.from({ length: options.ems }, (_, i) => newEms(i + 1)))).map(
    (mock) => new LocalEms(mock),
  );
  const incarnations: RetiredIncarnation[] = [];

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
    target: 'local',
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
      const handle = ems[index]!;
      const retired = await handle.retire();
      handle.replace(await newEms(handle.emsId));
      incarnations.push(retired);
    },
    stopEms: async () => {
      const retired = [];
      for (const handle of ems) retired.push(await handle.retire());
      ems.length = 0;
      incarnations.push(...retired);
    },
    processes: () => [
      { name: 'runner (EMS mocks)', rssMb: process.memoryUsage().rss / 2 ** 20 },
      ...gateways.map((gw) => ({ name: gw.id, rssMb: rssMb(gw.child.pid) })),
    ],
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
