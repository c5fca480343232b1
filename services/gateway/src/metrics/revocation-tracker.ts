import { ipv4ToInt } from '@ztna/proto';
import type { MembershipChange } from '../core/model/membership.js';

/** How many revoked members are remembered while waiting for their first dropped packet. */
const DEFAULT_CAPACITY = 100_000;

/**
 * Remembers when each IP left a dynamic address (EMS emitted time) until a packet from or to it is
 * dropped, so the gateway can measure "EMS emitted → first packet dropped". Bounded: the oldest entry
 * is forgotten first.
 */
export class RevocationTracker {
  private readonly pending = new Map<number, number>();

  constructor(
    private readonly onFirstDrop: (latencyMs: number) => void,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  get size(): number {
    return this.pending.size;
  }

  /** Notes the IPs a change removed, stamped with its EMS emitted time (ignored when absent). */
  revoked(change: MembershipChange): void {
    const at = change.emittedAtMs;
    if (at === undefined) return;
    for (const d of change.deltas) {
      if (d.op !== 'remove') continue;
      const ip = ipv4ToInt(d.member);
      if (Number.isNaN(ip)) continue;
      this.pending.delete(ip);
      this.pending.set(ip, at);
      if (this.pending.size > this.capacity) this.pending.delete(this.pending.keys().next().value!);
    }
  }

  /** A packet between `src` and `dst` was dropped at `nowMs`: reports the first drop of a revoked IP. */
  dropped(src: number, dst: number, nowMs: number): void {
    if (this.pending.size === 0) return;
    this.settle(src, nowMs);
    this.settle(dst, nowMs);
  }

  private settle(ip: number, nowMs: number): void {
    const at = this.pending.get(ip);
    if (at === undefined) return;
    this.pending.delete(ip);
    this.onFirstDrop(Math.max(0, nowMs - at));
  }
}
