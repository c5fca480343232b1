import { ztna } from '@ztna/proto';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { MemoryStore } from '../../testing/memory-store.js';
import { toEndpointState } from './endpoint-state.js';
import { silentObserver } from './ports.js';
import type { EmsSnapshot } from './snapshot-diff.js';
import { TagSync } from './tag-sync.js';

const SERIAL = 'FCTEMS0000000001';
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A gateway's tag sync and the EMS truth it can ask for (the snapshot source counts requests). */
function setup() {
  const clock = new FakeClock();
  const store = new MemoryStore();
  const parked: string[] = [];
  const ems = { incarnation: 'i1', seq: 0, endpoints: [] as ztna.v1.IEndpoint[], snapshots: 0 };
  const sync = new TagSync(
    {
      store,
      snapshots: {
        fetch: async (emsId): Promise<EmsSnapshot> => {
          ems.snapshots += 1;
          return {
            emsId,
            incarnation: ems.incarnation,
            seq: ems.seq,
            takenAtMs: clock.now(),
            endpoints: ems.endpoints.map((e) => toEndpointState(e)),
          };
        },
      },
      deadLetters: { publish: (_s, _d, reason) => parked.push(reason) },
      sink: { onMembershipChange: () => undefined },
      clock,
      logger: quiet,
      observer: silentObserver,
    },
    {
      connectors: [{ id: 1, serial: SERIAL, name: 'ems1' }],
      reconcileIntervalMs: 0,
      outOfSyncThresholdMs: 180_000,
      outOfSyncPolicy: 'keep',
    },
  );
  const upsert = (seq: number, uid: string, ips: string[], incarnation = 'i1') => ({
    subject: `ztna.v1.ems.1.ep.${uid}`,
    data: ztna.v1.Envelope.encode({
      emsId: 1,
      emsSerial: SERIAL,
      incarnation,
      seq,
      emittedAtMs: clock.now(),
      endpointUpsert: { endpoint: { uid, ips, ztnaTags: ['T'], online: true } },
    }).finish(),
  });
  /** The EMS really changes: its truth moves and it emits the event. */
  const real = (uid: string, ips: string[]) => {
    ems.seq += 1;
    ems.endpoints = [
      ...ems.endpoints.filter((e) => e.uid !== uid),
      { uid, ips, ztnaTags: ['T'], online: true },
    ];
    return upsert(ems.seq, uid, ips);
  };
  const truth = () => ems.endpoints.flatMap((e) => e.ips ?? []).sort();
  return { clock, store, parked, ems, sync, upsert, real, truth };
}

describe('forged and misdirected events (issue 14 item 4)', () => {
  it('seq + 1000: one confirming snapshot, dead-lettered with the reason, acked (never redelivered)', async () => {
    const t = setup();
    await t.sync.start();
    await t.sync.maintain();
    expect(await t.sync.handleBatch([t.real('A', ['10.0.0.1'])])).toEqual(['ack']);
    const before = t.ems.snapshots;
    expect(await t.sync.handleBatch([t.upsert(1001, 'EVIL', ['10.6.6.6'])])).toEqual(['ack']);
    expect(t.ems.snapshots - before).toBe(1);
    expect(t.parked).toEqual([
      'forged-seq: seq 1001: EMS 1 never produced it: its own snapshot is at incarnation "i1" seq 1',
    ]);
    expect(t.store.members('EMS1_ZTNA_T')).toEqual(t.truth());
    expect(t.sync.syncStatus().ems[0]).toMatchObject({
      appliedSeq: 1,
      state: 'in-sync',
      refused: { refuted: 1, lastRefusal: t.parked[0] },
    });
  });

  it('seq + 2 never displaces the real event: the gateway ends equal to the EMS truth', async () => {
    const t = setup();
    await t.sync.start();
    await t.sync.maintain();
    await t.sync.handleBatch([t.real('A', ['10.0.0.1'])]);
    expect(await t.sync.handleBatch([t.upsert(3, 'EVIL', ['10.6.6.6'])])).toEqual(['ack']);
    expect(t.parked).toHaveLength(1);
    expect(t.parked[0]).toMatch(/^forged-seq: seq 3: /);
    expect(await t.sync.handleBatch([t.real('B', ['10.0.0.2'])])).toEqual(['ack']);
    expect(await t.sync.handleBatch([t.real('C', ['10.0.0.3'])])).toEqual(['ack']);
    expect(t.store.members('EMS1_ZTNA_T')).toEqual(t.truth());
    expect(t.store.members('EMS1_ZTNA_T')).not.toContain('10.6.6.6');
    expect(t.sync.syncStatus().ems[0]).toMatchObject({ appliedSeq: 3, state: 'in-sync' });
  });

  it('a foreign incarnation costs at most one confirming snapshot, however many messages carry it', async () => {
    const t = setup();
    await t.sync.start();
    await t.sync.maintain();
    await t.sync.handleBatch([t.real('A', ['10.0.0.1'])]);
    const before = t.ems.snapshots;
    for (let i = 0; i < 50; i++) {
      t.clock.advance(10);
      expect(await t.sync.handleBatch([t.upsert(2 + i, 'EVIL', ['10.6.6.6'], 'forged')])).toEqual(['ack']);
    }
    expect(t.ems.snapshots - before).toBe(1);
    expect(t.parked).toHaveLength(50);
    expect(t.parked[0]).toBe(
      'foreign-incarnation: incarnation "forged": not the current incarnation of EMS 1: its own snapshot is at incarnation "i1" seq 1',
    );
    expect(t.store.members('EMS1_ZTNA_T')).toEqual(t.truth());
    expect(await t.sync.handleBatch([t.real('B', ['10.0.0.2'])])).toEqual(['ack']);
    expect(t.store.members('EMS1_ZTNA_T')).toEqual(t.truth());
    expect(t.sync.syncStatus().ems[0]).toMatchObject({ refused: { refuted: 50 } });
  });

  it('a real gap still heals from the snapshot, nothing dead-lettered', async () => {
    const t = setup();
    await t.sync.start();
    await t.sync.maintain();
    t.real('A', ['10.0.0.1']);
    const second = t.real('B', ['10.0.0.2']);
    expect(await t.sync.handleBatch([second])).toEqual(['ack']);
    expect(t.parked).toEqual([]);
    expect(t.store.members('EMS1_ZTNA_T')).toEqual(t.truth());
  });
});
