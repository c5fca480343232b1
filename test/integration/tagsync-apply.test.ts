import { Redis } from 'ioredis';
import { connect, type NatsConnection } from 'nats';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from '@ztna/test';
import { createGateway, type Gateway } from '../../services/gateway/src/app.js';
import {
  RecordingSink,
  TestEms,
  createStream,
  deleteKeys,
  deleteStream,
  isolation,
  redisMembership,
  sorted,
  testConfig,
} from './tagsync-fixture.js';

const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const logger = pino({ level: 'silent' });

describe('tag sync: events into Redis', () => {
  let nc: NatsConnection;
  let redis: Redis;
  let iso: ReturnType<typeof isolation>;
  let ems: TestEms;
  let sink: RecordingSink;
  let gateway: Gateway | undefined;

  beforeAll(async () => {
    nc = await connect({ servers: NATS_URL });
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await nc.close();
    redis.disconnect();
  });
  beforeEach(async () => {
    iso = isolation();
    await createStream(nc, iso.subjects);
    ems = new TestEms(nc, iso.subjects);
    ems.respond();
    sink = new RecordingSink();
  });
  afterEach(async () => {
    await gateway?.stop();
    gateway = undefined;
    ems.stop();
    await deleteStream(nc, iso.subjects);
    await deleteKeys(redis, iso.keyPrefix);
  });

  const start = async (): Promise<Gateway> =>
    (gateway = await createGateway({ nc, redis, sink, logger }, testConfig(iso)));

  const converged = (what: string): Promise<unknown> =>
    waitFor(
      async () => {
        const want = JSON.stringify(sorted(ems.expected()));
        const inRedis = JSON.stringify(sorted(await redisMembership(redis, iso.keyPrefix, 'gw1')));
        const inSink = JSON.stringify(sorted(sink.membership()));
        if (inRedis !== want || inSink !== want) throw new Error(JSON.stringify({ want, inRedis, inSink }));
        return true;
      },
      { what, timeoutMs: 10_000 },
    ).then((v) => expect(v).toBe(true));

  it('applies every kind of event and keeps Redis, the sink and the EMS equal', async () => {
    await start();
    await waitFor(() => gateway!.tagSync.syncStatus().ems[0]?.state === 'in-sync', { what: 'first resync' });
    await ems.upsert({
      uid: 'FCT1',
      ips: ['192.168.30.108'],
      macs: ['0c:37:96:06:d7:5d'],
      ztnaTags: ['APP'],
    });
    await ems.upsert({ uid: 'FCT2', ips: ['192.168.30.47'], ztnaTags: ['APP', 'DB'] });
    await converged('two endpoints');
    await ems.attach('FCT1', ['DB']);
    await ems.detach('FCT2', ['APP']);
    await ems.changeAddresses('FCT1', ['192.168.30.109'], ['0c:37:96:06:d7:5e']);
    await converged('tags and addresses moved');
    await ems.offline('FCT2');
    await ems.remove('FCT1');
    await converged('offline and removed');
    const status = gateway!.tagSync.syncStatus();
    expect(status.ems[0]).toMatchObject({
      id: 1,
      appliedSeq: ems.seq,
      incarnation: ems.incarnation,
      state: 'in-sync',
    });
    expect(sink.changes.map((c) => c.revision)).toEqual(sink.changes.map((_, i) => i + 1));
  });

  it('keeps a shared IP in the address until the last endpoint holding it leaves', async () => {
    await start();
    await ems.upsert({ uid: 'A', ips: ['10.0.0.5'], ztnaTags: ['T'] });
    await ems.upsert({ uid: 'B', ips: ['10.0.0.5'], ztnaTags: ['T'] });
    await converged('both hold the IP');
    await ems.offline('A');
    await converged('B still holds it');
    expect((await redisMembership(redis, iso.keyPrefix, 'gw1')).get('EMS1_ZTNA_T')).toEqual(['10.0.0.5']);
    await ems.detach('B', ['T']);
    await converged('nobody holds it');
    expect((await redisMembership(redis, iso.keyPrefix, 'gw1')).get('EMS1_ZTNA_T')).toBeUndefined();
  });

  it('loads its mirror from Redis on restart and continues without a resync', async () => {
    await start();
    await ems.upsert({ uid: 'A', ips: ['10.0.0.5'], ztnaTags: ['T'] });
    await converged('first run');
    const ids = gateway!.tagSync.dynamicAddresses().map((a) => [a.name, a.id]);
    await gateway!.stop();
    const requests = ems.snapshotRequests;
    sink = new RecordingSink();
    await start();
    expect(sink.changes[0]?.created.map((a) => [a.name, a.id])).toEqual(ids);
    await ems.attach('A', ['U']);
    await converged('second run');
    expect(ems.snapshotRequests).toBe(requests);
    expect(
      gateway!.tagSync
        .dynamicAddresses()
        .filter((a) => a.tag === 'T')
        .map((a) => [a.name, a.id]),
    ).toEqual(ids);
  });
});
