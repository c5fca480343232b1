import { ztna } from '@ztna/proto';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { MemoryStore } from '../../testing/memory-store.js';
import { toEndpointState } from './endpoint-state.js';
import { HeartbeatWatch } from './heartbeat-watch.js';
import { silentObserver } from './ports.js';
import { TagSync } from './tag-sync.js';

const SERIAL = 'FCTEMS0000000001';
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Tag sync over a memory store with an EMS double that answers snapshots while `up`. */
function heartbeatSetup(thresholdOf?: (emsId: number) => number | undefined) {
  const clock = new FakeClock();
  const ems = { incarnation: 'i1', seq: 0, endpoints: [] as ztna.v1.IEndpoint[], up: true, asked: 0 };
  const sync = new TagSync(
    {
      store: new MemoryStore(),
      snapshots: {
        fetch: async (emsId) => {
          ems.asked += 1;
          if (!ems.up) throw new Error('no answer');
          const endpoints = ems.endpoints.map((e) => toEndpointState(e));
          return { emsId, incarnation: ems.incarnation, seq: ems.seq, takenAtMs: clock.now(), endpoints };
        },
      },
      deadLetters: { publish: () => undefined },
      sink: { onMembershipChange: () => undefined },
      clock,
      logger: quiet,
      observer: silentObserver,
    },
    {
      connectors: [{ id: 1, serial: SERIAL, name: 'ems1' }],
      reconcileIntervalMs: 0,
      outOfSyncThresholdMs: 180_000,
      ...(thresholdOf ? { outOfSyncThresholdMsOf: thresholdOf } : {}),
      outOfSyncPolicy: 'keep',
    },
  );
  const attach = (seq: number, uid: string, ips: string[], tags: string[]) => ({
    subject: `ztna.v1.ems.1.ep.${uid}`,
    data: ztna.v1.Envelope.encode({
      emsId: 1,
      emsSerial: SERIAL,
      incarnation: ems.incarnation,
      seq,
      emittedAtMs: clock.now(),
      endpointUpsert: { endpoint: { uid, ips, ztnaTags: tags, online: true } },
    }).finish(),
  });
  const beat = () => sync.heartbeat({ emsId: 1, incarnation: ems.incarnation, seq: ems.seq });
  return { clock, ems, sync, attach, beat };
}

describe('HeartbeatWatch', () => {
  it('answers a cause only after two heartbeats ahead with the applied state unchanged', () => {
    const w = new HeartbeatWatch();
    const applied = { incarnation: 'i1', seq: 4 };
    expect(w.observe({ emsId: 1, incarnation: 'i1', seq: 5 }, applied, 1000)).toBeUndefined();
    expect(w.observe({ emsId: 1, incarnation: 'i1', seq: 6 }, applied, 2000)).toBe('gap');
    expect(w.lastHeardMs).toBe(2000);
    // progress in between restarts the count
    expect(
      w.observe({ emsId: 1, incarnation: 'i1', seq: 9 }, { incarnation: 'i1', seq: 5 }, 3000),
    ).toBeUndefined();
    expect(
      w.observe({ emsId: 1, incarnation: 'i1', seq: 9 }, { incarnation: 'i1', seq: 7 }, 4000),
    ).toBeUndefined();
    expect(w.observe({ emsId: 1, incarnation: 'i2', seq: 0 }, { incarnation: 'i1', seq: 7 }, 5000)).toBe(
      'new-incarnation',
    );
    expect(w.observe({ emsId: 1, incarnation: 'i1', seq: 3 }, applied, 6000)).toBeUndefined();
  });
});

describe('TagSync heartbeats', () => {
  it('resyncs when the last event was lost: heartbeat seq ahead, no progress for two heartbeats', async () => {
    const t = heartbeatSetup();
    await t.sync.start();
    await t.sync.maintain();
    await t.sync.handleBatch([t.attach(1, 'A', ['10.0.0.1'], ['T'])]);
    // event 2 never arrives; the EMS has it
    t.ems.endpoints = [
      { uid: 'A', ips: ['10.0.0.1'], ztnaTags: ['T'], online: true },
      { uid: 'B', ips: ['10.0.0.2'], ztnaTags: ['T'], online: true },
    ];
    t.ems.seq = 2;
    const asked = t.ems.asked;
    expect(await t.beat()).toBe(false);
    t.clock.advance(1000);
    expect(await t.beat()).toBe(true);
    expect(t.ems.asked).toBe(asked + 1);
    expect(t.sync.syncStatus().ems[0]).toMatchObject({ appliedSeq: 2, state: 'in-sync' });
    expect(t.sync.dynamicAddresses()[0]?.members).toEqual(['10.0.0.1', '10.0.0.2']);
    // caught up: further heartbeats change nothing
    expect(await t.beat()).toBe(false);
    expect(await t.beat()).toBe(false);
    expect(t.ems.asked).toBe(asked + 1);
  });

  it("goes out-of-sync after the connector's own threshold without a heartbeat, and back on the next one", async () => {
    const t = heartbeatSetup((emsId) => (emsId === 1 ? 10_000 : undefined));
    await t.sync.start();
    await t.sync.maintain();
    await t.beat();
    expect(t.sync.syncStatus().ems[0]?.lastHeartbeatAt).toBe(new Date(t.clock.now()).toISOString());
    t.clock.advance(9_999);
    await t.sync.maintain();
    expect(t.sync.syncStatus().ems[0]?.state).toBe('in-sync');
    t.clock.advance(1);
    await t.sync.maintain();
    expect(t.sync.syncStatus().ems[0]?.state).toBe('out-of-sync');
    t.ems.up = true;
    await t.beat();
    await t.sync.maintain();
    expect(t.sync.syncStatus().ems[0]?.state).toBe('in-sync');
  });

  it('never goes out-of-sync by heartbeat silence before the first heartbeat', async () => {
    const t = heartbeatSetup();
    await t.sync.start();
    await t.sync.maintain();
    t.clock.advance(600_000);
    await t.sync.maintain();
    expect(t.sync.syncStatus().ems[0]?.state).toBe('in-sync');
  });
});
