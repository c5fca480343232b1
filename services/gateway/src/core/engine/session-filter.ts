import type { EngineContext } from '../engine-context.js';
import type { SessionFilter } from '../model/engine-api.js';

/** Whether the session in `slot` passes every field set in `filter` (`diagnose sys session filter`). */
export function sessionMatches(ctx: EngineContext, slot: number, filter: SessionFilter | undefined): boolean {
  if (filter === undefined) return true;
  const c = ctx.table.cols;
  if (filter.src !== undefined && c.src[slot] !== filter.src >>> 0) return false;
  if (filter.dst !== undefined && c.dst[slot] !== filter.dst >>> 0) return false;
  if (filter.sport !== undefined && c.sport[slot] !== filter.sport) return false;
  if (filter.dport !== undefined && c.dport[slot] !== filter.dport) return false;
  if (filter.proto !== undefined && c.proto[slot] !== filter.proto) return false;
  if (filter.policy !== undefined && c.policyId[slot] !== filter.policy) return false;
  if (filter.intf !== undefined) {
    const names = [ctx.interfaceName(c.srcIntf[slot]!), ctx.interfaceName(c.dstIntf[slot]!)];
    if (!names.includes(filter.intf)) return false;
  }
  return true;
}

/** Live slots passing the filter, in serial order (the order FortiOS lists them is creation order). */
export function filteredSlots(ctx: EngineContext, filter: SessionFilter | undefined): number[] {
  const out: number[] = [];
  ctx.table.forEachLive((s) => {
    if (sessionMatches(ctx, s, filter)) out.push(s);
  });
  const serial = ctx.table.cols.serial;
  return out.sort((a, b) => serial[a]! - serial[b]!);
}
