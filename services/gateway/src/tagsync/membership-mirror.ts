import type { DynamicAddressObject } from '../core/model/membership.js';
import { forEachContribution, type EndpointState } from './endpoint-state.js';
import { MembershipDraft } from './membership-draft.js';

/** First dynamic address ID handed out (FortiOS prints them as `ID(115)`). */
export const FIRST_ADDRESS_ID = 100;

/** Where tag sync stands with one EMS: the last event (or snapshot) applied. */
export interface AppliedState {
  readonly incarnation: string;
  readonly seq: number;
  /** EMS time (epoch ms) of the snapshot that established this incarnation; older foreign events are stale. */
  readonly sinceMs: number;
}

/** What the store holds, as loaded at start (records already decoded). */
export interface LoadedState {
  readonly revision: number;
  readonly nextId: number;
  readonly addresses: readonly DynamicAddressObject[];
  readonly applied: ReadonlyMap<number, AppliedState>;
  readonly records: ReadonlyMap<number, ReadonlyMap<string, EndpointState>>;
}

/**
 * The gateway's in-memory copy of its Redis namespace: endpoint records, address objects, and per
 * address the number of online endpoints contributing each member. A member is in an address while that
 * count is above zero, so two endpoints sharing an IP keep it in the address until both have left.
 * Changes are planned on a {@link MembershipDraft} and committed once the store confirmed them.
 */
export class MembershipMirror {
  readonly records = new Map<number, Map<string, EndpointState>>();
  readonly refs = new Map<string, Map<string, number>>();
  readonly addresses = new Map<string, DynamicAddressObject>();
  readonly applied = new Map<number, AppliedState>();
  revision = 0;
  nextId = FIRST_ADDRESS_ID;

  /**
   * @param preferredIds IDs to reuse for names seen before (kept across a Redis that came back empty).
   */
  constructor(readonly preferredIds: ReadonlyMap<string, number> = new Map()) {}

  /** Builds a mirror from loaded state, recomputing member counts from the records. */
  static fromLoaded(state: LoadedState, preferredIds?: ReadonlyMap<string, number>): MembershipMirror {
    const mirror = new MembershipMirror(preferredIds);
    mirror.revision = state.revision;
    mirror.nextId = Math.max(state.nextId, FIRST_ADDRESS_ID);
    for (const a of state.addresses) mirror.addresses.set(a.name, a);
    for (const [emsId, applied] of state.applied) mirror.applied.set(emsId, applied);
    for (const [emsId, byUid] of state.records) {
      const copy = new Map(byUid);
      mirror.records.set(emsId, copy);
      for (const record of copy.values()) {
        forEachContribution(emsId, record, (address, member) => {
          let members = mirror.refs.get(address);
          if (!members) mirror.refs.set(address, (members = new Map()));
          members.set(member, (members.get(member) ?? 0) + 1);
        });
      }
    }
    return mirror;
  }

  draft(): MembershipDraft {
    return new MembershipDraft(this);
  }

  record(emsId: number, uid: string): EndpointState | undefined {
    return this.records.get(emsId)?.get(uid);
  }

  count(address: string, member: string): number {
    return this.refs.get(address)?.get(member) ?? 0;
  }

  /** Current members of an address, sorted. */
  members(address: string): string[] {
    return [...(this.refs.get(address)?.keys() ?? [])].sort();
  }

  /** Folds a draft the store has confirmed into the mirror, at `revision`. */
  commit(draft: MembershipDraft, revision: number): void {
    for (const { emsId, uid, state } of draft.recordChanges()) {
      let byUid = this.records.get(emsId);
      if (!byUid) this.records.set(emsId, (byUid = new Map()));
      if (state) byUid.set(uid, state);
      else byUid.delete(uid);
    }
    for (const [address, counts] of draft.refChanges()) {
      let members = this.refs.get(address);
      if (!members) this.refs.set(address, (members = new Map()));
      for (const [member, n] of counts) {
        if (n > 0) members.set(member, n);
        else members.delete(member);
      }
    }
    for (const a of draft.created) this.addresses.set(a.name, a);
    for (const [emsId, state] of draft.appliedChanges()) {
      if (state) this.applied.set(emsId, state);
      else this.applied.delete(emsId);
    }
    this.nextId = draft.nextId;
    this.revision = revision;
  }
}
