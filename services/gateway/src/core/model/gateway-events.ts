/**
 * The event port: what the core decided, told synchronously to one listener (the event feed). The
 * engine and tag sync call it only when a listener is installed, so nothing is built for nobody.
 */
import type { DynamicAddressObject } from './membership.js';
import type { SessionRow } from './session-row.js';

/** What happened to a session. */
export type SessionTransition = 'dirty' | 'persistent' | 'block' | 'allowed' | 'cleared' | 'expired';

/** What made it happen: a dirty trigger, a re-check on a packet or in the sweep, an operator clear, expiry. */
export type SessionTrigger =
  | 'dyn-addr'
  | 'policy'
  | 'route'
  | 'interface'
  | 'fqdn'
  | 'ext-resource'
  | 'packet'
  | 'sweep'
  | 'clear'
  | 'expiry';

export interface SessionChange {
  readonly transition: SessionTransition;
  readonly trigger: SessionTrigger;
  readonly policyBefore: number;
  /** The session as it is after the change (before deletion for `cleared` / `expired`). */
  readonly row: SessionRow;
  readonly timeMs: number;
}

/** One FortiOS forward-traffic log record, before it is rendered as a line. */
export interface TrafficRecord {
  readonly timeMs: number;
  /** `deny` (refused packet or blocked session), `close`/`timeout` (TCP end), `accept` (UDP/ICMP end). */
  readonly action: 'deny' | 'close' | 'timeout' | 'accept';
  readonly policyId: number;
  /** 0 when the packet made no session. */
  readonly sessionId: number;
  readonly proto: number;
  readonly src: number;
  readonly sport: number;
  readonly dst: number;
  readonly dport: number;
  readonly srcintf: string;
  readonly dstintf: string;
  readonly snat: { readonly ip: number; readonly port: number } | null;
  readonly durationS: number;
  readonly sentBytes: number;
  readonly rcvdBytes: number;
  readonly sentPkts: number;
  readonly rcvdPkts: number;
}

/** Members that joined and left one dynamic address in one revision. */
export interface MembershipEvent {
  readonly revision: number;
  readonly object: DynamicAddressObject;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly timeMs: number;
}

/** Tag sync's state towards one EMS connector. */
export interface SyncStateEvent {
  readonly emsId: number;
  readonly state: 'in-sync' | 'resyncing' | 'out-of-sync';
  readonly appliedSeq: number;
  readonly incarnation: string;
  readonly cause: string;
  readonly timeMs: number;
}

/** The one listener of the core's decisions. Called synchronously; must be cheap and must not throw. */
export interface GatewayEventSink {
  session(change: SessionChange): void;
  traffic(record: TrafficRecord): void;
  membership(event: MembershipEvent): void;
  syncState(event: SyncStateEvent): void;
}
