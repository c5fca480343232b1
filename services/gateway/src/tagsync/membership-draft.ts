import type { DynamicAddressObject, MembershipDelta } from '../core/model/membership.js';
import {
  addressName,
  forEachContribution,
  forEachTagContribution,
  sameContributors,
  type EndpointState,
} from './endpoint-state.js';
import type { AppliedState, MembershipMirror } from './membership-mirror.js';

/** A record written (state) or deleted (undefined). */
export interface RecordChange {
  readonly emsId: number;
  readonly uid: string;
  readonly state: EndpointState | undefined;
}

/** Everything one atomic store write must do, in the order the store applies it. */
export interface MembershipPlan {
  readonly records: readonly RecordChange[];
  /** Net membership changes: a member added and removed again within the draft does not appear. */
  readonly deltas: readonly MembershipDelta[];
  readonly created: readonly DynamicAddressObject[];
  readonly applied: ReadonlyMap<number, AppliedState | undefined>;
  readonly nextId: number;
  readonly emittedAtMs: number | undefined;
}

/**
 * Pending changes on top of a {@link MembershipMirror}, which stays untouched until `commit`. Reads see
 * the draft's own writes, so the events of one batch apply one after the other.
 */
export class MembershipDraft {
  readonly created: DynamicAddressObject[] = [];
  nextId: number;
  /** Record changes by EMS, then uid. */
  private readonly records = new Map<number, Map<string, RecordChange>>();
  private readonly refs = new Map<string, Map<string, number>>();
  private readonly applied = new Map<number, AppliedState | undefined>();
  private readonly createdNames = new Set<string>();
  private oldestEmittedMs: number | undefined;
  private usedIds: Set<number> | undefined;

  constructor(private readonly base: MembershipMirror) {
    this.nextId = base.nextId;
  }

  get isEmpty(): boolean {
    return this.records.size === 0 && this.applied.size === 0 && this.created.length === 0;
  }

  record(emsId: number, uid: string): EndpointState | undefined {
    const change = this.records.get(emsId)?.get(uid);
    return change ? change.state : this.base.record(emsId, uid);
  }

  /** Uids of every record of one EMS, as the draft sees them. */
  uids(emsId: number): string[] {
    const uids = new Set(this.base.records.get(emsId)?.keys() ?? []);
    for (const change of this.records.get(emsId)?.values() ?? []) {
      if (change.state) uids.add(change.uid);
      else uids.delete(change.uid);
    }
    return [...uids];
  }

  appliedState(emsId: number): AppliedState | undefined {
    return this.applied.has(emsId) ? this.applied.get(emsId) : this.base.applied.get(emsId);
  }

  /**
   * Writes (or, with undefined, deletes) a record and moves its contributions. When only tags changed,
   * only the members of the tags that came or went move.
   */
  put(emsId: number, uid: string, state: EndpointState | undefined): void {
    const old = this.record(emsId, uid);
    if (old === state) return;
    if (state) this.defineAll(emsId, state);
    if (old && state && sameContributors(old, state)) {
      if (state.online) {
        this.moveTags(emsId, old, state, false);
        this.moveTags(emsId, old, state, true);
      }
    } else {
      if (old) forEachContribution(emsId, old, this.remove);
      if (state) forEachContribution(emsId, state, this.add);
    }
    let byUid = this.records.get(emsId);
    if (!byUid) this.records.set(emsId, (byUid = new Map()));
    byUid.set(uid, { emsId, uid, state });
  }

  setApplied(emsId: number, state: AppliedState | undefined): void {
    this.applied.set(emsId, state);
  }

  /** Remembers the EMS emitted time of an event folded into this draft (the oldest one is kept). */
  noteEmitted(ms: number): void {
    if (ms > 0 && (this.oldestEmittedMs === undefined || ms < this.oldestEmittedMs))
      this.oldestEmittedMs = ms;
  }

  *recordChanges(): IterableIterator<RecordChange> {
    for (const byUid of this.records.values()) yield* byUid.values();
  }

  refChanges(): IterableIterator<[string, Map<string, number>]> {
    return this.refs.entries();
  }

  appliedChanges(): IterableIterator<[number, AppliedState | undefined]> {
    return this.applied.entries();
  }

  plan(): MembershipPlan {
    const deltas: MembershipDelta[] = [];
    for (const [address, counts] of this.refs) {
      for (const [member, n] of counts) {
        const before = this.base.count(address, member) > 0;
        if (before !== n > 0) deltas.push({ address, member, op: n > 0 ? 'add' : 'remove' });
      }
    }
    return {
      records: [...this.recordChanges()],
      deltas,
      created: this.created,
      applied: this.applied,
      nextId: this.nextId,
      emittedAtMs: this.oldestEmittedMs,
    };
  }

  private readonly add = (address: string, member: string): void => this.adjust(address, member, 1);
  private readonly remove = (address: string, member: string): void => this.adjust(address, member, -1);

  private adjust(address: string, member: string, by: number): void {
    let counts = this.refs.get(address);
    if (!counts) this.refs.set(address, (counts = new Map()));
    const n = (counts.get(member) ?? this.base.count(address, member)) + by;
    if (n < 0) throw new RangeError(`member count of ${member} in ${address} would drop below 0`);
    counts.set(member, n);
  }

  /**
   * Moves the members of the ZTNA (or classification) tags only one of two records has: a merge walk
   * over the two sorted tag lists.
   */
  private moveTags(emsId: number, old: EndpointState, state: EndpointState, classification: boolean): void {
    const before = classification ? old.classificationTags : old.ztnaTags;
    const after = classification ? state.classificationTags : state.ztnaTags;
    let i = 0;
    let j = 0;
    while (i < before.length || j < after.length) {
      const gone = before[i];
      const added = after[j];
      if (added === undefined || (gone !== undefined && gone < added)) {
        forEachTagContribution(emsId, old, gone!, classification, this.remove);
        i += 1;
      } else if (gone === undefined || added < gone) {
        forEachTagContribution(emsId, state, added, classification, this.add);
        j += 1;
      } else {
        i += 1;
        j += 1;
      }
    }
  }

  /** Defines the addresses a record's tags name, whether or not it is online. */
  private defineAll(emsId: number, state: EndpointState): void {
    for (const tag of state.ztnaTags) {
      this.define(emsId, addressName(emsId, 'ztna-ip', tag), 'ztna-ip', tag);
      this.define(emsId, addressName(emsId, 'ztna-mac', tag), 'ztna-mac', tag);
    }
    for (const tag of state.classificationTags) {
      this.define(emsId, addressName(emsId, 'classification', tag), 'classification', tag);
    }
  }

  private define(emsId: number, name: string, kind: DynamicAddressObject['kind'], tag: string): void {
    if (this.base.addresses.has(name) || this.createdNames.has(name)) return;
    const preferred = this.base.preferredIds.get(name);
    this.usedIds ??= new Set([...this.base.addresses.values()].map((a) => a.id));
    const used = this.usedIds;
    const taken = (id: number): boolean => used.has(id);
    let id: number;
    if (preferred !== undefined && !taken(preferred)) {
      id = preferred;
      this.nextId = Math.max(this.nextId, preferred + 1);
    } else {
      do id = this.nextId++;
      while (taken(id));
    }
    used.add(id);
    this.createdNames.add(name);
    this.created.push({ name, tag, id, emsId, kind });
  }
}

/** Drops every endpoint record of an EMS and its applied state (flush, connector removed). */
export function dropRecords(draft: MembershipDraft, emsId: number): void {
  for (const uid of draft.uids(emsId)) draft.put(emsId, uid, undefined);
  draft.setApplied(emsId, undefined);
}
