import { describe, expect, it } from 'vitest';
import { toEndpointState, type EndpointState } from './endpoint-state.js';
import { MembershipMirror } from './membership-mirror.js';

/** A small deterministic generator (mulberry32), so the random walk below is the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Member counts per address recomputed from scratch from the records, as sorted `address member count`. */
function fromScratch(records: ReadonlyMap<string, EndpointState>): string[] {
  const mirror = MembershipMirror.fromLoaded({
    revision: 0,
    nextId: 0,
    addresses: [],
    applied: new Map(),
    records: new Map([[1, records]]),
  });
  return [...mirror.refs]
    .flatMap(([address, members]) => [...members].map(([m, n]) => `${address} ${m} ${n}`))
    .sort();
}

const ep = (uid: string, ips: string[], tags: string[], online = true) =>
  toEndpointState({ uid, ips, macs: [], ztnaTags: tags, online });

describe('MembershipDraft', () => {
  it('keeps a shared IP until the last online endpoint holding it with the tag leaves', () => {
    const mirror = new MembershipMirror();
    let draft = mirror.draft();
    draft.put(1, 'A', ep('A', ['10.0.0.5'], ['T']));
    draft.put(1, 'B', ep('B', ['10.0.0.5'], ['T']));
    expect(draft.plan().deltas).toEqual([{ address: 'EMS1_ZTNA_T', member: '10.0.0.5', op: 'add' }]);
    mirror.commit(draft, 1);
    draft = mirror.draft();
    draft.put(1, 'A', ep('A', ['10.0.0.5'], ['T'], false));
    expect(draft.plan().deltas).toEqual([]);
    mirror.commit(draft, 2);
    draft = mirror.draft();
    draft.put(1, 'B', undefined);
    expect(draft.plan().deltas).toEqual([{ address: 'EMS1_ZTNA_T', member: '10.0.0.5', op: 'remove' }]);
  });

  it('plans net changes only: joined and left within one draft is nothing', () => {
    const mirror = new MembershipMirror();
    const draft = mirror.draft();
    draft.put(1, 'A', ep('A', ['10.0.0.5'], ['T']));
    draft.put(1, 'A', ep('A', ['10.0.0.6'], ['T']));
    expect(draft.plan().deltas).toEqual([{ address: 'EMS1_ZTNA_T', member: '10.0.0.6', op: 'add' }]);
  });

  it('moves members incrementally exactly as a recomputation from scratch would, over a random walk', () => {
    const next = random(42);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
    const tags = ['A', 'B', 'C', 'D', 'E'];
    const subset = (): string[] => tags.filter(() => next() < 0.4);
    const mirror = new MembershipMirror();
    const records = new Map<string, EndpointState>();
    for (let round = 1; round <= 200; round++) {
      const draft = mirror.draft();
      for (let step = 0; step < 10; step++) {
        const uid = pick(['U1', 'U2', 'U3', 'U4']);
        const old = records.get(uid);
        const roll = next();
        let state: EndpointState | undefined;
        if (!old || roll < 0.1) {
          state = toEndpointState({
            uid,
            ips: [pick(['10.0.0.1', '10.0.0.2', '10.0.0.3'])],
            macs: next() < 0.5 ? [pick(['02:00:00:00:00:01', '02:00:00:00:00:02'])] : [],
            ztnaTags: subset(),
            classificationTags: subset(),
            online: next() < 0.8,
          });
        } else if (roll < 0.7) {
          const classification = next() < 0.3;
          const have = classification ? old.classificationTags : old.ztnaTags;
          const changed =
            next() < 0.5 ? [...new Set([...have, pick(tags)])].sort() : have.filter((t) => t !== pick(have));
          state = classification ? { ...old, classificationTags: changed } : { ...old, ztnaTags: changed };
        } else if (roll < 0.85) {
          state = { ...old, online: !old.online };
        } else if (roll < 0.95) {
          state = toEndpointState({ ...old, ips: [pick(['10.0.0.1', '10.0.0.4'])] });
        } else {
          state = undefined;
        }
        draft.put(1, uid, state);
        if (state) records.set(uid, state);
        else records.delete(uid);
      }
      draft.plan();
      mirror.commit(draft, round);
      const incremental = [...mirror.refs]
        .flatMap(([address, members]) => [...members].map(([m, n]) => `${address} ${m} ${n}`))
        .sort();
      expect(incremental, `round ${round}`).toEqual(fromScratch(records));
      for (const counts of mirror.refs.values())
        for (const n of counts.values()) expect(n).toBeGreaterThan(0);
    }
  });

  it('defines IP and MAC addresses per tag with increasing IDs from 100, reusing preferred IDs', () => {
    const fresh = new MembershipMirror().draft();
    fresh.put(1, 'A', ep('A', ['10.0.0.5'], ['T'], false));
    expect(fresh.created.map((a) => [a.name, a.id, a.kind])).toEqual([
      ['EMS1_ZTNA_T', 100, 'ztna-ip'],
      ['MAC_EMS1_ZTNA_T', 101, 'ztna-mac'],
    ]);
    const remembered = new MembershipMirror(new Map([['MAC_EMS1_ZTNA_T', 140]])).draft();
    remembered.put(1, 'A', ep('A', ['10.0.0.5'], ['T']));
    expect(remembered.created.map((a) => a.id)).toEqual([100, 140]);
    expect(remembered.nextId).toBe(141);
  });
});
