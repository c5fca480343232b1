import { ExpiryWheel } from './expiry-wheel.js';
import { IntrusiveLists, growInt32 } from './intrusive-lists.js';
import { SessionColumns } from './session-columns.js';
import { SessionFlag } from './session-flags.js';
import { SessionKeys } from './session-keys.js';

/** The tuple and route of a session about to be created. */
export interface NewSession {
  proto: number;
  src: number;
  sport: number;
  dst: number;
  dport: number;
  natIp: number;
  natPort: number;
  srcIntf: number;
  dstIntf: number;
  gateway: number;
  replyGateway: number;
  routeAddr: number;
  routeLen: number;
  policyId: number;
  flags: number;
  macId: number;
  nowMs: number;
}

const COPIED = [
  'proto',
  'src',
  'sport',
  'dst',
  'dport',
  'natIp',
  'natPort',
  'srcIntf',
  'dstIntf',
  'gateway',
  'replyGateway',
  'routeAddr',
  'routeLen',
  'policyId',
  'macId',
] as const satisfies readonly (keyof NewSession & keyof SessionColumns)[];

const ZEROED = [
  'protoState',
  'icmpType',
  'flags',
  'timeoutS',
  'orgBytes',
  'replyBytes',
  'orgPkts',
  'replyPkts',
] as const satisfies readonly (keyof SessionColumns)[];

/**
 * Sessions in typed-array columns with the indexes a trigger needs: the 5-tuple (both directions), and
 * lists by source IP, destination IP, source MAC, policy id, egress interface and SNAT address, plus the
 * expiry wheel.
 * Every change to an indexed column goes through a method here so the indexes stay exact.
 */
export class SessionTable {
  readonly cols: SessionColumns;
  readonly keys: SessionKeys;
  readonly bySrc: IntrusiveLists;
  readonly byDst: IntrusiveLists;
  readonly byMac: IntrusiveLists;
  readonly byPolicy: IntrusiveLists;
  readonly byEgress: IntrusiveLists;
  /** SNAT sessions by their SNAT address. */
  readonly bySnat: IntrusiveLists;
  readonly wheel: ExpiryWheel;
  private freeNext: Int32Array;
  private freeHead = -1;
  private highWater = 0;
  private nextSerial = 1;
  count = 0;
  dirtyCount = 0;
  persistentCount = 0;
  blockCount = 0;
  /** SNAT port clashes met while creating sessions (`diagnose sys session stat` `clash=`). */
  clashCount = 0;
  /** `diagnose sys session clear` runs since the last `diagnose sys session stat`. */
  flushCount = 0;

  constructor(nowMs: number, capacity = 1024) {
    this.cols = new SessionColumns(capacity);
    this.keys = new SessionKeys(this.cols, capacity);
    this.bySrc = new IntrusiveLists(capacity);
    this.byDst = new IntrusiveLists(capacity);
    this.byMac = new IntrusiveLists(capacity);
    this.byPolicy = new IntrusiveLists(capacity);
    this.byEgress = new IntrusiveLists(capacity);
    this.bySnat = new IntrusiveLists(capacity);
    this.wheel = new ExpiryWheel(capacity, nowMs);
    this.freeNext = new Int32Array(capacity).fill(-1);
  }

  /** Creates a session and indexes it; returns its slot. The caller sets state, timeout and deadline. */
  create(n: NewSession): number {
    const slot = this.allocate();
    const c = this.cols;
    for (const k of COPIED) c[k][slot] = n[k];
    for (const k of ZEROED) c[k][slot] = 0;
    c.serial[slot] = this.nextSerial;
    this.nextSerial = this.nextSerial >= 0xffffffff ? 1 : this.nextSerial + 1;
    c.startMs[slot] = n.nowMs;
    c.deadlineMs[slot] = n.nowMs;
    this.keys.insert(slot);
    this.bySrc.add(slot, n.src);
    this.byDst.add(slot, n.dst);
    if (n.macId >= 0) this.byMac.add(slot, n.macId);
    this.byPolicy.add(slot, n.policyId);
    this.byEgress.add(slot, n.dstIntf);
    if (n.natIp !== 0) this.bySnat.add(slot, n.natIp);
    this.count += 1;
    this.setFlags(slot, n.flags);
    return slot;
  }

  /** Removes the session in `slot` from every index and frees the slot. */
  delete(slot: number): void {
    const c = this.cols;
    this.setFlags(slot, 0);
    this.keys.remove(slot);
    this.bySrc.remove(slot, c.src[slot]!);
    this.byDst.remove(slot, c.dst[slot]!);
    if (c.macId[slot]! >= 0) this.byMac.remove(slot, c.macId[slot]!);
    this.byPolicy.remove(slot, c.policyId[slot]!);
    this.byEgress.remove(slot, c.dstIntf[slot]!);
    if (c.natIp[slot] !== 0) this.bySnat.remove(slot, c.natIp[slot]!);
    this.wheel.remove(slot);
    c.serial[slot] = 0;
    this.freeNext[slot] = this.freeHead;
    this.freeHead = slot;
    this.count -= 1;
  }

  /** Whether `slot` holds a live session (serial 0 marks a free slot). */
  live(slot: number): boolean {
    return slot < this.highWater && this.cols.serial[slot] !== 0;
  }

  /** Live slots in creation order of their slot numbers; for formatters and clears, never for triggers. */
  forEachLive(fn: (slot: number) => void): void {
    const serial = this.cols.serial;
    for (let s = 0; s < this.highWater; s++) if (serial[s] !== 0) fn(s);
  }

  /** Replaces the flags of `slot`, keeping the dirty/persistent/block counters exact. */
  setFlags(slot: number, flags: number): void {
    const old = this.cols.flags[slot]!;
    const changed = old ^ flags;
    if (changed & SessionFlag.DIRTY) this.dirtyCount += flags & SessionFlag.DIRTY ? 1 : -1;
    if (changed & SessionFlag.PERSISTENT) this.persistentCount += flags & SessionFlag.PERSISTENT ? 1 : -1;
    if (changed & SessionFlag.BLOCK) this.blockCount += flags & SessionFlag.BLOCK ? 1 : -1;
    this.cols.flags[slot] = flags;
  }

  setPolicy(slot: number, policyId: number): void {
    this.move(this.byPolicy, this.cols.policyId, slot, policyId);
  }

  setEgress(slot: number, dstIntf: number): void {
    this.move(this.byEgress, this.cols.dstIntf, slot, dstIntf);
  }

  /** Sets the idle deadline of `slot` and keeps the expiry wheel in step. */
  setDeadline(slot: number, deadlineMs: number): void {
    this.cols.deadlineMs[slot] = deadlineMs;
    this.wheel.schedule(slot, deadlineMs);
  }

  private move(lists: IntrusiveLists, column: Int32Array | Uint16Array, slot: number, value: number): void {
    const old = column[slot]!;
    if (old === value) return;
    lists.remove(slot, old);
    column[slot] = value;
    lists.add(slot, value);
  }

  private allocate(): number {
    if (this.freeHead >= 0) {
      const slot = this.freeHead;
      this.freeHead = this.freeNext[slot]!;
      return slot;
    }
    if (this.highWater === this.cols.capacity) this.grow(this.cols.capacity * 2);
    return this.highWater++;
  }

  private grow(capacity: number): void {
    this.cols.grow(capacity);
    this.bySrc.grow(capacity);
    this.byDst.grow(capacity);
    this.byMac.grow(capacity);
    this.byPolicy.grow(capacity);
    this.byEgress.grow(capacity);
    this.bySnat.grow(capacity);
    this.wheel.grow(capacity);
    this.freeNext = growInt32(this.freeNext, capacity);
  }
}
