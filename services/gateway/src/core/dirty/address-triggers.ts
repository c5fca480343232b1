import type { ChangedMembers } from '../addresses/address-book.js';
import type { EngineContext } from '../engine-context.js';
import type { TriggerReport } from '../model/engine-api.js';
import type { DirtyMarker, MarkMode } from './dirty-marker.js';

/** Ranges up to this many addresses are walked address by address through the IP indexes. */
const ENUMERATE_LIMIT = 4096;

/**
 * Marks the sessions an address-content change can affect: those whose source or destination IP (or
 * source MAC) joined or left an address that some policy uses. Sessions are found through the
 * per-IP and per-MAC indexes, never by scanning the table. `check` is the knob (enable → dirty,
 * disable → persistent).
 */
export function markAddressChange(
  ctx: EngineContext,
  marker: DirtyMarker,
  trigger: TriggerReport['trigger'],
  changed: ChangedMembers,
  check: boolean,
): TriggerReport {
  const report: TriggerReport = { trigger, dirty: 0, persistent: 0 };
  const used = [...changed.addresses].some((a) => ctx.policies.referenced.has(a));
  if (!used) return report;
  const mode: MarkMode = check ? 'dirty' : 'persistent';
  const now = ctx.clock.now();
  const slots: number[] = [];
  const t = ctx.table;
  for (const ip of changed.ips) {
    t.bySrc.collect(ip, slots);
    t.byDst.collect(ip, slots);
  }
  for (const mac of changed.macs) {
    const id = ctx.knownMacId(mac);
    if (id >= 0) t.byMac.collect(id, slots);
  }
  const r = changed.ranges;
  for (let i = 0; i < r.length; i += 2) collectRange(ctx, r[i]!, r[i + 1]!, slots);
  for (const slot of slots) if (t.live(slot)) marker.mark(slot, mode, report, now);
  marker.afterTrigger(now);
  return report;
}

function collectRange(ctx: EngineContext, low: number, high: number, out: number[]): void {
  const t = ctx.table;
  if (high - low < ENUMERATE_LIMIT) {
    for (let ip = low; ip <= high; ip++) {
      t.bySrc.collect(ip, out);
      t.byDst.collect(ip, out);
    }
    return;
  }
  for (const ip of t.bySrc.keys()) if (ip >= low && ip <= high) t.bySrc.collect(ip, out);
  for (const ip of t.byDst.keys()) if (ip >= low && ip <= high) t.byDst.collect(ip, out);
}
