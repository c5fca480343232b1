import { RecheckResult, recheckSession } from '../dirty/recheck.js';
import { SessionFlag, TcpState } from '../sessions/session-flags.js';
import { advanceState } from '../sessions/tcp-state.js';
import { TcpFlag } from '../model/engine-api.js';
import type { PolicyQuery } from '../policy/policy-table.js';
import type { EngineContext } from '../engine-context.js';
import { Reason } from './verdict-reasons.js';
import { packetDenied, sessionClosing } from './session-events.js';

type RouteEntry = NonNullable<ReturnType<EngineContext['routes']['lookup']>>;

const SNAT_PORT_TRIES = 64;

/**
 * The per-packet path. `run` leaves its verdict in the `action`/`serial`/`policyId`/`reason` fields
 * (no allocation): a known session (either direction) is forwarded, re-checked when dirty, dropped
 * when blocked; otherwise route lookup, policy lookup and session creation.
 */
export class PacketPath {
  action = 0;
  serial = 0;
  policyId = 0;
  reason = 0;
  private readonly query: PolicyQuery = {
    proto: 0,
    src: 0,
    dst: 0,
    dport: 0,
    srcIntf: 0,
    dstIntf: 0,
    srcMac: undefined,
  };

  constructor(private readonly ctx: EngineContext) {}

  run(
    proto: number,
    src: number,
    sport: number,
    dst: number,
    dport: number,
    tcpFlags: number,
    bytes: number,
    srcintf: string | undefined,
    srcMac: string | undefined,
    now: number,
  ): void {
    if ((proto !== 6 && proto !== 17 && proto !== 1) || sport > 0xffff || dport > 0xffff) {
      return this.deny(0, 0, Reason.INVALID_PACKET);
    }
    const t = this.ctx.table;
    const keyPort = proto === 1 ? sport : dport;
    const e = t.keys.find(proto, src, sport, dst, keyPort);
    if (e >= 0) {
      const slot = e >> 1;
      if (t.cols.deadlineMs[slot]! > now) return this.known(slot, e & 1, tcpFlags, bytes, now);
      this.expire(slot, now);
    }
    const q = this.query;
    q.proto = proto;
    q.src = src;
    q.dst = dst;
    q.dport = dport;
    q.srcMac = srcMac;
    this.create(sport, tcpFlags, bytes, srcintf, now);
  }

  /**
   * Deletes the expired session in `slot` (its packet then goes the new-session way). Kept out of `run`:
   * `run` is inlined into `processBatch` only while its bytecode stays small (V8's cumulative inlining
   * budget), and the engine-throughput bench lost 10-19% when the event call sat here inline.
   */
  private expire(slot: number, now: number): void {
    sessionClosing(this.ctx, slot, 'expired', 'expiry', now);
    this.ctx.table.delete(slot);
  }

  private known(slot: number, dir: number, tcpFlags: number, bytes: number, now: number): void {
    const t = this.ctx.table;
    const c = t.cols;
    const flags = c.flags[slot]!;
    if (flags & SessionFlag.BLOCK) {
      t.setDeadline(slot, now + this.ctx.config.systemGlobal.blockSessionTimer * 1000);
      return this.deny(c.serial[slot]!, 0, Reason.SESSION_BLOCKED);
    }
    let reason: number = flags & SessionFlag.PERSISTENT ? Reason.PERSISTENT : Reason.ESTABLISHED;
    if (flags & SessionFlag.DIRTY) {
      const serial = c.serial[slot]!;
      const r = recheckSession(this.ctx, slot, now);
      if (r === RecheckResult.BLOCKED) return this.deny(serial, 0, Reason.SESSION_BLOCKED);
      if (r === RecheckResult.CLEARED) return this.deny(serial, 0, Reason.SNAT_CHANGED);
      reason = Reason.RECHECKED;
    }
    if (dir === 0) {
      c.orgBytes[slot] = c.orgBytes[slot]! + bytes;
      c.orgPkts[slot] = c.orgPkts[slot]! + 1;
    } else {
      c.replyBytes[slot] = c.replyBytes[slot]! + bytes;
      c.replyPkts[slot] = c.replyPkts[slot]! + 1;
    }
    if (advanceState(c, slot, dir, tcpFlags)) {
      c.timeoutS[slot] = this.ctx.timeoutFor(
        c.proto[slot]!,
        c.protoState[slot]!,
        c.dport[slot]!,
        c.policyId[slot]!,
      );
    }
    t.setDeadline(slot, now + c.timeoutS[slot]! * 1000);
    this.accept(c.serial[slot]!, c.policyId[slot]!, reason);
  }

  /** New session from the packet in `this.query` (all but the ingress and egress interfaces set). */
  private create(
    sport: number,
    tcpFlags: number,
    bytes: number,
    srcintf: string | undefined,
    now: number,
  ): void {
    const ctx = this.ctx;
    const q = this.query;
    const { proto, src, dst, dport, srcMac } = q;
    if (proto === 6 && (tcpFlags & (TcpFlag.SYN | TcpFlag.ACK | TcpFlag.RST | TcpFlag.FIN)) !== TcpFlag.SYN) {
      return this.deny(0, 0, Reason.INVALID_PACKET);
    }
    const route = ctx.routes.lookup(dst);
    if (route === undefined) return this.deny(0, 0, Reason.NO_ROUTE);
    if (srcintf !== undefined) {
      const intf = ctx.config.interfaces.get(srcintf);
      if (intf === undefined) return this.deny(0, 0, Reason.INVALID_PACKET);
      q.srcIntf = intf.index;
    } else {
      q.srcIntf = ctx.routes.lookup(src)?.devIndex ?? 0;
    }
    q.dstIntf = route.devIndex;
    const srcIntf = q.srcIntf;
    const policy = ctx.policies.lookup(q);
    if (policy === undefined || policy.source.action !== 'accept') {
      const policyId = policy?.id ?? 0;
      if (ctx.events !== undefined) this.logDenied(sport, bytes, policyId, now);
      const serial = ctx.config.systemSettings.sesDeniedTraffic
        ? this.createDenied(sport, route, policyId, now)
        : 0;
      return this.deny(serial, policyId, policy === undefined ? Reason.IMPLICIT_DENY : Reason.POLICY_DENY);
    }
    const keyPort = proto === 1 ? sport : dport;
    const natIp = ctx.snatAddress(policy, route.devIndex);
    let natPort = sport;
    if (natIp !== 0) {
      let tries = 0;
      while (ctx.table.keys.find(proto, dst, keyPort, natIp, natPort) >= 0) {
        ctx.table.clashCount += 1;
        if (++tries > SNAT_PORT_TRIES) return this.deny(0, policy.id, Reason.INVALID_PACKET);
        natPort = natPort >= 65535 ? 1024 : natPort + 1;
      }
    }
    const back = ctx.routes.lookup(src);
    const replyGateway = back === undefined ? 0 : back.gateway !== 0 ? back.gateway : natIp !== 0 ? src : 0;
    const slot = ctx.table.create({
      proto,
      src,
      sport,
      dst,
      dport: keyPort,
      natIp,
      natPort,
      srcIntf,
      dstIntf: route.devIndex,
      gateway: route.gateway,
      replyGateway,
      routeAddr: route.addr,
      routeLen: route.masklen,
      policyId: policy.id,
      flags: policy.source.logtraffic === 'all' ? SessionFlag.LOG : 0,
      macId: srcMac === undefined ? -1 : ctx.macId(srcMac),
      nowMs: now,
    });
    const c = ctx.table.cols;
    c.protoState[slot] = proto === 6 ? TcpState.SYN_SENT : 0;
    if (proto === 1) c.icmpType[slot] = dport & 0xff;
    c.orgBytes[slot] = bytes;
    c.orgPkts[slot] = 1;
    c.timeoutS[slot] = ctx.timeoutFor(proto, c.protoState[slot]!, keyPort, policy.id);
    ctx.table.setDeadline(slot, now + c.timeoutS[slot]! * 1000);
    this.accept(c.serial[slot]!, policy.id, Reason.NEW_SESSION);
  }

  /**
   * ses-denied-traffic: keeps the denied flow in the table as a `block` session for block-session-timer
   * seconds (matching packets are dropped and restart the timer); returns its serial. Its packets are not
   * counted (Fortinet community: "Technical Tip: How to enable denied session to be added into the
   * session table" shows `org=0/0/0`).
   */
  private createDenied(sport: number, route: RouteEntry, policyId: number, now: number): number {
    const ctx = this.ctx;
    const q = this.query;
    const keyPort = q.proto === 1 ? sport : q.dport;
    if (ctx.table.keys.find(q.proto, q.dst, keyPort, q.src, sport) >= 0) return 0;
    const slot = ctx.table.create({
      proto: q.proto,
      src: q.src,
      sport,
      dst: q.dst,
      dport: keyPort,
      natIp: 0,
      natPort: sport,
      srcIntf: q.srcIntf,
      dstIntf: route.devIndex,
      gateway: route.gateway,
      replyGateway: 0,
      routeAddr: route.addr,
      routeLen: route.masklen,
      policyId,
      flags: 0,
      macId: q.srcMac === undefined ? -1 : ctx.macId(q.srcMac),
      nowMs: now,
    });
    const c = ctx.table.cols;
    if (q.proto === 1) c.icmpType[slot] = q.dport & 0xff;
    ctx.table.setFlags(slot, SessionFlag.BLOCK | SessionFlag.DENIED);
    c.timeoutS[slot] = 0; // the sample prints `timeout=0`: the block-session-timer governs it
    ctx.table.setDeadline(slot, now + ctx.config.systemGlobal.blockSessionTimer * 1000);
    return c.serial[slot]!;
  }

  private logDenied(sport: number, bytes: number, policyId: number, now: number): void {
    const q = this.query;
    const denied = { proto: q.proto, src: q.src, sport, dst: q.dst, dport: q.dport, bytes };
    packetDenied(this.ctx, { ...denied, srcIntf: q.srcIntf, dstIntf: q.dstIntf }, policyId, now);
  }

  private accept(serial: number, policyId: number, reason: number): void {
    this.action = 1;
    this.serial = serial;
    this.policyId = policyId;
    this.reason = reason;
  }

  private deny(serial: number, policyId: number, reason: number): void {
    this.action = 0;
    this.serial = serial;
    this.policyId = policyId;
    this.reason = reason;
  }
}
