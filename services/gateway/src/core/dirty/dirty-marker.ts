import type { EngineContext } from '../engine-context.js';
import type { TriggerReport } from '../model/engine-api.js';
import { SessionFlag } from '../sessions/session-flags.js';
import { recheckSession } from './recheck.js';
import { sessionChanged } from '../engine/session-events.js';
import type { SessionTrigger } from '../model/gateway-events.js';

/** The feed's name of each dirty trigger. */
const TRIGGER_NAMES: Record<TriggerReport['trigger'], SessionTrigger> = {
  policy: 'policy',
  route: 'route',
  interface: 'interface',
  'dynamic-address': 'dyn-addr',
  fqdn: 'fqdn',
  'external-resource': 'ext-resource',
};

export type MarkMode = 'dirty' | 'persistent';

/**
 * Marks sessions found by a trigger and queues dirty ones for the background sweep. A blocked session
 * is left alone; a dirty one stays dirty; a persistent one becomes dirty when a later trigger says so.
 */
export class DirtyMarker {
  private serials: number[] = [];
  private slots: number[] = [];
  private dues: number[] = [];
  private head = 0;

  constructor(private readonly ctx: EngineContext) {}

  /** Marks `slot`; counts the change in `report`. */
  mark(slot: number, mode: MarkMode, report: TriggerReport, nowMs: number): void {
    const t = this.ctx.table;
    const f = t.cols.flags[slot]!;
    if (f & (SessionFlag.BLOCK | SessionFlag.DIRTY)) return;
    if (mode === 'persistent') {
      if (f & SessionFlag.PERSISTENT) return;
      t.setFlags(slot, f | SessionFlag.PERSISTENT);
      report.persistent += 1;
      this.told(slot, 'persistent', report, nowMs);
      return;
    }
    t.setFlags(slot, (f | SessionFlag.DIRTY) & ~SessionFlag.PERSISTENT);
    report.dirty += 1;
    this.told(slot, 'dirty', report, nowMs);
    this.serials.push(t.cols.serial[slot]!);
    this.slots.push(slot);
    this.dues.push(nowMs + this.ctx.sweepDelayMs);
  }

  /** Re-checks the queued dirty sessions whose sweep time has come; returns how many were re-checked. */
  sweep(nowMs: number): number {
    const t = this.ctx.table;
    let n = 0;
    while (this.head < this.dues.length && this.dues[this.head]! <= nowMs) {
      const slot = this.slots[this.head]!;
      const serial = this.serials[this.head]!;
      this.head += 1;
      if (!t.live(slot) || t.cols.serial[slot] !== serial) continue;
      if ((t.cols.flags[slot]! & SessionFlag.DIRTY) === 0) continue;
      recheckSession(this.ctx, slot, nowMs, 'sweep');
      n += 1;
    }
    if (this.head > 1024 && this.head * 2 > this.dues.length) {
      this.serials = this.serials.slice(this.head);
      this.slots = this.slots.slice(this.head);
      this.dues = this.dues.slice(this.head);
      this.head = 0;
    }
    return n;
  }

  private told(slot: number, mode: MarkMode, report: TriggerReport, nowMs: number): void {
    if (this.ctx.events === undefined) return;
    const policy = this.ctx.table.cols.policyId[slot]!;
    sessionChanged(this.ctx, slot, mode, TRIGGER_NAMES[report.trigger], policy, nowMs);
  }

  /** Runs the sweep at once when the delay is 0 (called at the end of every trigger). */
  afterTrigger(nowMs: number): void {
    if (this.ctx.sweepDelayMs === 0) this.sweep(nowMs);
  }
}
