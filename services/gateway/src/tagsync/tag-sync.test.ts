import { ztna } from '@ztna/proto';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import type { MembershipChange } from '../core/model/membership.js';
import { toEndpointState } from './endpoint-state.js';
import { MemoryStore } from '../../testing/memory-store.js';
import { silentObserver } from './ports.js';
import type { EmsSnapshot } from './snapshot-diff.js';
import { TagSync } from './tag-sync.js';

const SERIAL = 'FCTEMS0000000001';
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

function setup(policy: 'keep' | 'flush' = 'keep') {
  const clock = new FakeClock();
  const store = new MemoryStore();
  const changes: MembershipChange[] = [];
  const parked: string[] = [];
  const ems = {
    incarnation: 'i1',
    seq: 0,
    endpoints: [] as ztna.v1.IEndpoint[],
    up: true,
    tenant: 'default',
  };
  const sync = new TagSync(
    {
      store,
      snapshots: {
        fetch: async (emsId): Promise<EmsSnapshot> => {
          if (!ems.up) throw new Error('no answer');
          return {
            emsId,
            ...ems,
            takenAtMs: clock.now(),
            endpoints: ems.endpoints.map((e) => toEndpointState(e)),
          };
        },
      },
      deadLetters: { publish: (_s, _d, reason) => parked.push(reason) },
      sink: { onMembershipChange: (c) => changes.push(c) },
      clock,
      logger: quiet,
      observer: silentObserver,
    },
    {
      connectors: [{ id: 1, serial: SERIAL, name: 'ems1' }],
      reconcileIntervalMs: 0,
      outOfSyncThresholdMs: 180_000,
      outOfSyncPolicy: policy,
    },
  );
  const event = (seq: number, fields: Partial<ztna.v1.IEnvelope>, incarnation = ems.incarnation) => ({
    subject: 'ztna.v1.ems.1.ep.A',
    data: ztna.v1.Envelope.encode({
      emsId: 1,
      emsSerial: SERIAL,
      incarnation,
      seq,
      emittedAtMs: clock.now(),
      ...fields,
    }).finish(),
  });
  const upsert = (seq: number, uid: string, ips: string[], tags: string[]) =>
    event(seq, { endpointUpsert: { endpoint: { uid, ips, ztnaTags: tags, online: true } } });
  return { clock, store, changes, parked, ems, sync, event, upsert };
}

describe('TagSync', () => {
  it('resyncs at start without state, then applies events in order, one revision per batch', async () => {
    const t = setup();
    t.ems.endpoints = [{ uid: 'A', ips: ['10.0.0.1'], ztnaTags: ['T'], online: true }];
    t.ems.seq = 1;
    await t.sync.start();
    await t.sync.maintain();
    expect(t.store.members('EMS1_ZTNA_T')).toEqual(['10.0.0.1']);
    const decisions = await t.sync.handleBatch([
      t.upsert(1, 'A', ['10.0.0.1'], ['T']),
      t.upsert(2, 'B', ['10.0.0.2'], ['T']),
    ]);
    expect(decisions).toEqual(['ack', 'ack']);
    expect(t.store.members('EMS1_ZTNA_T')).toEqual(['10.0.0.1', '10.0.0.2']);
    expect(t.changes.map((c) => c.revision)).toEqual([1, 2]);
    expect(t.sync.syncStatus().ems[0]).toMatchObject({ appliedSeq: 2, state: 'in-sync' });
  });

  it('resyncs on a gap from the snapshot and skips what the snapshot covers', async () => {
    const t = setup();
    await t.sync.start();
    await t.sync.maintain();
    t.ems.endpoints = [{ uid: 'C', ips: ['10.0.0.3'], ztnaTags: ['T'], online: true }];
    t.ems.seq = 7;
    await t.sync.handleBatch([t.upsert(5, 'X', ['10.9.9.9'], ['T']), t.upsert(8, 'D', ['10.0.0.4'], ['T'])]);
    expect(t.store.members('EMS1_ZTNA_T')).toEqual(['10.0.0.3', '10.0.0.4']);
    expect(t.sync.syncStatus().ems[0]?.appliedSeq).toBe(8);
  });

  it('spaces resyncs for gaps: a second gap within 1 s waits (nak) instead of asking for a snapshot', async () => {
    const t = setup();
    let snapshots = 0;
    const fetch = t.sync['deps'].snapshots.fetch.bind(t.sync['deps'].snapshots);
    t.sync['deps'].snapshots.fetch = (emsId: number) => {
      snapshots += 1;
      return fetch(emsId);
    };
    await t.sync.start();
    await t.sync.maintain();
    const start = snapshots;
    t.ems.seq = 6;
    // events 6 and 5 stored out of order: the gap at 6 resyncs (snapshot at 6), then 5 is a duplicate
    expect(await t.sync.handleBatch([t.upsert(6, 'F', ['10.0.0.6'], ['T'])])).toEqual(['ack']);
    expect(snapshots - start).toBe(1);
    expect(await t.sync.handleBatch([t.upsert(5, 'E', ['10.0.0.5'], ['T'])])).toEqual(['ack']);
    expect(t.sync.syncStatus().ems[0]?.appliedSeq).toBe(6);
    // another reordered pair 500 ms later: 8 waits for the spacing (nak'ed), 7 applies, 8 applies when back
    t.clock.advance(500);
    expect(await t.sync.handleBatch([t.upsert(8, 'H', ['10.0.0.8'], ['T'])])).toEqual(['nak']);
    expect(await t.sync.handleBatch([t.upsert(7, 'G', ['10.0.0.7'], ['T'])])).toEqual(['ack']);
    t.clock.advance(1000);
    expect(await t.sync.handleBatch([t.upsert(8, 'H', ['10.0.0.8'], ['T'])])).toEqual(['ack']);
    expect(snapshots - start).toBe(1);
    expect(t.sync.syncStatus().ems[0]).toMatchObject({ appliedSeq: 8, state: 'in-sync' });
    // a gap that stays open (event 9 lost) resyncs once the spacing has passed
    t.ems.seq = 10;
    t.clock.advance(200);
    expect(await t.sync.handleBatch([t.upsert(10, 'J', ['10.0.0.10'], ['T'])])).toEqual(['ack']);
    expect(snapshots - start).toBe(2);
    expect(t.sync.syncStatus().ems[0]?.appliedSeq).toBe(10);
  });

  it('gives each endpoint record its EMS serial, the tenant of the snapshot and registration', async () => {
    const t = setup();
    t.ems.tenant = 'tenant-7';
    t.ems.endpoints = [{ uid: 'A', ips: ['10.0.0.1'], ztnaTags: ['T'], online: true, registered: true }];
    await t.sync.start();
    await t.sync.maintain();
    expect(t.sync.endpointRecords('10.0.0.1')).toEqual([
      expect.objectContaining({ uid: 'A', emsSerial: SERIAL, tenantId: 'tenant-7', registered: true }),
    ]);
  });

  it('keeps cached membership, then reports out-of-sync after the threshold (keep policy)', async () => {
    const t = setup('keep');
    t.ems.endpoints = [{ uid: 'A', ips: ['10.0.0.1'], ztnaTags: ['T'], online: true }];
    await t.sync.start();
    await t.sync.maintain();
    t.ems.up = false;
    await t.sync.handleBatch([t.upsert(3, 'B', ['10.0.0.2'], ['T'])]);
    expect(t.sync.syncStatus().ems[0]?.state).toBe('resyncing');
    t.clock.advance(179_000);
    await t.sync.maintain();
    expect(t.sync.syncStatus().ems[0]?.state).toBe('resyncing');
    t.clock.advance(2_000);
    await t.sync.maintain();
    expect(t.sync.syncStatus().ems[0]?.state).toBe('out-of-sync');
    expect(t.sync.endpointRecords()).toEqual([expect.objectContaining({ uid: 'A', outOfSync: true })]);
    expect(t.store.members('EMS1_ZTNA_T')).toEqual(['10.0.0.1']);
    t.ems.up = true;
    t.clock.advance(60_000);
    await t.sync.maintain();
    expect(t.sync.syncStatus().ems[0]?.state).toBe('in-sync');
  });

  it('dead-letters refused messages and decides the rest', async () => {
    const t = setup();
    await t.sync.start();
    await t.sync.maintain();
    const decisions = await t.sync.handleBatch([
      { subject: 'x.ems.1.ep.A', data: new Uint8Array([1, 2, 3]) },
      t.upsert(1, 'A', ['10.0.0.1'], ['T']),
    ]);
    expect(decisions).toEqual(['ack', 'ack']);
    expect(t.parked).toEqual([expect.stringMatching(/^malformed: /)]);
    expect(t.store.members('EMS1_ZTNA_T')).toEqual(['10.0.0.1']);
  });

  it('reloads when the store came back empty, keeps address IDs and revisions increasing', async () => {
    const t = setup();
    t.ems.endpoints = [{ uid: 'A', ips: ['10.0.0.1'], ztnaTags: ['T'], online: true }];
    await t.sync.start();
    await t.sync.maintain();
    const ids = t.sync.dynamicAddresses().map((a) => [a.name, a.id]);
    t.store.wipe();
    await t.sync.checkStore();
    await t.sync.maintain();
    expect(t.store.members('EMS1_ZTNA_T')).toEqual(['10.0.0.1']);
    expect(t.sync.dynamicAddresses().map((a) => [a.name, a.id])).toEqual(ids);
    const revisions = t.changes.map((c) => c.revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(new Set(revisions).size).toBe(revisions.length);
  });

  it('decides nothing when the store fails, and applies the batch on retry', async () => {
    const t = setup();
    await t.sync.start();
    await t.sync.maintain();
    t.store.failNext = new Error('redis down');
    const batch = [t.upsert(1, 'A', ['10.0.0.1'], ['T'])];
    await expect(t.sync.handleBatch(batch)).rejects.toThrow('redis down');
    expect(t.store.members('EMS1_ZTNA_T')).toEqual([]);
    expect(await t.sync.handleBatch(batch)).toEqual(['ack']);
    expect(t.store.members('EMS1_ZTNA_T')).toEqual(['10.0.0.1']);
  });
});
