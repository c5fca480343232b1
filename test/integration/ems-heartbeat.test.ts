// The EMS heartbeat: a gateway one event behind the EMS (the last event dropped, or held back by the
// reorder fault) catches up within 3 s with nothing else happening; turning faults off releases held
// events at once; an EMS that stops heartbeating makes its connector out-of-sync after the connector's
// own out-of-sync-threshold (config endpoint-control fctems).
import { Redis } from 'ioredis';
import { connect, type NatsConnection } from 'nats';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmsMock, type EmsMock } from '@ztna/ems-mock';
import { ManualClock } from '@ztna/service-kit';
import { startNats, startRedis, waitFor, type ServerHandle } from '@ztna/test';
import { createGateway, type Gateway } from '@ztna/gateway';
import {
  advanceUntil,
  deleteKeys,
  fctemsFirewall,
  expectedMembership,
  isolation,
  redisMembership,
  sorted,
  testConfig,
  SERIAL,
} from './tagsync-fixture.js';

const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

describe('EMS heartbeat', () => {
  let natsServer: ServerHandle;
  let redisServer: ServerHandle;
  let nc: NatsConnection;
  let redis: Redis;
  let iso: ReturnType<typeof isolation>;
  let mock: EmsMock;
  let gateway: Gateway | undefined;

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
    mock = await createEmsMock({ nc, logger }, { emsId: 1, serial: SERIAL, subjects: iso.subjects });
  });
  afterEach(async () => {
    await gateway?.stop();
    gateway = undefined;
    await mock.stop();
    await deleteKeys(redis, iso.keyPrefix);
  });

  const appliedSeq = (): number => gateway!.tagSync.syncStatus().ems[0]?.appliedSeq ?? -1;
  const streamMessages = async (): Promise<number> =>
    (await (await nc.jetstreamManager()).streams.info(iso.subjects.stream)).state.messages;

  /** A gateway in sync with one tagged endpoint; returns the EMS seq it applied. */
  const startInSync = async (): Promise<void> => {
    gateway = await createGateway({ nc, redis, logger }, testConfig(iso));
    mock.domain.upsertEndpoint({
      uid: 'FCT1',
      ips: ['192.168.30.108'],
      ztnaTags: ['APP_SERVERS'],
      online: true,
    });
    await mock.flush();
    await waitFor(() => appliedSeq() === mock.seq, { what: `EMS seq ${mock.seq} applied` });
  };

  /** Waits at most 3 s (from now) for the gateway to apply the EMS's seq and for Redis to equal the EMS. */
  const caughtUpWithin3s = async (): Promise<number> => {
    const started = Date.now();
    await waitFor(() => appliedSeq() === mock.seq, {
      what: `EMS seq ${mock.seq} applied (heartbeat)`,
      timeoutMs: 3000,
      intervalMs: 10,
    });
    const tookMs = Date.now() - started;
    const want = JSON.stringify(sorted(expectedMembership(mock.state())));
    expect(JSON.stringify(sorted(await redisMembership(redis, iso.keyPrefix, 'gw1')))).toBe(want);
    return tookMs;
  };

  it('recovers a dropped last event within 3 s with no other change', async () => {
    await startInSync();
    const before = await streamMessages();
    mock.setFaults({ drop: 1 });
    mock.domain.attachTags('FCT1', ['ZTNA_LAST']);
    expect(mock.seq).toBe(appliedSeq() + 1);
    const tookMs = await caughtUpWithin3s();
    expect(tookMs).toBeLessThan(3000);
    expect(await streamMessages()).toBe(before);
    expect(gateway!.tagSync.syncStatus().ems[0]?.state).toBe('in-sync');
  });

  it('recovers a held (reordered) last event within 3 s; turning faults off releases it at once', async () => {
    await startInSync();
    const before = await streamMessages();
    mock.setFaults({ reorder: 1 });
    mock.domain.attachTags('FCT1', ['ZTNA_HELD']);
    await caughtUpWithin3s();
    expect(await streamMessages()).toBe(before);
    mock.setFaults({});
    await waitFor(async () => (await streamMessages()) === before + 1, {
      what: 'the held event in the stream after faults off',
      timeoutMs: 2000,
    });
  });

  it('releases an event held by the delay fault at once when faults go off', async () => {
    await startInSync();
    const before = await streamMessages();
    mock.setFaults({ delay: 1, delayMs: 60_000 });
    mock.domain.attachTags('FCT1', ['ZTNA_DELAYED']);
    expect(mock.unacked).toBe(1);
    mock.setFaults({});
    await waitFor(async () => (await streamMessages()) === before + 1, {
      what: 'the delayed event in the stream after faults off',
      timeoutMs: 2000,
    });
    await caughtUpWithin3s();
  });

  it("makes a killed EMS's connector out-of-sync after its fctems out-of-sync-threshold", async () => {
    const clock = new ManualClock(Date.now());
    const firewall = fctemsFirewall(10);
    gateway = await createGateway({ nc, redis, logger, clock }, testConfig(iso, { firewall }));
    const status = () => gateway!.tagSync.syncStatus().ems[0];
    await waitFor(() => status()?.lastHeartbeatAt != null, { what: 'a heartbeat heard' });
    await mock.stop();
    // the gateway's maintenance runs on the injected clock: 9 s of silence is not enough…
    clock.advance(9_000);
    await clock.settle();
    expect(status()?.state).toBe('in-sync');
    // …10 s is the connector's threshold
    await advanceUntil(clock, () => status()?.state === 'out-of-sync', 'out-of-sync after 10 s', 3000);
    expect(clock.now() - Date.parse(status()!.lastHeartbeatAt!)).toBeLessThan(11_000);
    expect(gateway!.tagSync.endpointRecords().every((r) => r.outOfSync)).toBe(true);
    // a new EMS process (new incarnation) brings it back
    mock = await createEmsMock({ nc, logger }, { emsId: 1, serial: SERIAL, subjects: iso.subjects });
    await advanceUntil(
      clock,
      () => status()?.state === 'in-sync' && status()?.incarnation === mock.incarnation,
      'in sync with the restarted EMS',
    );
  });
});
