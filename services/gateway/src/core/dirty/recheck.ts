import type { EngineContext } from '../engine-context.js';
import { SessionFlag, TcpState } from '../sessions/session-flags.js';
import type { SessionTrigger } from '../model/gateway-events.js';
import { sessionBlockedLog, sessionChanged, sessionClosing } from '../engine/session-events.js';

/** Outcome of a re-check: still allowed, now blocked, or cleared because its SNAT address changed. */
export const RecheckResult = { ALLOWED: 0, BLOCKED: 1, CLEARED: 2 } as const;
export type RecheckResult = (typeof RecheckResult)[keyof typeof RecheckResult];

/** ICMP sessions keep the identifier in both port columns; re-checks match services as an echo. */
const ICMP_ECHO = 8;

/**
 * Re-evaluates a dirty session as if it were new (route lookup, then policy lookup). Allowed → dirty
 * cleared, route/policy/log updated. Not allowed (no route, no accept policy, or — with
 * strict-dirty-session-check — a policy other than its own) → `block`, policy 0, expire =
 * block-session-timer. A changed SNAT address clears the session. In audit mode a would-be block is
 * counted in `auditBlocked` and the session is let through. The event sink hears the outcome as
 * `block` / `allowed` / `cleared` with `trigger` (the packet path or the sweep).
 */
export function recheckSession(
  ctx: EngineContext,
  slot: number,
  nowMs: number,
  trigger: SessionTrigger = 'packet',
): RecheckResult {
  const t = ctx.table;
  const c = t.cols;
  const dst = c.dst[slot]!;
  const route = ctx.routes.lookup(dst);
  const proto = c.proto[slot]!;
  const policy =
    route === undefined
      ? undefined
      : ctx.policies.lookup({
          proto,
          src: c.src[slot]!,
          dst,
          dport: proto === 1 ? ICMP_ECHO : c.dport[slot]!,
          srcIntf: c.srcIntf[slot]!,
          dstIntf: route.devIndex,
          srcMac: ctx.macName(c.macId[slot]!),
        });
  const strict = ctx.config.systemGlobal.strictDirtySessionCheck;
  const allowed =
    route !== undefined &&
    policy !== undefined &&
    policy.source.action === 'accept' &&
    (!strict || policy.id === c.policyId[slot]);
  const flags = c.flags[slot]!;
  const policyBefore = c.policyId[slot]!;
  if (!allowed || route === undefined || policy === undefined) {
    if (ctx.audit) {
      ctx.auditBlocked += 1;
      t.setFlags(slot, flags & ~SessionFlag.DIRTY);
      sessionChanged(ctx, slot, 'allowed', trigger, policyBefore, nowMs);
      return RecheckResult.ALLOWED;
    }
    if (flags & SessionFlag.LOG) sessionBlockedLog(ctx, slot, nowMs);
    t.setFlags(
      slot,
      (flags & ~(SessionFlag.DIRTY | SessionFlag.PERSISTENT | SessionFlag.LOG)) | SessionFlag.BLOCK,
    );
    t.setPolicy(slot, 0);
    t.setDeadline(slot, nowMs + ctx.config.systemGlobal.blockSessionTimer * 1000);
    sessionChanged(ctx, slot, 'block', trigger, policyBefore, nowMs);
    return RecheckResult.BLOCKED;
  }
  if (ctx.snatAddress(policy, route.devIndex) !== c.natIp[slot]) {
    sessionClosing(ctx, slot, 'cleared', trigger, nowMs);
    t.delete(slot);
    return RecheckResult.CLEARED;
  }
  t.setEgress(slot, route.devIndex);
  c.gateway[slot] = route.gateway;
  c.routeAddr[slot] = route.addr;
  c.routeLen[slot] = route.masklen;
  t.setPolicy(slot, policy.id);
  const log = policy.source.logtraffic === 'all' ? SessionFlag.LOG : 0;
  t.setFlags(slot, (flags & ~(SessionFlag.DIRTY | SessionFlag.LOG)) | log);
  if (proto !== 6 || c.protoState[slot] === TcpState.ESTABLISHED) {
    c.timeoutS[slot] = ctx.timeoutFor(proto, c.protoState[slot]!, c.dport[slot]!, policy.id);
  }
  sessionChanged(ctx, slot, 'allowed', trigger, policyBefore, nowMs);
  return RecheckResult.ALLOWED;
}
