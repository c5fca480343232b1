// Issue 10 (JetStream store full): an event stream with a max_bytes and `discard: new` (STREAM_DISCARD=new), so a churn that
// fills it is refused by JetStream. The EMS then says so on /readyz (503 with the reason), its run shows
// paused with the same reason, it withholds its heartbeat so the gateway's /sync stops calling the
// connector in-sync (out-of-sync after the fctems threshold); once the operator raises the limit, the
// EMS publishes again, /readyz is 200, the run ends done and the gateway is back in sync with Redis
// equal to the EMS.
import { Redis } from 'ioredis';
import { connect, type NatsConnection } from 'nats';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

interface Ready {
  status: number;
  body: { nats: boolean; stream: boolean; publishing: boolean; reason?: string };
}

describe('event stream full', () => {
  let natsServer: ServerHandle;
  let redisServer: ServerHandle;
  let nc: NatsConnection;
  let redis: Redis;
  const iso = isolation();
  let mock: EmsMock | undefined;
  let gateway: Gateway | undefined;

  beforeAll(async () => {
    [natsServer, redisServer] = await Promise.all([startNats(), startRedis()]);
    nc = await connect({ servers: natsServer.url, maxReconnectAttempts: -1, reconnectTimeWait: 200 });
    redis = new Redis(redisServer.url, { maxRetriesPerRequest: 2 });
    redis.on('error', () => undefined);
  });
  afterAll(async () => {
    await gateway?.stop();
    await mock?.stop();
    await deleteKeys(redis, iso.keyPrefix);
    await nc?.close();
    redis?.disconnect();
    await Promise.all([natsServer?.close(), redisServer?.close()]);
  });

  const readyz = async (): Promise<Ready> => {
    const res = await fetch(`${mock!.httpAddress}/readyz`);
    return { status: res.status, body: (await res.json()) as Ready['body'] };
  };

  it('refused publishes: EMS not ready with the reason, run paused, gateway not in-sync; both recover', async () => {
    const streamMaxBytes = 32 * 1024;
    mock = await createEmsMock(
      { nc, logger },
      {
        emsId: 1,
        serial: SERIAL,
        subjects: iso.subjects,
        streamMaxBytes,
        streamDiscard: 'new',
        httpPort: 0,
        retryMaxMs: 200,
      },
    );
    const jsm = await nc.jetstreamManager();
    const info = await jsm.streams.info(iso.subjects.stream);
    expect(info.config).toMatchObject({ max_bytes: streamMaxBytes, discard: 'new', max_age: 86_400e9 });

    const clock = new ManualClock(Date.now());
    const firewall = fctemsFirewall(10);
    gateway = await createGateway({ nc, redis, logger, clock }, testConfig(iso, { firewall }));
    const status = () => gateway!.tagSync.syncStatus().ems[0];
    await waitFor(() => status()?.lastHeartbeatAt != null, { what: 'a heartbeat heard' });
    expect((await readyz()).status).toBe(200);

    // far more than 32 KiB of events
    const run = mock.startChurn({ seed: 10, count: 3000, endpoints: 50, tags: 4 });
    const refused = await waitFor(
      async () => {
        const r = await readyz();
        return r.status === 503 ? r : undefined;
      },
      { what: 'EMS /readyz 503 once the stream is full', timeoutMs: 10_000 },
    );
    expect(refused.body).toMatchObject({ nats: true, stream: true, publishing: false });
    expect(refused.body.reason).toMatch(/^jetstream: maximum bytes exceeded/);
    const paused = mock.run(run.id);
    expect(paused.status).toBe('running');
    expect(paused.paused?.reason).toMatch(/maximum bytes exceeded/);
    const stored = await jsm.streams.info(iso.subjects.stream);
    expect(stored.state.bytes).toBeLessThanOrEqual(streamMaxBytes);
    expect(stored.state.last_seq).toBeLessThan(mock.seq);

    // no heartbeat while refused: the gateway's view goes stale, then out-of-sync after 10 s of silence
    await advanceUntil(
      clock,
      () => status()?.state === 'out-of-sync',
      'gateway /sync out-of-sync while the EMS cannot publish',
    );
    expect((await readyz()).status).toBe(503);

    // the operator raises the limit: publishes go through again, the run ends, both recover
    await jsm.streams.update(iso.subjects.stream, { ...stored.config, max_bytes: 64 * 1024 * 1024 });
    await waitFor(async () => (await readyz()).status === 200, {
      what: 'EMS /readyz 200 after the limit was raised',
      timeoutMs: 10_000,
    });
    const finished = await run.done;
    expect(finished.status).toBe('done');
    expect(finished.paused).toBeUndefined();
    expect(finished.events).toBeGreaterThan(3000);
    expect(finished.lastSeq).toBe(mock.seq);
    await advanceUntil(
      clock,
      () => status()?.state === 'in-sync' && status()?.appliedSeq === mock!.seq,
      `gateway in sync again at EMS seq ${mock.seq}`,
    );
    const want = JSON.stringify(sorted(expectedMembership(mock.state())));
    expect(JSON.stringify(sorted(await redisMembership(redis, iso.keyPrefix, 'gw1')))).toBe(want);
  });

  it('by default (discard old) the full stream drops its oldest events: the EMS stays ready and a gateway behind them resyncs', async () => {
    const iso2 = isolation();
    const streamMaxBytes = 32 * 1024;
    const ems = await createEmsMock(
      { nc, logger },
      { emsId: 1, serial: SERIAL, subjects: iso2.subjects, streamMaxBytes, httpPort: 0 },
    );
    let gw: Gateway | undefined;
    try {
      const jsm = await nc.jetstreamManager();
      expect((await jsm.streams.info(iso2.subjects.stream)).config).toMatchObject({
        max_bytes: streamMaxBytes,
        discard: 'old',
      });
      // a gateway applies the start, then stops while the churn overflows the stream many times
      gw = await createGateway({ nc, redis, logger }, testConfig(iso2));
      await ems.startChurn({ seed: 11, count: 100, endpoints: 50, tags: 4 }).done;
      await waitFor(() => gw!.tagSync.syncStatus().ems[0]?.appliedSeq === ems.seq, {
        what: 'first 100 applied',
      });
      await gw.stop();
      gw = undefined;
      const run = ems.startChurn({ seed: 12, count: 3000, endpoints: 50, tags: 4 });
      const finished = await run.done;
      expect(finished.status).toBe('done');
      expect(finished.paused).toBeUndefined();
      const res = await fetch(`${ems.httpAddress}/readyz`);
      expect(res.status).toBe(200);
      const info = await jsm.streams.info(iso2.subjects.stream);
      expect(info.state.bytes).toBeLessThanOrEqual(streamMaxBytes);
      expect(info.state.first_seq).toBeGreaterThan(200); // the events the gateway had not read are gone
      expect(info.state.last_seq).toBe(ems.seq);

      // restarted, it finds a gap after its applied seq, resyncs by snapshot and equals the EMS
      gw = await createGateway({ nc, redis, logger }, testConfig(iso2));
      await waitFor(
        () => {
          const s = gw!.tagSync.syncStatus().ems[0];
          return s?.state === 'in-sync' && s.appliedSeq === ems.seq;
        },
        { what: `gateway in sync at EMS seq ${ems.seq}`, timeoutMs: 20_000 },
      );
      const want = JSON.stringify(sorted(expectedMembership(ems.state())));
      expect(JSON.stringify(sorted(await redisMembership(redis, iso2.keyPrefix, 'gw1')))).toBe(want);
    } finally {
      await gw?.stop();
      await ems.stop();
      await deleteKeys(redis, iso2.keyPrefix);
    }
  });
});
