import type { DynamicAddressObject } from '../src/core/model/membership.js';
import type { EndpointState } from '../src/tagsync/endpoint-state.js';
import type { MembershipPlan } from '../src/tagsync/membership-draft.js';
import type { AppliedState, LoadedState } from '../src/tagsync/membership-mirror.js';
import type { MembershipStore, StoreResult } from '../src/tagsync/ports.js';

/** A {@link MembershipStore} in memory with the same revision check as the Redis script (tests, demos). */
export class MemoryStore implements MembershipStore {
  revisionNow = 0;
  nextId = 0;
  readonly records = new Map<number, Map<string, EndpointState>>();
  readonly addresses = new Map<string, DynamicAddressObject>();
  readonly applied = new Map<number, AppliedState>();
  readonly sets = new Map<string, Set<string>>();
  /** When set, the next apply throws it (and writes nothing). */
  failNext: Error | undefined;

  async revision(): Promise<number> {
    return this.revisionNow;
  }

  async load(emsIds: readonly number[]): Promise<LoadedState> {
    const wanted = new Set(emsIds);
    return {
      revision: this.revisionNow,
      nextId: this.nextId,
      addresses: [...this.addresses.values()].filter((a) => wanted.has(a.emsId)),
      applied: new Map([...this.applied].filter(([id]) => wanted.has(id))),
      records: new Map(emsIds.map((id) => [id, new Map(this.records.get(id) ?? [])])),
    };
  }

  async apply(plan: MembershipPlan, expectedRevision: number, minRevision: number): Promise<StoreResult> {
    const failure = this.failNext;
    this.failNext = undefined;
    if (failure) throw failure;
    if (this.revisionNow !== expectedRevision) return { conflict: this.revisionNow };
    for (const r of plan.records) {
      let byUid = this.records.get(r.emsId);
      if (!byUid) this.records.set(r.emsId, (byUid = new Map()));
      if (r.state) byUid.set(r.uid, r.state);
      else byUid.delete(r.uid);
    }
    for (const a of plan.created) this.addresses.set(a.name, a);
    if (plan.created.length > 0) this.nextId = plan.nextId;
    for (const [emsId, state] of plan.applied) {
      if (state) this.applied.set(emsId, state);
      else this.applied.delete(emsId);
    }
    let effective = 0;
    for (const d of plan.deltas) {
      let set = this.sets.get(d.address);
      if (!set) this.sets.set(d.address, (set = new Set()));
      const had = set.has(d.member);
      if (d.op === 'add') set.add(d.member);
      else set.delete(d.member);
      if (had !== set.has(d.member)) effective += 1;
    }
    this.revisionNow = Math.max(expectedRevision + 1, minRevision);
    return { revision: this.revisionNow, effective };
  }

  /** Forgets everything, like a Redis that restarted empty. */
  wipe(): void {
    this.revisionNow = 0;
    this.nextId = 0;
    this.records.clear();
    this.addresses.clear();
    this.applied.clear();
    this.sets.clear();
  }

  members(address: string): string[] {
    return [...(this.sets.get(address) ?? [])].sort();
  }
}
