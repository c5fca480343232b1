/**
 * The session table's storage: one typed array per field (struct of arrays), indexed by slot. About
 * 110 bytes per session, no per-session objects. Addresses are unsigned 32-bit integers.
 */
export class SessionColumns {
  capacity: number;
  proto: Uint8Array;
  protoState: Uint8Array;
  /** ICMP type of the packet that created the session (the `dport` column holds the ICMP id). */
  icmpType: Uint8Array;
  src: Uint32Array;
  dst: Uint32Array;
  sport: Uint16Array;
  dport: Uint16Array;
  /** SNAT address and port; natIp 0 = no SNAT. */
  natIp: Uint32Array;
  natPort: Uint16Array;
  srcIntf: Uint16Array;
  dstIntf: Uint16Array;
  gateway: Uint32Array;
  replyGateway: Uint32Array;
  routeAddr: Uint32Array;
  routeLen: Uint8Array;
  policyId: Int32Array;
  flags: Uint16Array;
  serial: Uint32Array;
  macId: Int32Array;
  /** Idle timeout of the current state, seconds (the `timeout=` field). */
  timeoutS: Uint32Array;
  startMs: Float64Array;
  deadlineMs: Float64Array;
  orgBytes: Float64Array;
  replyBytes: Float64Array;
  orgPkts: Uint32Array;
  replyPkts: Uint32Array;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.proto = new Uint8Array(capacity);
    this.protoState = new Uint8Array(capacity);
    this.icmpType = new Uint8Array(capacity);
    this.src = new Uint32Array(capacity);
    this.dst = new Uint32Array(capacity);
    this.sport = new Uint16Array(capacity);
    this.dport = new Uint16Array(capacity);
    this.natIp = new Uint32Array(capacity);
    this.natPort = new Uint16Array(capacity);
    this.srcIntf = new Uint16Array(capacity);
    this.dstIntf = new Uint16Array(capacity);
    this.gateway = new Uint32Array(capacity);
    this.replyGateway = new Uint32Array(capacity);
    this.routeAddr = new Uint32Array(capacity);
    this.routeLen = new Uint8Array(capacity);
    this.policyId = new Int32Array(capacity);
    this.flags = new Uint16Array(capacity);
    this.serial = new Uint32Array(capacity);
    this.macId = new Int32Array(capacity);
    this.timeoutS = new Uint32Array(capacity);
    this.startMs = new Float64Array(capacity);
    this.deadlineMs = new Float64Array(capacity);
    this.orgBytes = new Float64Array(capacity);
    this.replyBytes = new Float64Array(capacity);
    this.orgPkts = new Uint32Array(capacity);
    this.replyPkts = new Uint32Array(capacity);
  }

  /** Reallocates every column to `capacity` slots, keeping the contents. */
  grow(capacity: number): void {
    const g = <T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(capacity);
      b.set(a);
      return b;
    };
    this.capacity = capacity;
    this.proto = g(this.proto);
    this.protoState = g(this.protoState);
    this.icmpType = g(this.icmpType);
    this.src = g(this.src);
    this.dst = g(this.dst);
    this.sport = g(this.sport);
    this.dport = g(this.dport);
    this.natIp = g(this.natIp);
    this.natPort = g(this.natPort);
    this.srcIntf = g(this.srcIntf);
    this.dstIntf = g(this.dstIntf);
    this.gateway = g(this.gateway);
    this.replyGateway = g(this.replyGateway);
    this.routeAddr = g(this.routeAddr);
    this.routeLen = g(this.routeLen);
    this.policyId = g(this.policyId);
    this.flags = g(this.flags);
    this.serial = g(this.serial);
    this.macId = g(this.macId);
    this.timeoutS = g(this.timeoutS);
    this.startMs = g(this.startMs);
    this.deadlineMs = g(this.deadlineMs);
    this.orgBytes = g(this.orgBytes);
    this.replyBytes = g(this.replyBytes);
    this.orgPkts = g(this.orgPkts);
    this.replyPkts = g(this.replyPkts);
  }
}
