import type { AppliedState } from './membership-mirror.js';
import type { Refusal } from './event-check.js';
import type { ResyncCause } from './sequencer.js';

/** Incarnations refuted per EMS that are remembered (oldest forgotten first). */
const REMEMBERED_INCARNATIONS = 16;

/** What tag sync knows of refused (forged or misdirected) events of one EMS, for `/sync`. */
export interface ForgeryView {
  /** Events dead-lettered because the EMS's own snapshot refuted their seq or incarnation. */
  readonly refuted: number;
  /** The reason of the last one, or null. */
  readonly lastRefusal: string | null;
}

/**
 * Judges events that still do not fit right after a snapshot of their EMS confirmed its state: a seq
 * beyond the snapshot's (same incarnation) is one the EMS never produced, an incarnation other than
 * the snapshot's is not the EMS's current one. Refuted incarnations are remembered, so their later
 * events are refused without another snapshot. Pure bookkeeping; tag sync dead-letters.
 */
export class ForgeryGuard {
  private readonly refutedIncarnations = new Map<number, Set<string>>();
  private readonly views = new Map<number, { refuted: number; lastRefusal: string | null }>();

  /** The refusal of an event whose incarnation a snapshot already refuted, or undefined. */
  known(event: { emsId: number; incarnation: string; seq: number }): Refusal | undefined {
    if (!this.refutedIncarnations.get(event.emsId)?.has(event.incarnation)) return undefined;
    return {
      kind: 'foreign-incarnation',
      problem: {
        field: 'incarnation',
        value: event.incarnation,
        reason: `EMS ${event.emsId} has another incarnation by its own snapshot (seq ${event.seq})`,
      },
    };
  }

  /**
   * The refusal of an event that still needs a resync (`cause`) right after a snapshot confirmed
   * `confirmed`, and records it.
   */
  refute(
    event: { emsId: number; incarnation: string; seq: number },
    cause: ResyncCause,
    confirmed: AppliedState | undefined,
  ): Refusal {
    const at = confirmed ? `incarnation "${confirmed.incarnation}" seq ${confirmed.seq}` : 'no state';
    let refusal: Refusal;
    if (cause === 'gap' && confirmed?.incarnation === event.incarnation) {
      refusal = {
        kind: 'forged-seq',
        problem: {
          field: 'seq',
          value: event.seq,
          reason: `EMS ${event.emsId} never produced it: its own snapshot is at ${at}`,
        },
      };
    } else {
      refusal = {
        kind: 'foreign-incarnation',
        problem: {
          field: 'incarnation',
          value: event.incarnation,
          reason: `not the current incarnation of EMS ${event.emsId}: its own snapshot is at ${at}`,
        },
      };
      this.remember(event.emsId, event.incarnation);
    }
    return refusal;
  }

  /** Counts a refused event of `emsId` with its reason, for {@link view}. */
  counted(emsId: number, reason: string): void {
    const view = this.views.get(emsId) ?? { refuted: 0, lastRefusal: null };
    view.refuted += 1;
    view.lastRefusal = reason;
    this.views.set(emsId, view);
  }

  view(emsId: number): ForgeryView {
    return { ...(this.views.get(emsId) ?? { refuted: 0, lastRefusal: null }) };
  }

  private remember(emsId: number, incarnation: string): void {
    let set = this.refutedIncarnations.get(emsId);
    if (!set) this.refutedIncarnations.set(emsId, (set = new Set()));
    set.delete(incarnation);
    set.add(incarnation);
    if (set.size > REMEMBERED_INCARNATIONS) set.delete(set.values().next().value!);
  }
}
