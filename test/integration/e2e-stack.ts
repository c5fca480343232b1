import { ztna, type Subjects } from '@ztna/proto';
import { createEmsMock, type EmsMock } from '@ztna/ems-mock';
import { testSubjects, uniqueId, waitFor } from '@ztna/test';
import { Redis } from 'ioredis';
import { connect, type NatsConnection } from 'nats';
import { pino, type Logger } from 'pino';
import {
  createGateway,
  defaultConfig,
  parseConfigText,
  SAMPLE_CONFIG_PATH,
  type Gateway,
  type GatewayAppConfig,
} from '@ztna/gateway';
import { readFileSync } from 'node:fs';

export const EMS_SERIAL = 'FCTEMS8822000001';

export interface StackOptions {
  natsUrl: string;
  redisUrl: string;
  /** Background sweep delay of dirty sessions, ms (default 60 000: tests use the next-packet path). */
  dirtySweepDelayMs?: number;
  audit?: boolean;
  /** Root logger of the EMS mock and the gateway (default: silent). */
  logger?: Logger;
  /** The gateway event feed (default on). */
  feed?: boolean;
}

export interface JsonReply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** EMS mock and gateway in-process on real NATS and Redis, isolated by subject and key prefix. */
export interface Stack {
  readonly ems: EmsMock;
  readonly service: Gateway;
  /** The config the gateway was started with (restart a gateway on the same id and namespace). */
  readonly config: GatewayAppConfig;
  readonly nc: NatsConnection;
  readonly packetsSubject: string;
  emsApi(method: string, path: string, body?: unknown): Promise<JsonReply>;
  gwApi(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<JsonReply>;
  /** Runs console text (own console session per stack) and returns what it printed. */
  cli(text: string): Promise<string>;
  /** Waits (via /api/v1/sync/wait) until the gateway engine has processed EMS seq `seq`. */
  synced(seq: number): Promise<void>;
  ssh(
    flags: string[],
    reply?: boolean,
  ): Promise<{ action: string; reason: string; policyId: number; session?: number }>;
  close(): Promise<void>;
}

const call = async (
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<JsonReply> => {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text === '' ? null : JSON.parse(text) };
};

/** The gateway of a stack: the sample config, EMS 1 with serial EMS_SERIAL, events on `subjects`. */
export async function startStackGateway(
  deps: { nc: NatsConnection; redis: Redis; logger: Logger },
  subjects: Subjects,
  options: Pick<StackOptions, 'audit' | 'dirtySweepDelayMs' | 'feed'>,
): Promise<{ service: Gateway; config: GatewayAppConfig }> {
  const config: GatewayAppConfig = {
    ...defaultConfig,
    gatewayId: uniqueId('gw'),
    connectors: [{ id: 1, serial: EMS_SERIAL, name: 'ems1' }],
    subjectPrefix: subjects.prefix,
    streamName: subjects.stream,
    redisKeyPrefix: uniqueId('e2e'),
    httpHost: '127.0.0.1',
    httpPort: 0,
    apiToken: undefined,
    reconcileIntervalMs: 0,
    outOfSyncThresholdS: 180,
    outOfSyncPolicy: 'keep',
    batchSize: 1000,
    snapshotTimeoutMs: 5000,
    firewall: parseConfigText(readFileSync(SAMPLE_CONFIG_PATH, 'utf8')),
    audit: options.audit ?? false,
    dirtySweepDelayMs: options.dirtySweepDelayMs ?? 60_000,
    tickMs: 20,
    feed: options.feed ?? true,
    feedStreamName: `${subjects.stream}_GW`,
  };
  const service = await createGateway(deps, config);
  return { service, config };
}

/** Starts the stack with the sample config (seed-1 topology, hostname FW-FGT-VM). */
export async function startStack(options: StackOptions): Promise<Stack> {
  const subjects = testSubjects();
  const logger = options.logger ?? pino({ level: 'silent' });
  const nc = await connect({ servers: options.natsUrl });
  const redis = new Redis(options.redisUrl);
  const ems = await createEmsMock({ nc, logger }, { emsId: 1, serial: EMS_SERIAL, subjects, httpPort: 0 });
  const { service, config } = await startStackGateway({ nc, redis, logger }, subjects, options);
  const consoleSession = uniqueId('c');
  let closing: Promise<void> | undefined;
  const close = async (): Promise<void> => {
    await service.stop();
    await ems.stop();
    const jsm = await nc.jetstreamManager();
    await jsm.streams.delete(subjects.stream).catch(() => undefined);
    await jsm.streams.delete(config.feedStreamName).catch(() => undefined);
    const keys = await redis.keys(`${config.redisKeyPrefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await nc.close();
  };
  const stack: Stack = {
    ems,
    service,
    config,
    nc,
    packetsSubject: subjects.packets(config.gatewayId),
    emsApi: (method, path, body) => call(ems.httpAddress!, method, path, body),
    gwApi: (method, path, body, headers) => call(service.url, method, path, body, headers),
    cli: async (text) => {
      const r = await call(
        service.url,
        'POST',
        '/api/v1/cli',
        { command: text },
        { 'x-console-session': consoleSession },
      );
      if (r.status !== 200) throw new Error(`cli ${text}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.output as string;
    },
    synced: async (seq) => {
      const r = await call(service.url, 'GET', `/api/v1/sync/wait?ems=1&seq=${seq}&timeoutMs=15000`);
      if (r.status !== 200) throw new Error(`sync wait seq ${seq}: ${r.status} ${JSON.stringify(r.body)}`);
    },
    ssh: async (flags, reply = false) => {
      const p = reply
        ? { proto: 'tcp', src: '192.168.12.99', sport: 22, dst: '192.168.30.108', dport: 54225, flags }
        : { proto: 'tcp', src: '192.168.30.108', sport: 54225, dst: '192.168.12.99', dport: 22, flags };
      const r = await call(service.url, 'POST', '/api/v1/packets', { packets: [p] });
      if (r.status !== 200) throw new Error(`packets: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.verdicts[0];
    },
    close: () => (closing ??= close()),
  };
  await waitFor(() => service.ready(), { timeoutMs: 15_000, what: 'gateway ready' });
  return stack;
}

/** Registers the four seed-1 endpoints tagged APP_SERVERS; returns the EMS seq after the last one. */
export async function seedEndpoints(stack: Stack): Promise<number> {
  let seq = 0;
  for (const last of [47, 35, 108, 126]) {
    const r = await stack.emsApi('POST', '/api/v1/endpoints', {
      uid: `EP${last}`,
      hostname: `host-${last}`,
      user: `user${last}`,
      ips: [`192.168.30.${last}`],
      tags: ['APP_SERVERS'],
      online: true,
    });
    if (r.status >= 300) throw new Error(`EMS endpoint: ${r.status} ${JSON.stringify(r.body)}`);
    seq = r.body.seq as number;
  }
  return seq;
}

/** Detaches APP_SERVERS from 192.168.30.108 at the EMS API; returns the EMS seq of the event. */
export async function detachSeedTag(stack: Stack): Promise<number> {
  const r = await stack.emsApi('DELETE', '/api/v1/endpoints/EP108/tags/APP_SERVERS');
  if (r.status >= 300) throw new Error(`EMS detach: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.seq as number;
}

/** Sends a protobuf packet batch on the gateway's NATS subject and decodes the verdicts. */
export async function natsPackets(stack: Stack, packets: ztna.v1.IPacket[]): Promise<ztna.v1.VerdictBatch> {
  const data = ztna.v1.PacketBatch.encode({ packets }).finish();
  const msg = await stack.nc.request(stack.packetsSubject, data, { timeout: 5000 });
  return ztna.v1.VerdictBatch.decode(msg.data);
}

export function entryState(list: string): string | undefined {
  return /^state=(.*)$/m.exec(list)?.[1];
}
