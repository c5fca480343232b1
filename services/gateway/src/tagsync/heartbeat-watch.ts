import type { ResyncCause } from './sequencer.js';

/** One EMS heartbeat as tag sync sees it (decoded and checked by the adapter). */
export interface EmsHeartbeat {
  readonly emsId: number;
  readonly incarnation: string;
  /** Last sequence the EMS produced in `incarnation`. */
  readonly seq: number;
}

/**
 * Judges the heartbeats of one EMS against what the gateway applied. A heartbeat is "behind" when it
 * names another incarnation than the applied one, or a higher seq. Two behind heartbeats in a row with
 * the applied state unchanged between them mean the gateway is stuck (a lost or held last event, a
 * restarted EMS with nothing new to say): the watch answers the resync cause once, then waits for
 * progress or a new stall.
 */
export class HeartbeatWatch {
  /** When the last heartbeat arrived (epoch ms), undefined before the first. */
  lastHeardMs: number | undefined;
  private stalledAt: string | undefined;

  /** Records a heartbeat; returns the resync cause when the gateway has made no progress for two heartbeats. */
  observe(
    hb: EmsHeartbeat,
    applied: { incarnation: string; seq: number } | undefined,
    now: number,
  ): ResyncCause | undefined {
    this.lastHeardMs = now;
    if (applied === undefined) return undefined;
    const sameIncarnation = hb.incarnation === applied.incarnation;
    if (sameIncarnation && hb.seq <= applied.seq) {
      this.stalledAt = undefined;
      return undefined;
    }
    const mark = `${applied.incarnation}:${applied.seq}`;
    if (this.stalledAt !== mark) {
      this.stalledAt = mark;
      return undefined;
    }
    this.stalledAt = undefined;
    return sameIncarnation ? 'gap' : 'new-incarnation';
  }
}
