// Shared set-up of the tag-sync benchmarks: local NATS and Redis, an isolated stream and key prefix, a
// snapshot responder over a fixed endpoint list, envelope encoding, and a gateway with an observer.
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { createSubjects, ztna, type Subjects } from '@ztna/proto';
import { Cluster } from 'ioredis';
import { connect, type NatsConnection } from 'nats';
import { pino } from 'pino';
import {
  connectRedis,
  createGateway,
  defaultConfig,
  type Gateway,
  type RedisClient,
  type TagSyncObserver,
} from '@ztna/gateway';
import { silentObserver } from '@ztna/gateway/testing';
import { createStream, deleteKeys, deleteStream } from '../test/integration/tagsync-fixture.js';
import { cpuLoopMs } from './baselines.js';

export const SERIAL = 'FCTEMS0000000001';
export const INCARNATION = 'bench';

export interface Kit {
  nc: NatsConnection;
  /** A single Redis here; the cluster bench gives a Redis Cluster client. */
  redis: RedisClient;
  subjects: Subjects;
  keyPrefix: string;
  close(): Promise<void>;
}

/** Where a kit runs: default the local servers (NATS_URL / REDIS_URL), the stream R1. */
export interface KitTarget {
  /** Comma-separated NATS URLs. */
  readonly natsUrl?: string;
  /** A Redis URL or Redis Cluster seeds (see `connectRedis`). */
  readonly redisUrl?: string;
  readonly replicas?: number;
}

export async function openKit(target: KitTarget = {}): Promise<Kit> {
  const id = `b${randomUUID().replaceAll('-', '').slice(0, 8)}`;
  const natsUrl = target.natsUrl ?? process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
  const nc = await connect({ servers: natsUrl.split(','), maxReconnectAttempts: -1 });
  const redis = await connectRedis(target.redisUrl ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const subjects = createSubjects(`${id}.ztna`, `EV_${id}`);
  await createStream(nc, subjects, target.replicas);
  const keyPrefix = `bench-${id}`;
  return {
    nc,
    redis,
    subjects,
    keyPrefix,
    close: async () => {
      await deleteStream(nc, subjects);
      // SCAN asks one node: on a cluster, every master in turn (the keys live on the one owning {bench}).
      for (const node of redis instanceof Cluster ? redis.nodes('master') : [redis]) {
        await deleteKeys(node, keyPrefix);
      }
      redis.disconnect();
      await nc.close();
    },
  };
}

/** Answers paged snapshot requests with `endpoints` taken at `seq`. */
export function respondSnapshots(kit: Kit, endpoints: ztna.v1.IEndpoint[], seq: number): void {
  const sorted = [...endpoints].sort((a, b) => (a.uid! < b.uid! ? -1 : 1));
  kit.nc.subscribe(kit.subjects.snapshot(1), {
    callback: (_err, msg) => {
      const req = ztna.v1.SnapshotRequest.decode(msg.data);
      const size = Math.min(req.pageSize || 1000, 5000);
      const page = sorted.slice(req.page * size, (req.page + 1) * size);
      const reply = ztna.v1.Snapshot.encode({
        emsId: 1,
        emsSerial: SERIAL,
        incarnation: INCARNATION,
        seq,
        takenAtMs: 1,
        snapshotId: 'snap',
        page: req.page,
        more: (req.page + 1) * size < sorted.length,
        totalEndpoints: sorted.length,
        endpoints: page,
      }).finish();
      msg.respond(reply);
    },
  });
}

export const endpoint = (i: number, tags: string[]): ztna.v1.IEndpoint => ({
  uid: `EP${i}`,
  ips: [`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`],
  macs: [
    `02:00:00:${((i >> 16) & 255).toString(16).padStart(2, '0')}:${((i >> 8) & 255).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}`,
  ],
  online: true,
  registered: true,
  ztnaTags: tags,
});

/** Encodes event `seq` of the bench EMS. */
export function envelope(
  seq: number,
  event: Partial<ztna.v1.IEnvelope>,
  emittedAtMs = Date.now(),
): Uint8Array {
  return ztna.v1.Envelope.encode({
    emsId: 1,
    emsSerial: SERIAL,
    incarnation: INCARNATION,
    seq,
    emittedAtMs,
    ...event,
  }).finish();
}

export async function startGateway(
  kit: Kit,
  observer: Partial<TagSyncObserver>,
  batchSize = 1000,
): Promise<Gateway> {
  return createGateway(
    {
      nc: kit.nc,
      redis: kit.redis,
      logger: pino({ level: 'warn' }),
      observer: { ...silentObserver, ...observer },
    },
    {
      ...defaultConfig,
      // BENCH_FEED=off runs without the event feed (as before it existed), for paired comparisons.
      feed: process.env.BENCH_FEED !== 'off',
      gatewayId: 'bench',
      connectors: [{ id: 1, serial: SERIAL, name: 'ems1' }],
      subjectPrefix: kit.subjects.prefix,
      streamName: kit.subjects.stream,
      redisKeyPrefix: kit.keyPrefix,
      httpHost: '127.0.0.1',
      httpPort: 0,
      apiToken: undefined,
      reconcileIntervalMs: 0,
      outOfSyncThresholdS: 180,
      outOfSyncPolicy: 'keep',
      batchSize,
      snapshotTimeoutMs: 10_000,
    },
  );
}

/** Resolves once `done()` is true, polling every 5 ms; rejects after `timeoutMs`. */
export async function until(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`bench: ${what} not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** Machine load while a figure was taken: load average and a fixed CPU loop (≈70 ms on an idle core). */
export function machineNote(): string {
  return `machine: loadavg ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${cpus().length} CPUs, 1e8-add loop ${cpuLoopMs().toFixed(0)} ms`;
}

/** CPU seconds used so far by this process and by the Redis server (INFO cpu). */
export async function cpuSeconds(kit: Kit): Promise<{ node: number; redis: number }> {
  const usage = process.cpuUsage();
  const info = await kit.redis.info('cpu');
  const field = (name: string): number => Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return { node: (usage.user + usage.system) / 1e6, redis: field('used_cpu_user') + field('used_cpu_sys') };
}

/** `CPU: node X s, redis Y s` between two readings, with `per` units per node CPU second. */
export function cpuNote(
  from: { node: number; redis: number },
  to: { node: number; redis: number },
  units: number,
  what: string,
): string {
  const node = to.node - from.node;
  const redis = to.redis - from.redis;
  return `CPU used: gateway process ${node.toFixed(2)} s, redis-server ${redis.toFixed(2)} s -> ${Math.round(units / node)} ${what} per gateway CPU-second`;
}
