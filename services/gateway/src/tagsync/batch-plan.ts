import type { ztna } from '@ztna/proto';
import { applyEvent } from './event-apply.js';
import type { MembershipDraft } from './membership-draft.js';
import type { TagSyncObserver } from './ports.js';
import { sequence, type ResyncCause } from './sequencer.js';

/** ack: done with (applied, skipped or dead-lettered); nak: not applied, deliver again later. */
export type Decision = 'ack' | 'nak';

/** A valid event and its position in the batch. */
export interface Sequenced {
  readonly index: number;
  readonly envelope: ztna.v1.Envelope;
}

export interface BatchContext {
  /** EMS whose events wait for a resync: they are nak'ed. */
  readonly blocked: ReadonlySet<number>;
  readonly decisions: Decision[];
  readonly observer: TagSyncObserver;
}

/** Where planning stopped: the event at `at` needs a resync of its EMS first. */
export interface ResyncStop {
  readonly at: number;
  readonly emsId: number;
  readonly cause: ResyncCause;
}

/** What planning a batch found: where it stopped (if it did) and the emitted times of applied events. */
export interface BatchPlanResult {
  readonly stop: ResyncStop | undefined;
  readonly emitted: readonly number[];
}

/**
 * Folds events into the draft in order: the next seq applies and advances the applied state,
 * duplicates and stale incarnations are skipped. Stops at the first event that needs a resync and
 * returns where, leaving it and the events after it undecided.
 */
export function planBatch(
  draft: MembershipDraft,
  events: readonly Sequenced[],
  ctx: BatchContext,
): BatchPlanResult {
  const emitted: number[] = [];
  let stop: ResyncStop | undefined;
  for (let at = 0; at < events.length && !stop; at++) {
    const { index, envelope: e } = events[at]!;
    if (ctx.blocked.has(e.emsId)) {
      ctx.decisions[index] = 'nak';
      continue;
    }
    const current = draft.appliedState(e.emsId);
    const next = sequence(current, e);
    ctx.decisions[index] = 'ack';
    if (next.action === 'resync') {
      stop = { at, emsId: e.emsId, cause: next.cause };
    } else if (next.action !== 'apply') {
      ctx.observer.skipped(next.action, 1);
    } else {
      if (!applyEvent(draft, e)) ctx.observer.skipped('unknown-endpoint', 1);
      draft.setApplied(e.emsId, { ...current!, seq: e.seq });
      draft.noteEmitted(e.emittedAtMs);
      emitted.push(e.emittedAtMs);
    }
  }
  return { stop, emitted };
}
