import { sameList, type EndpointState } from './endpoint-state.js';
import type { MembershipDraft } from './membership-draft.js';

/** One EMS's full state as a (possibly paged) snapshot delivered it. */
export interface EmsSnapshot {
  readonly emsId: number;
  readonly incarnation: string;
  readonly seq: number;
  readonly takenAtMs: number;
  /** EMS tenant id (`Snapshot.tenant`). */
  readonly tenant?: string;
  readonly endpoints: readonly EndpointState[];
}

/** True when two normalised records are equal field by field. */
export function sameEndpoint(a: EndpointState, b: EndpointState): boolean {
  return (
    a.uid === b.uid &&
    a.hostname === b.hostname &&
    a.user === b.user &&
    a.online === b.online &&
    a.registered === b.registered &&
    a.quarantined === b.quarantined &&
    sameList(a.ips, b.ips) &&
    sameList(a.macs, b.macs) &&
    sameList(a.ztnaTags, b.ztnaTags) &&
    sameList(a.classificationTags, b.classificationTags)
  );
}

/**
 * Makes the draft's records of one EMS equal to the snapshot: records missing from it are deleted,
 * differing ones replaced, equal ones left alone; the applied state moves to the snapshot's seq.
 * Returns how many records changed.
 */
export function diffSnapshot(draft: MembershipDraft, snapshot: EmsSnapshot): number {
  const { emsId } = snapshot;
  const wanted = new Map(snapshot.endpoints.map((e) => [e.uid, e]));
  let changed = 0;
  for (const uid of draft.uids(emsId)) {
    if (!wanted.has(uid)) {
      draft.put(emsId, uid, undefined);
      changed += 1;
    }
  }
  for (const [uid, state] of wanted) {
    const old = draft.record(emsId, uid);
    if (old && sameEndpoint(old, state)) continue;
    draft.put(emsId, uid, state);
    changed += 1;
  }
  draft.setApplied(emsId, {
    incarnation: snapshot.incarnation,
    seq: snapshot.seq,
    sinceMs: snapshot.takenAtMs,
  });
  return changed;
}
