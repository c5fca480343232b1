/**
 * One session as the table holds it at a given time: the single source of every rendering (the
 * `diagnose sys session list` entry, `get system session list`, the JSON views, the event feed).
 * Addresses are unsigned 32-bit integers; times are whole seconds at the moment the row was read.
 */
export interface SessionRow {
  readonly serial: number;
  /** IP protocol number (1 ICMP, 6 TCP, 17 UDP). */
  readonly proto: number;
  /** FortiOS `proto_state` (TCP state number, 0 for UDP/ICMP). */
  readonly protoState: number;
  readonly durationS: number;
  readonly expireS: number;
  /** Idle timeout of the current state (`timeout=`). */
  readonly timeoutS: number;
  readonly log: boolean;
  readonly dirty: boolean;
  readonly block: boolean;
  /** Kept in the table blocked by a deny (ses-denied-traffic), never allowed. */
  readonly denied: boolean;
  /** Kept without re-check after a trigger whose knob says so (printed like an untouched session). */
  readonly persistent: boolean;
  /** 0 = implicit deny (a blocked session). */
  readonly policyId: number;
  /** `pol_uuid_idx` of the policy (65 for the implicit deny, as seed 1 prints it). */
  readonly polUuidIdx: number;
  readonly src: number;
  readonly sport: number;
  readonly dst: number;
  /** TCP/UDP destination port; for ICMP the identifier (the same as `sport`). */
  readonly dport: number;
  /** ICMP type of the creating packet (8 = echo request); 0 for TCP and UDP. */
  readonly icmpType: number;
  /** Session helper FortiOS hands the session to (`helper=dns-udp`), or undefined. */
  readonly helper: string | undefined;
  /** Source NAT address and port, or null without SNAT. */
  readonly snat: { readonly ip: number; readonly port: number } | null;
  readonly srcIntfIndex: number;
  readonly dstIntfIndex: number;
  readonly srcintf: string;
  readonly dstintf: string;
  /** Next hop of the original direction, and of the reply direction. */
  readonly gateway: number;
  readonly replyGateway: number;
  readonly srcMac: string | undefined;
  readonly org: { readonly bytes: number; readonly packets: number };
  readonly reply: { readonly bytes: number; readonly packets: number };
}
