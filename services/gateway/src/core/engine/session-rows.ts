import type { EngineContext } from '../engine-context.js';
import type { SessionFilter } from '../model/engine-api.js';
import type { SessionRow } from '../model/session-row.js';
import { SessionFlag } from '../sessions/session-flags.js';
import { sessionHelper } from '../sessions/session-helpers.js';
import { filteredSlots } from './session-filter.js';

/** pol_uuid_idx FortiOS prints for the implicit deny (seed 1, blocked session). */
const IMPLICIT_DENY_UUID_IDX = 65;

/** The row of the live session in `slot` at `nowMs`. */
export function sessionRow(ctx: EngineContext, s: number, nowMs: number): SessionRow {
  const c = ctx.table.cols;
  const flags = c.flags[s]!;
  const policyId = c.policyId[s]!;
  const srcIntfIndex = c.srcIntf[s]!;
  const dstIntfIndex = c.dstIntf[s]!;
  return {
    serial: c.serial[s]!,
    proto: c.proto[s]!,
    protoState: c.protoState[s]!,
    durationS: Math.max(0, Math.floor((nowMs - c.startMs[s]!) / 1000)),
    expireS: Math.max(0, Math.floor((c.deadlineMs[s]! - nowMs) / 1000)),
    timeoutS: c.timeoutS[s]!,
    log: (flags & SessionFlag.LOG) !== 0,
    dirty: (flags & SessionFlag.DIRTY) !== 0,
    block: (flags & SessionFlag.BLOCK) !== 0,
    denied: (flags & SessionFlag.DENIED) !== 0,
    persistent: (flags & SessionFlag.PERSISTENT) !== 0,
    policyId,
    polUuidIdx:
      policyId === 0 ? IMPLICIT_DENY_UUID_IDX : (ctx.policies.byId.get(policyId)?.source.uuidIdx ?? 0),
    src: c.src[s]!,
    sport: c.sport[s]!,
    dst: c.dst[s]!,
    dport: c.dport[s]!,
    icmpType: c.icmpType[s]!,
    helper: sessionHelper(c.proto[s]!, c.dport[s]!),
    snat: c.natIp[s] !== 0 ? { ip: c.natIp[s]!, port: c.natPort[s]! } : null,
    srcIntfIndex,
    dstIntfIndex,
    srcintf: ctx.interfaceName(srcIntfIndex),
    dstintf: ctx.interfaceName(dstIntfIndex),
    gateway: c.gateway[s]!,
    replyGateway: c.replyGateway[s]!,
    srcMac: ctx.macName(c.macId[s]!),
    org: { bytes: c.orgBytes[s]!, packets: c.orgPkts[s]! },
    reply: { bytes: c.replyBytes[s]!, packets: c.replyPkts[s]! },
  };
}

/** Rows of the live sessions passing `filter`, in serial (creation) order, as FortiOS lists them. */
export function sessionRows(
  ctx: EngineContext,
  filter: SessionFilter | undefined,
  nowMs: number,
): SessionRow[] {
  return filteredSlots(ctx, filter).map((s) => sessionRow(ctx, s, nowMs));
}
