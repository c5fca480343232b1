import { describe, expect, it } from 'vitest';
import { toEndpointState } from './endpoint-state.js';
import { MembershipMirror } from './membership-mirror.js';

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
