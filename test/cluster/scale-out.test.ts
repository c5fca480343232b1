// Scale-out on real distributed engines: a 3-node NATS cluster with an R3 event stream, a Redis Cluster of
// 3 masters, 2 EMS mocks and 2 gateways in-process. Churn runs on both EMS while the stream leader's server
// is killed and gw1's hash slot migrates live; then the killed server comes back and gw2 restarts. At the
// end both gateways equal both EMS states in Redis and in the engine, and the stream holds exactly the
// EMS's events (JetStream dedupe held across the failover).
import { createEmsMock, type EmsMock } from '@ztna/ems-mock';
import { connectRedis, createGateway, gatewayKeys, type Gateway, type RedisClient } from '@ztna/gateway';
import {
  startNatsCluster,
  startRedisCluster,
  waitFor,
  type NatsCluster,
  type RedisCluster,
} from '@ztna/test';
import { connect, type NatsConnection } from 'nats';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedMembership, isolation, sorted, testConfig } from '../integration/tagsync-fixture.js';
import { clusterMembership, engineMembership } from './cluster-views.js';

const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
/** Churn per EMS: at most this many events, at this rate; cancelled once every fault is behind it. */
const MAX_EVENTS_PER_EMS = 6000;
const RATE = 60;
const CONNECTORS = [
  { id: 1, serial: 'FCTEMS0000000001', name: 'ems1' },
  { id: 2, serial: 'FCTEMS0000000002', name: 'ems2' },
];

describe('scale-out: NATS cluster (R3 stream), Redis Cluster, 2 EMS, 2 gateways', () => {
  let nats: NatsCluster;
  let redisCluster: RedisCluster;
  const iso = isolation();
  const connections: NatsConnection[] = [];
  const redisClients: RedisClient[] = [];
  const mocks: EmsMock[] = [];
  const gateways = new Map<string, Gateway>();
  let reader: RedisClient;

  const natsConnection = async (name: string): Promise<NatsConnection> => {
    const nc = await connect({
      servers: nats.url.split(','),
      name,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 200,
    });
    connections.push(nc);
    return nc;
  };

  /** A gateway whose Redis client was given `redisUrl` (one node: the cluster is detected). */
  const startGateway = async (gatewayId: string, redisUrl: string): Promise<Gateway> => {
    const redis = await connectRedis(redisUrl, { redisOptions: { maxRetriesPerRequest: 3 } });
    redis.on('error', () => undefined);
    redisClients.push(redis);
    const gateway = await createGateway(
      { nc: await natsConnection(gatewayId), redis, logger },
      testConfig(iso, {
        gatewayId,
        connectors: CONNECTORS,
        reconcileIntervalMs: 2000,
        snapshotTimeoutMs: 2000,
      }),
    );
    gateways.set(gatewayId, gateway);
    return gateway;
  };

  beforeAll(async () => {
    [nats, redisCluster] = await Promise.all([startNatsCluster(3), startRedisCluster(3)]);
    reader = await connectRedis(redisCluster.url);
    reader.on('error', () => undefined);
  });

  afterAll(async () => {
    for (const g of gateways.values()) await g.stop().catch(() => undefined);
    for (const m of mocks) await m.stop().catch(() => undefined);
    for (const nc of connections) await nc.close().catch(() => undefined);
    for (const r of [...redisClients, reader]) r?.disconnect();
    await Promise.all([nats?.close(), redisCluster?.close()]);
  });

  it('gateways wait for the event stream and say why they are not ready', async () => {
    const gw1Slot = await redisCluster.slotOf(gatewayKeys('gw1', iso.keyPrefix).revision);
    const owner = await redisCluster.ownerOf(gw1Slot);
    // gw1 is pointed at one node that does not own its slot: it must find the cluster and follow MOVED.
    const elsewhere = redisCluster.members.find((m) => m !== owner)!;
    const gw1 = await startGateway('gw1', elsewhere.url);
    await startGateway('gw2', redisCluster.url);
    const probe = await waitFor(
      async () => {
        const res = await fetch(`${gw1.url}/readyz`);
        const body = (await res.json()) as { reasons?: Record<string, string> };
        return res.status === 503 && body.reasons?.consumer ? body : undefined;
      },
      { what: 'gw1 /readyz naming the missing stream' },
    );
    expect(probe.reasons?.consumer).toMatch(/^event stream missing/);

    for (const c of CONNECTORS) {
      mocks.push(
        await createEmsMock(
          { nc: await natsConnection(c.name), logger },
          {
            emsId: c.id,
            serial: c.serial,
            subjects: iso.subjects,
            streamReplicas: 3,
            publishTimeoutMs: 2000,
          },
        ),
      );
    }
    const jsm = await connections[0]!.jetstreamManager();
    expect((await jsm.streams.info(iso.subjects.stream)).config.num_replicas).toBe(3);
    for (const g of gateways.values()) {
      await waitFor(() => g.ready(), { what: 'gateway ready once the stream exists', timeoutMs: 20_000 });
    }
  });

  it('converges through a stream leader kill, a live slot migration and restarts', async () => {
    const runs = mocks.map((m, i) =>
      m.startChurn({ seed: 1500 + i, rate: RATE, count: MAX_EVENTS_PER_EMS, endpoints: 60, tags: 5 }),
    );
    const gw1 = gateways.get('gw1')!;
    const progress = async (what: string): Promise<void> => {
      const from = gw1.tagSync.revision;
      await waitFor(() => gw1.tagSync.revision >= from + 3, { what, timeoutMs: 30_000 });
    };

    await progress('gw1 applying churn');
    const jsm = await connections[0]!.jetstreamManager();
    const leader = (await jsm.streams.info(iso.subjects.stream)).cluster?.leader;
    expect(leader).toMatch(/^n\d$/);
    const killed = nats.member(leader!);
    const seqAtKill = mocks[0]!.seq;
    await killed.kill();
    await waitFor(
      async () => {
        const info = await (await connections.at(-1)!.jetstreamManager()).streams.info(iso.subjects.stream);
        return info.cluster?.leader !== undefined && info.cluster.leader !== leader;
      },
      { what: 'a new stream leader', timeoutMs: 30_000, intervalMs: 200 },
    );
    await progress('gw1 applying churn under the new stream leader');

    const slot = await redisCluster.slotOf(gatewayKeys('gw1', iso.keyPrefix).revision);
    const owner = await redisCluster.ownerOf(slot);
    const target = redisCluster.members.find((m) => m !== owner)!;
    const seqAtMigration = mocks[0]!.seq;
    const moved = await redisCluster.migrateSlot(slot, target);
    expect(moved).toBeGreaterThan(0);
    expect(await redisCluster.ownerOf(slot)).toBe(target);
    await progress('gw1 applying churn after its slot moved');

    await killed.start();
    await gateways.get('gw2')!.stop();
    await startGateway('gw2', redisCluster.members[0]!.url);

    // Both faults and the restarts hit while the churn was producing: it went on after them all.
    await waitFor(() => mocks.every((m) => m.seq > seqAtMigration + 30), {
      what: 'churn going on after the restarts',
      timeoutMs: 30_000,
    });
    expect(seqAtKill).toBeLessThan(seqAtMigration);
    runs.forEach((run, i) => mocks[i]!.cancelRun(run.id));
    for (const run of runs) expect((await run.done).status).toBe('cancelled');
    for (const m of mocks) await m.flush();

    for (const [gatewayId, gateway] of gateways) {
      const want = JSON.stringify(sorted(new Map(mocks.flatMap((m) => [...expectedMembership(m.state())]))));
      await waitFor(
        async () => {
          const inRedis = JSON.stringify(
            sorted(await clusterMembership(reader, gatewayKeys(gatewayId, iso.keyPrefix))),
          );
          const status = gateway.tagSync.syncStatus().ems;
          const behind = mocks.some((m) => status.find((s) => s.id === m.config.emsId)?.appliedSeq !== m.seq);
          if (inRedis !== want || behind) {
            throw new Error(
              `${gatewayId}: EMS seqs ${mocks.map((m) => m.seq)}, gateway ${JSON.stringify(status)}`,
            );
          }
          return true;
        },
        { what: `${gatewayId}: Redis equal to both EMS states`, timeoutMs: 40_000, intervalMs: 200 },
      );
      expect(JSON.stringify(sorted(engineMembership(gateway)))).toBe(want);
      await waitFor(() => gateway.ready(), { what: `${gatewayId} ready`, timeoutMs: 20_000 });
    }
    const info = await (await connections.at(-1)!.jetstreamManager()).streams.info(iso.subjects.stream);
    const produced = mocks.reduce((sum, m) => sum + m.seq, 0);
    expect(produced).toBeGreaterThan(2 * seqAtMigration);
    expect(info.state.messages).toBe(produced);
    console.info(
      `cluster: ${produced} EMS events, stream leader ${leader} killed, slot ${slot} (${moved} keys) moved to :${target.port}`,
    );
  });
});
