import { ztna } from '@ztna/proto';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { MemoryStore } from '../../testing/memory-store.js';
import { toEndpointState } from './endpoint-state.js';
import { silentObserver } from './ports.js';
import { TagSync } from './tag-sync.js';

const serial = (id: number): string => `FCTEMS000000000${id}`;
const connector = (id: number) => ({ id, serial: serial(id), name: `ems${id}` });
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Tag sync consuming EMS 1, with EMS 1 and EMS 2 answering snapshots from their own endpoints. */
function setup() {
  const clock = new FakeClock();
  const store = new MemoryStore();
  const parked: string[] = [];
  const endpoints = new Map<number, ztna.v1.IEndpoint[]>([
    [1, [{ uid: 'A', ips: ['10.0.0.1'], ztnaTags: ['T'], online: true }]],
    [2, [{ uid: 'B', ips: ['10.0.0.2'], ztnaTags: ['T'], online: true }]],
  ]);
  const fetched: number[] = [];
  const sync = new TagSync(
    {
      store,
      snapshots: {
        fetch: async (emsId) => {
          fetched.push(emsId);
          const list = endpoints.get(emsId) ?? [];
          return {
            emsId,
            incarnation: 'i1',
            seq: 1,
            takenAtMs: clock.now(),
            endpoints: list.map(toEndpointState),
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
      connectors: [connector(1)],
      reconcileIntervalMs: 0,
      outOfSyncThresholdMs: 180_000,
      outOfSyncPolicy: 'keep',
    },
  );
  const upsert = (emsId: number, seq: number, uid: string, ip: string) => ({
    subject: `ztna.v1.ems.${emsId}.ep.${uid}`,
    data: ztna.v1.Envelope.encode({
      emsId,
      emsSerial: serial(emsId),
      incarnation: 'i1',
      seq,
      emittedAtMs: clock.now(),
      endpointUpsert: { endpoint: { uid, ips: [ip], ztnaTags: ['T'], online: true } },
    }).finish(),
  });
  return { store, parked, fetched, sync, upsert };
}

describe('TagSync connectors changed while running (live fctems edits)', () => {
  it('an added connector is resynced from its snapshot, then its events apply', async () => {
    const t = setup();
    await t.sync.start();
    await t.sync.maintain();
    expect(await t.sync.handleBatch([t.upsert(2, 2, 'C', '10.0.0.3')])).toEqual(['ack']);
    expect(t.parked).toEqual([expect.stringMatching(/^unknown-ems: /)]);

    await t.sync.setConnectors([connector(1), connector(2)]);
    expect(t.fetched).toEqual([1, 2]);
    expect(t.store.members('EMS2_ZTNA_T')).toEqual(['10.0.0.2']);
    expect(t.sync.syncStatus().ems.map((e) => [e.id, e.state, e.appliedSeq])).toEqual([
      [1, 'in-sync', 1],
      [2, 'in-sync', 1],
    ]);
    expect(await t.sync.handleBatch([t.upsert(2, 2, 'C', '10.0.0.3')])).toEqual(['ack']);
    expect(t.store.members('EMS2_ZTNA_T')).toEqual(['10.0.0.2', '10.0.0.3']);
    expect(t.store.members('EMS1_ZTNA_T')).toEqual(['10.0.0.1']);
  });

  it('a removed connector is no longer consumed and its addresses lose their members', async () => {
    const t = setup();
    await t.sync.start();
    await t.sync.setConnectors([connector(1), connector(2)]);
    await t.sync.maintain();
    await t.sync.setConnectors([connector(1)]);
    expect(t.store.members('EMS2_ZTNA_T')).toEqual([]);
    expect(t.sync.dynamicAddresses().map((a) => [a.name, a.members])).toContainEqual(['EMS2_ZTNA_T', []]);
    expect(t.sync.syncStatus().ems.map((e) => e.id)).toEqual([1]);
    expect(await t.sync.handleBatch([t.upsert(2, 2, 'C', '10.0.0.3')])).toEqual(['ack']);
    expect(t.store.members('EMS2_ZTNA_T')).toEqual([]);
    expect(t.parked).toEqual([expect.stringMatching(/^unknown-ems: /)]);
    expect(t.store.members('EMS1_ZTNA_T')).toEqual(['10.0.0.1']);
  });

  it('a connector added back after removal starts from a fresh snapshot', async () => {
    const t = setup();
    await t.sync.start();
    await t.sync.setConnectors([connector(1), connector(2)]);
    await t.sync.setConnectors([connector(1)]);
    await t.sync.setConnectors([connector(1), connector(2)]);
    expect(t.fetched.filter((id) => id === 2)).toHaveLength(2);
    expect(t.store.members('EMS2_ZTNA_T')).toEqual(['10.0.0.2']);
  });

  it('a renamed connector (same serial) keeps its state and takes no new snapshot', async () => {
    const t = setup();
    await t.sync.start();
    await t.sync.maintain();
    await t.sync.setConnectors([{ ...connector(1), name: 'renamed' }]);
    expect(t.fetched).toEqual([1]);
    expect(t.sync.syncStatus().ems).toEqual([
      expect.objectContaining({ id: 1, name: 'renamed', state: 'in-sync', appliedSeq: 1 }),
    ]);
    expect(t.store.members('EMS1_ZTNA_T')).toEqual(['10.0.0.1']);
  });
});
