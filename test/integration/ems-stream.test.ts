import { applyEnvelope, type EmsMock, type EndpointRecord } from '@ztna/ems-mock';
import { ztna } from '@ztna/proto';
import { ManualClock } from '@ztna/service-kit';
import { startNats, testSubjects, type ServerHandle } from '@ztna/test';
import type { NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparable, connectNats, deleteStream, readStream, startMock } from './ems-fixture.js';

describe('EMS mock events in JetStream', () => {
  let nats: ServerHandle;
  let nc: NatsConnection;
  const mocks: EmsMock[] = [];

  const mockOn = async (
    options: Parameters<typeof startMock>[1] = {},
    deps: Parameters<typeof startMock>[2] = {},
  ): Promise<EmsMock> => {
    const mock = await startMock(nc, options, deps);
    mocks.push(mock);
    return mock;
  };

  beforeAll(async () => {
    nats = await startNats();
    nc = await connectNats(nats.url);
  });

  afterAll(async () => {
    for (const mock of mocks) {
      await mock.stop();
      await deleteStream(nc, mock.config.subjects.stream);
    }
    await nc?.close();
    await nats?.close();
  });

  it('lets JetStream drop a re-published message id', async () => {
    const mock = await mockOn();
    mock.domain.upsertEndpoint({ uid: 'FCT-A', ips: ['10.0.0.1'] });
    mock.domain.attachTags('FCT-A', ['APP']);
    await mock.flush();
    const [first, second] = await readStream(nc, mock.config.subjects.stream);
    expect(first?.msgId).not.toBe(second?.msgId);
    const data = ztna.v1.Envelope.encode(second?.envelope as ztna.v1.Envelope).finish();
    const ack = await nc
      .jetstream()
      .publish(second?.subject as string, data, { msgID: second?.msgId as string });
    expect(ack).toMatchObject({ duplicate: true, seq: second?.streamSeq });
    expect((await readStream(nc, mock.config.subjects.stream)).map((s) => s.envelope.seq)).toEqual([1, 2]);
  });

  it('answers a paged snapshot equal to the replayed events, taken at its seq', async () => {
    const mock = await mockOn({ emsId: 4 });
    await mock.runChurn({ seed: 3, count: 3000, endpoints: 250 });
    mock.domain.removeEndpoint('churn-00007');
    mock.domain.attachTags('churn-00008', ['Low'], 'classification');
    const pages: ztna.v1.Snapshot[] = [];
    let snapshotId = '';
    for (let page = 0; ; page += 1) {
      const req = ztna.v1.SnapshotRequest.encode({
        gatewayId: 'gw1',
        snapshotId,
        page,
        pageSize: 100,
      }).finish();
      const reply = ztna.v1.Snapshot.decode((await nc.request(mock.config.subjects.snapshot(4), req)).data);
      expect(reply.error).toBe('');
      pages.push(reply);
      snapshotId = reply.snapshotId;
      if (page === 0) mock.domain.attachTags('churn-00009', ['AFTER_SNAPSHOT']);
      if (!reply.more) break;
    }
    expect(pages).toHaveLength(3);
    expect(new Set(pages.map((p) => `${p.snapshotId}/${p.incarnation}/${p.seq}`)).size).toBe(1);
    const snap = pages[0] as ztna.v1.Snapshot;
    expect(snap).toMatchObject({
      emsId: 4,
      emsSerial: 'FCTEMS0000000004',
      incarnation: mock.incarnation,
      totalEndpoints: 249,
    });
    await mock.flush();
    const replayed = new Map<string, EndpointRecord>();
    for (const s of await readStream(nc, mock.config.subjects.stream)) {
      if (s.envelope.seq <= snap.seq) applyEnvelope(replayed, s.envelope);
    }
    const fromSnapshot = new Map<string, EndpointRecord>();
    for (const e of pages.flatMap((p) => p.endpoints))
      applyEnvelope(fromSnapshot, { endpointUpsert: { endpoint: e } });
    expect([...fromSnapshot.keys()]).toEqual([...fromSnapshot.keys()].sort());
    expect(Object.fromEntries(fromSnapshot)).toEqual(Object.fromEntries(replayed));
    expect(snap.seq).toBe(mock.seq - 1);

    const expired = ztna.v1.Snapshot.decode(
      (
        await nc.request(
          mock.config.subjects.snapshot(4),
          ztna.v1.SnapshotRequest.encode({ snapshotId: 'nope', page: 1 }).finish(),
        )
      ).data,
    );
    expect(expired.error).toMatch(/snapshot_id "nope": unknown or expired/);
  });

  it('gives the same event sequence for the same seed', async () => {
    const run = async (): Promise<unknown[]> => {
      const mock = await mockOn({ emsId: 5, subjects: testSubjects() });
      const summary = await mock.runChurn({
        seed: 42,
        count: 2000,
        endpoints: 50,
        rate: 50_000,
        mix: { attach: 3, detach: 2, offline: 1, online: 1, address: 1 },
      });
      expect(summary.status).toBe('done');
      const prefix = mock.config.subjects.prefix.length;
      return (await readStream(nc, mock.config.subjects.stream)).map((s) => [
        s.subject.slice(prefix),
        comparable(s.envelope),
      ]);
    };
    const [a, b] = [await run(), await run()];
    expect(a).toHaveLength(2050);
    expect(b).toEqual(a);
    const other = await mockOn({ emsId: 5, subjects: testSubjects() });
    await other.runChurn({ seed: 43, count: 2000, endpoints: 50 });
    const prefix = other.config.subjects.prefix.length;
    const c = (await readStream(nc, other.config.subjects.stream)).map((s) => [
      s.subject.slice(prefix),
      comparable(s.envelope),
    ]);
    expect(c).not.toEqual(a);
  });

  it('takes time from its injected clock: emitted times and scenario steps follow manual time', async () => {
    const start = 1_800_000_000_000;
    const clock = new ManualClock(start);
    const mock = await mockOn({ subjects: testSubjects() }, { clock });
    const run = mock.startScenario({
      name: 'timed',
      endpoints: [{ uid: 'FCT-T', ips: ['10.0.0.9'] }],
      steps: [{ at: 5000, op: 'offline', uid: 'FCT-T' }],
    });
    await mock.flush();
    expect(mock.seq).toBe(1);
    clock.advance(4999);
    await clock.settle();
    expect(mock.seq).toBe(1);
    clock.advance(1);
    expect((await run.done).status).toBe('done');
    const stored = await readStream(nc, mock.config.subjects.stream);
    expect(stored.map((s) => [s.envelope.event, Number(String(s.envelope.emittedAtMs))])).toEqual([
      ['endpointUpsert', start],
      ['endpointOffline', start + 5000],
    ]);
  });

  it('creates the stream again when it disappeared, and publishes what waited', async () => {
    const mock = await mockOn({ emsId: 7, retryMinMs: 20, retryMaxMs: 200 });
    mock.domain.upsertEndpoint({ uid: 'FCT-A' });
    await mock.flush();
    await deleteStream(nc, mock.config.subjects.stream);
    mock.domain.attachTags('FCT-A', ['APP']);
    await mock.flush();
    const stored = await readStream(nc, mock.config.subjects.stream);
    expect(stored.map((s) => [s.envelope.seq, s.envelope.event])).toEqual([[2, 'tagsAttached']]);
  });

  it('injects seeded publisher faults only when asked', async () => {
    const mock = await mockOn({ emsId: 6 });
    mock.setFaults({ seed: 9, drop: 0.1, duplicate: 0.1, reorder: 0.1 });
    await mock.runChurn({ seed: 1, count: 500, endpoints: 10 });
    const stored = await readStream(nc, mock.config.subjects.stream);
    const seqs = stored.map((s) => s.envelope.seq);
    const distinct = new Set(seqs);
    expect(distinct.size).toBeLessThan(mock.seq);
    expect(seqs.length).toBeGreaterThan(distinct.size);
    expect(seqs.some((seq, i) => i > 0 && seq < (seqs[i - 1] as number))).toBe(true);
    expect(stored.filter((s) => s.msgId?.endsWith(':dup')).length).toBe(seqs.length - distinct.size);

    mock.setFaults({});
    const before = mock.seq;
    const countBefore = stored.length;
    await mock.runChurn({ seed: 2, count: 300, endpoints: 10 });
    const after = (await readStream(nc, mock.config.subjects.stream))
      .slice(countBefore)
      .map((s) => s.envelope.seq);
    expect(after).toEqual(Array.from({ length: mock.seq - before }, (_, i) => before + i + 1));
  });
});
