import type { EngineContext } from '../engine-context.js';
import type { SessionTransition, SessionTrigger, TrafficRecord } from '../model/gateway-events.js';
import type { SessionRow } from '../model/session-row.js';
import { SessionFlag, TcpState } from '../sessions/session-flags.js';
import { sessionRow } from './session-rows.js';

/** Flags that make a session's end worth an `expired` / `cleared` event: the feed has told of it. */
const ANNOUNCED = SessionFlag.DIRTY | SessionFlag.PERSISTENT | SessionFlag.BLOCK;

/**
 * Tells the event sink (if any) that the session in `slot` made `transition`. Call after the change
 * (the row shows the new state). Builds nothing when no sink is installed.
 */
export function sessionChanged(
  ctx: EngineContext,
  slot: number,
  transition: SessionTransition,
  trigger: SessionTrigger,
  policyBefore: number,
  nowMs: number,
): void {
  const events = ctx.events;
  if (events === undefined) return;
  const row = sessionRow(ctx, slot, nowMs);
  events.session({ transition, trigger, policyBefore, row, timeMs: nowMs });
}

/**
 * Before the session in `slot` is deleted (expiry, `diagnose sys session clear`, SNAT change): an
 * `expired`/`cleared` event when the feed has told of the session (dirty, persistent or block) or the
 * deletion is an operator clear, and the traffic log record when its policy logs. Call before
 * `table.delete`.
 */
export function sessionClosing(
  ctx: EngineContext,
  slot: number,
  transition: 'expired' | 'cleared',
  trigger: SessionTrigger,
  nowMs: number,
): void {
  const events = ctx.events;
  if (events === undefined) return;
  const flags = ctx.table.cols.flags[slot]!;
  if ((flags & (ANNOUNCED | SessionFlag.LOG)) === 0 && trigger !== 'clear') return;
  const row = sessionRow(ctx, slot, nowMs);
  if ((flags & ANNOUNCED) !== 0 || trigger === 'clear') {
    events.session({ transition, trigger, policyBefore: row.policyId, row, timeMs: nowMs });
  }
  if ((flags & SessionFlag.LOG) !== 0) events.traffic(closeRecord(row, endAction(row), nowMs));
}

/** The traffic log record of a logged session that is being blocked: `action="deny"`, `policyid=0`. */
export function sessionBlockedLog(ctx: EngineContext, slot: number, nowMs: number): void {
  const events = ctx.events;
  if (events === undefined) return;
  events.traffic(closeRecord(sessionRow(ctx, slot, nowMs), 'deny', nowMs, 0));
}

/** FortiOS's end action: TCP `close` after FIN/RST, `timeout` when idle; UDP and ICMP `accept`. */
function endAction(row: SessionRow): TrafficRecord['action'] {
  if (row.proto !== 6) return 'accept';
  return row.protoState >= TcpState.FIN_WAIT ? 'close' : 'timeout';
}

function closeRecord(
  row: SessionRow,
  action: TrafficRecord['action'],
  nowMs: number,
  policyId = row.policyId,
): TrafficRecord {
  return {
    timeMs: nowMs,
    action,
    policyId,
    sessionId: row.serial,
    proto: row.proto,
    src: row.src,
    sport: row.sport,
    dst: row.dst,
    dport: row.dport,
    srcintf: row.srcintf,
    dstintf: row.dstintf,
    snat: row.snat,
    durationS: row.durationS,
    sentBytes: row.org.bytes,
    rcvdBytes: row.reply.bytes,
    sentPkts: row.org.packets,
    rcvdPkts: row.reply.packets,
  };
}

/** A packet the policy table refused, for the traffic log (`action="deny"`, no session). */
export interface DeniedPacket {
  readonly proto: number;
  readonly src: number;
  readonly sport: number;
  readonly dst: number;
  readonly dport: number;
  readonly srcIntf: number;
  readonly dstIntf: number;
  readonly bytes: number;
}

/**
 * The traffic log record of a new packet refused by policy `policyId` (0 = implicit deny, logged when
 * `config log setting` has `fwpolicy-implicit-log enable`; a deny policy logs unless `logtraffic
 * disable`). Builds nothing when no sink is installed or the policy does not log.
 */
export function packetDenied(ctx: EngineContext, p: DeniedPacket, policyId: number, nowMs: number): void {
  const events = ctx.events;
  if (events === undefined) return;
  const logs =
    policyId === 0
      ? ctx.config.logSetting?.fwpolicyImplicitLog === true
      : ctx.policies.byId.get(policyId)?.source.logtraffic !== 'disable';
  if (!logs) return;
  events.traffic({
    timeMs: nowMs,
    action: 'deny',
    policyId,
    sessionId: 0,
    proto: p.proto,
    src: p.src,
    sport: p.sport,
    dst: p.dst,
    dport: p.dport,
    srcintf: ctx.interfaceName(p.srcIntf),
    dstintf: ctx.interfaceName(p.dstIntf),
    snat: null,
    durationS: 0,
    sentBytes: p.bytes,
    rcvdBytes: 0,
    sentPkts: 1,
    rcvdPkts: 0,
  });
}
