import type { LoadedState } from './membership-mirror.js';
import type { MembershipPlan } from './membership-draft.js';
import type { EmsSnapshot } from './snapshot-diff.js';
import type { Refusal, RefusalKind } from './event-check.js';
import type { ResyncCause } from './sequencer.js';

/** Outcome of an atomic store write. */
export type StoreResult =
  { readonly revision: number; readonly effective: number } | { readonly conflict: number };

/** The gateway's namespace in Redis, written only through atomic plans. */
export interface MembershipStore {
  /** Reads records, address objects, applied state and revision of the given EMS connectors. */
  load(emsIds: readonly number[]): Promise<LoadedState>;
  /**
   * Applies the plan in one atomic step when the store is still at `expectedRevision`, and moves the
   * revision to max(expected + 1, minRevision). `effective` counts the membership changes the store
   * actually made. When the revision differs nothing is written and `conflict` is the store's revision.
   */
  apply(plan: MembershipPlan, expectedRevision: number, minRevision: number): Promise<StoreResult>;
  /** The revision the store holds now. */
  revision(): Promise<number>;
}

/** Fetches an EMS's full state; rejects when the EMS does not answer or answers nonsense. */
export interface SnapshotSource {
  fetch(emsId: number): Promise<EmsSnapshot>;
}

/** Where refused messages go, with the reason. */
export interface DeadLetterSink {
  publish(subject: string, data: Uint8Array, reason: string): void;
}

/** One kept dead letter as the API shows it. */
export interface DeadLetterRecord {
  /** Its sequence in the dead-letter stream. */
  readonly seq: number;
  /** When it was stored (ISO 8601). */
  readonly at: string;
  /** The subject the refused message arrived on. */
  readonly subject: string;
  readonly reason: string;
  /** Size of the refused message, bytes. */
  readonly size: number;
  /** Its first bytes, base64 (at most `DEAD_LETTER_PREVIEW_BYTES`). */
  readonly data: string;
}

/** Most bytes of a dead letter's payload shown by the API. */
export const DEAD_LETTER_PREVIEW_BYTES = 256;

/** Reads the kept dead letters, newest first. */
export interface DeadLetterReader {
  /** The newest `limit` dead letters and how many are kept; rejects when the stream is not reachable. */
  newest(limit: number): Promise<{ total: number; deadLetters: DeadLetterRecord[] }>;
}

/** What tag sync reports for metrics; every method is optional to implement meaningfully. */
export interface TagSyncObserver {
  applied(events: number, emittedAtMs: readonly number[], appliedAtMs: number): void;
  skipped(reason: 'duplicate' | 'stale-incarnation' | 'unknown-endpoint', count: number): void;
  deadLettered(kind: RefusalKind, refusal: Refusal): void;
  resync(emsId: number, cause: ResyncCause, ok: boolean, durationMs: number): void;
  revision(revision: number): void;
  storeMismatch(planned: number, effective: number): void;
}

export const silentObserver: TagSyncObserver = {
  applied: () => undefined,
  skipped: () => undefined,
  deadLettered: () => undefined,
  resync: () => undefined,
  revision: () => undefined,
  storeMismatch: () => undefined,
};

/** One observer that forwards every report to each of the given ones, in order. */
export function combineObservers(...observers: TagSyncObserver[]): TagSyncObserver {
  return {
    applied: (...a) => observers.forEach((o) => o.applied(...a)),
    skipped: (...a) => observers.forEach((o) => o.skipped(...a)),
    deadLettered: (...a) => observers.forEach((o) => o.deadLettered(...a)),
    resync: (...a) => observers.forEach((o) => o.resync(...a)),
    revision: (...a) => observers.forEach((o) => o.revision(...a)),
    storeMismatch: (...a) => observers.forEach((o) => o.storeMismatch(...a)),
  };
}
