import type { EngineContext } from '../engine-context.js';
import type { SessionFilter, SessionFilterField, SessionFilterRangeField } from '../model/engine-api.js';
import type { SessionColumns } from '../sessions/session-columns.js';

type Column = (c: SessionColumns, slot: number) => number;

/** The column each numeric filter field reads. */
const COLUMNS: Readonly<Record<SessionFilterRangeField, Column>> = {
  src: (c, s) => c.src[s]!,
  dst: (c, s) => c.dst[s]!,
  nsrc: (c, s) => c.natIp[s]!,
  sport: (c, s) => c.sport[s]!,
  dport: (c, s) => c.dport[s]!,
  nport: (c, s) => (c.natIp[s] === 0 ? 0 : c.natPort[s]!),
  proto: (c, s) => c.proto[s]!,
  policy: (c, s) => c.policyId[s]!,
};
const ALL_FIELDS: readonly SessionFilterField[] = [
  ...(Object.keys(COLUMNS) as SessionFilterRangeField[]),
  'sintf',
  'dintf',
  'intf',
];

function fieldMatches(
  ctx: EngineContext,
  slot: number,
  filter: SessionFilter,
  field: SessionFilterField,
): boolean | undefined {
  const c = ctx.table.cols;
  switch (field) {
    case 'sintf':
      return filter.sintf === undefined ? undefined : ctx.interfaceName(c.srcIntf[slot]!) === filter.sintf;
    case 'dintf':
      return filter.dintf === undefined ? undefined : ctx.interfaceName(c.dstIntf[slot]!) === filter.dintf;
    case 'intf':
      return filter.intf === undefined
        ? undefined
        : ctx.interfaceName(c.srcIntf[slot]!) === filter.intf ||
            ctx.interfaceName(c.dstIntf[slot]!) === filter.intf;
    default: {
      const low = filter[field];
      if (low === undefined) return undefined;
      const high = filter[`${field}To`] ?? low;
      const v = COLUMNS[field](c, slot);
      return v >= low >>> 0 && v <= high >>> 0;
    }
  }
}

/** Whether the session in `slot` passes every field set in `filter` (`diagnose sys session filter`). */
export function sessionMatches(ctx: EngineContext, slot: number, filter: SessionFilter | undefined): boolean {
  if (filter === undefined) return true;
  const negate = filter.negate ?? [];
  for (const field of ALL_FIELDS) {
    const m = fieldMatches(ctx, slot, filter, field);
    if (m !== undefined && m === negate.includes(field)) return false;
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
