import { Redis } from 'ioredis';
import { connect, type NatsConnection } from 'nats';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmsMock, type EmsMock } from '@ztna/ems-mock';
import { freePort, startNats, startRedis, waitFor, type ServerHandle } from '@ztna/test';
import { createGateway, type Gateway } from '@ztna/gateway';
import { GatewayProcess } from './tagsync-process.js';
import {
  RecordingSink,
  deleteKeys,
  expectedMembership,
  isolation,
  redisMembership,
  sorted,
  testConfig,
} from './tagsync-fixture.js';

const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

describe('tag sync with the EMS mock', () => {
  let natsServer: ServerHandle;
  let redisServer: ServerHandle;
  let nc: NatsConnection;
  let redis: Redis;
  let iso: ReturnType<typeof isolation>;
  let mock: EmsMock;
  let gateway: Gateway | undefined;
  let sink: RecordingSink;

  beforeAll(async () => {
    [natsServer, redisServer] = await Promise.all([startNats(), startRedis()]);
    nc = await connect({ servers: natsServer.url, maxReconnectAttempts: -1, reconnectTimeWait: 200 });
    redis = new Redis(redisServer.url, { maxRetriesPerRequest: 2 });
    redis.on('error', () => undefined);
  });
  afterAll(async () => {
    await nc?.close();
    redis?.disconnect();
    await Promise.all([natsServer?.close(), redisServer?.close()]);
  });
  beforeEach(async () => {
    iso = isolation();
    mock = await createEmsMock({ nc, logger }, { emsId: 1, subjects: iso.subjects });
    sink = new RecordingSink();
  });
  afterEach(async () => {
    await gateway?.stop();
    gateway = undefined;
    await mock.stop();
    await deleteKeys(redis, iso.keyPrefix);
  });

  const start = async (): Promise<Gateway> =>
    (gateway = await createGateway({ nc, redis, membershipListener: sink, logger }, testConfig(iso)));

  const converged = async (what: string, timeoutMs = 20_000): Promise<void> => {
    await mock.flush();
    const ok = await waitFor(
      async () => {
        const want = JSON.stringify(sorted(expectedMembership(mock.state())));
        const inRedis = JSON.stringify(sorted(await redisMembership(redis, iso.keyPrefix, 'gw1')));
        if (inRedis !== want) {
          const status = JSON.stringify(gateway?.tagSync.syncStatus());
          throw new Error(
            `EMS seq ${mock.seq}, gateway ${status}; redis ${inRedis.slice(0, 200)} want ${want.slice(0, 200)}`,
          );
        }
        return true;
      },
      { what, timeoutMs },
    );
    expect(ok).toBe(true);
  };

  it('keeps Redis equal to the EMS state through seeded churn', async () => {
    await start();
    mock.domain.upsertEndpoint({
      uid: 'FCT1',
      ips: ['192.168.30.108'],
      ztnaTags: ['APP'],
      classificationTags: ['Low'],
    });
    mock.domain.attachTags('FCT1', ['DB']);
    mock.domain.changeAddresses('FCT1', ['192.168.30.109'], ['0c:37:96:06:d7:5d']);
    await converged('hand-made operations');
    await mock.runChurn({ seed: 7, count: 5000, endpoints: 300, tags: 6 });
    await converged('after churn');
    expect(JSON.stringify(sorted(sink.membership()))).toBe(
      JSON.stringify(sorted(expectedMembership(mock.state()))),
    );
    expect(gateway!.tagSync.syncStatus().ems[0]).toMatchObject({ appliedSeq: mock.seq, state: 'in-sync' });
  });

  it('converges after the gateway process is killed mid-batch and restarted', async () => {
    const proc = new GatewayProcess({
      natsUrl: natsServer.url,
      redisUrl: redisServer.url,
      subjects: iso.subjects,
      keyPrefix: iso.keyPrefix,
      httpPort: await freePort(),
      connectors: `1:${mock.config.serial}:ems1`,
    });
    proc.start();
    try {
      await waitFor(async () => (await proc.sync()).ems[0]?.state === 'in-sync', {
        what: 'process up',
        timeoutMs: 30_000,
      });
      const run = mock.startChurn({ seed: 11, count: 20_000, endpoints: 500, tags: 8 });
      await waitFor(async () => (await proc.sync()).revision > 5, { what: 'process applying' });
      await proc.kill();
      proc.start();
      await run.done;
      await waitFor(async () => (await proc.sync()).ems[0]?.appliedSeq === mock.seq, {
        what: `applied seq ${mock.seq}`,
        timeoutMs: 30_000,
      });
      await converged('after the kill');
    } finally {
      await proc.kill();
    }
  });

  it('heals a purged stream and an EMS restart', async () => {
    await start();
    mock.domain.upsertEndpoint({ uid: 'A', ips: ['10.0.0.5'], ztnaTags: ['T'] });
    await converged('before');
    await gateway!.stop();
    mock.domain.upsertEndpoint({ uid: 'B', ips: ['10.0.0.6'], ztnaTags: ['T'] });
    mock.domain.setOffline('A');
    await mock.flush();
    await (await nc.jetstreamManager()).streams.purge(iso.subjects.stream);
    mock.domain.attachTags('B', ['U']);
    await start();
    await converged('purge healed');
    await mock.stop();
    mock = await createEmsMock({ nc, logger }, { emsId: 1, subjects: iso.subjects });
    mock.domain.upsertEndpoint({ uid: 'C', ips: ['10.0.0.7'], ztnaTags: ['V'] });
    await converged('EMS restart healed');
    expect(gateway!.tagSync.syncStatus().ems[0]).toMatchObject({
      incarnation: mock.incarnation,
      appliedSeq: mock.seq,
    });
  });

  it('reports not ready while NATS is down and keeps consuming once it is back', async () => {
    await start();
    const run = mock.startChurn({ seed: 21, count: 6_000, endpoints: 200, tags: 5 });
    await waitFor(() => sink.revision > 3, { what: 'gateway applying' });
    await natsServer.stop();
    await waitFor(() => !gateway!.ready(), { what: 'gateway not ready while NATS is down' });
    await natsServer.start();
    await run.done;
    await converged('after NATS came back', 40_000);
    expect(gateway!.tagSync.syncStatus().ems[0]).toMatchObject({ appliedSeq: mock.seq, state: 'in-sync' });
    mock.domain.upsertEndpoint({ uid: 'AFTER', ips: ['10.0.9.9'], ztnaTags: ['LATE'] });
    await converged('and goes on');
    await waitFor(() => gateway!.ready(), { what: 'ready again' });
  });

  it('reports not ready while Redis is down, loses nothing, and applies what came meanwhile', async () => {
    await start();
    mock.domain.upsertEndpoint({ uid: 'A', ips: ['10.0.0.5'], ztnaTags: ['T'] });
    await converged('before');
    await redisServer.stop();
    await waitFor(() => !gateway!.ready(), { what: 'gateway not ready while Redis is down' });
    await mock.runChurn({ seed: 5, count: 2_000, endpoints: 100, tags: 4 });
    mock.domain.detachTags('A', ['T']);
    await mock.flush();
    await redisServer.start();
    await converged('after Redis came back', 40_000);
    expect(gateway!.tagSync.syncStatus().ems[0]).toMatchObject({ appliedSeq: mock.seq, state: 'in-sync' });
    await waitFor(() => gateway!.ready(), { what: 'ready again' });
  });

  it('rebuilds Redis after it restarted empty', async () => {
    await start();
    mock.domain.upsertEndpoint({ uid: 'A', ips: ['10.0.0.5'], ztnaTags: ['T'] });
    mock.domain.upsertEndpoint({ uid: 'B', ips: ['10.0.0.6'], ztnaTags: ['T', 'U'] });
    await converged('before');
    const ids = gateway!.tagSync.dynamicAddresses().map((a) => [a.name, a.id]);
    const revision = sink.revision;
    await redisServer.restart();
    await converged('rebuilt');
    expect(gateway!.tagSync.dynamicAddresses().map((a) => [a.name, a.id])).toEqual(ids);
    expect(sink.revision).toBeGreaterThan(revision);
    mock.domain.detachTags('B', ['U']);
    await converged('and goes on');
  });
});
