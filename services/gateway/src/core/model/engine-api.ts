/**
 * The seam between the firewall engine and everything that drives it (console, HTTP, NATS, tag sync).
 * The engine implements {@link EngineApi}; the console and adapters use only this file's types.
 */
import type { GatewayConfig } from './config.js';
import type { DynamicAddressObject, EndpointRecord, MembershipSink } from './membership.js';
import type { SessionRow } from './session-row.js';

/** IP protocol numbers the engine handles. */
export type IpProtocol = 1 | 6 | 17;

/** TCP header flag bits. */
export const TcpFlag = { FIN: 1, SYN: 2, RST: 4, PSH: 8, ACK: 16 } as const;

/** A packet as the engine sees it: addresses are unsigned 32-bit integers. */
export interface PacketIn {
  proto: IpProtocol;
  src: number;
  sport: number; // ICMP: identifier
  dst: number;
  dport: number; // ICMP: type
  /** Ingress interface; undefined = the interface whose route covers `src`. */
  srcintf?: string;
  flags: number; // TCP flag bits; 0 for UDP/ICMP
  bytes: number;
  srcMac?: string;
}

/**
 * Why a verdict was given. Stable strings: HTTP and NATS return them and tests assert on them.
 * `accept`: new-session | established | rechecked | persistent
 * `deny`: policy-deny | implicit-deny | no-route | session-blocked | snat-changed | invalid-packet
 */
export type VerdictReason =
  | 'new-session'
  | 'established'
  | 'rechecked'
  | 'persistent'
  | 'policy-deny'
  | 'implicit-deny'
  | 'no-route'
  | 'session-blocked'
  | 'snat-changed'
  | 'invalid-packet';

export interface Verdict {
  action: 'accept' | 'deny';
  /** Session serial; 0 when no session was created or found. */
  session: number;
  policyId: number;
  reason: VerdictReason;
}

/** Numeric fields of `diagnose sys session filter` (`nsrc`/`nport`: the SNAT address and port). */
export type SessionFilterRangeField =
  'src' | 'dst' | 'nsrc' | 'sport' | 'dport' | 'nport' | 'proto' | 'policy';

/** Every field `diagnose sys session filter negate <field>` can invert. */
export type SessionFilterField = SessionFilterRangeField | 'sintf' | 'dintf' | 'intf';

/**
 * Fields of `diagnose sys session filter`; every set field must match (AND). A numeric field matches
 * the value, or the range up to its `<field>To` bound (`src 10.0.0.1 10.0.0.9`); a field named in
 * `negate` matches when the session is outside it.
 */
export interface SessionFilter {
  src?: number;
  srcTo?: number;
  dst?: number;
  dstTo?: number;
  nsrc?: number;
  nsrcTo?: number;
  sport?: number;
  sportTo?: number;
  dport?: number;
  dportTo?: number;
  nport?: number;
  nportTo?: number;
  proto?: number;
  protoTo?: number;
  policy?: number;
  policyTo?: number;
  sintf?: string;
  dintf?: string;
  intf?: string; // ingress or egress (the simulator's shorthand)
  negate?: readonly SessionFilterField[];
}

/** What one trigger did, for logs, metrics and the console. */
export interface TriggerReport {
  trigger: 'policy' | 'route' | 'interface' | 'dynamic-address' | 'fqdn' | 'external-resource';
  dirty: number; // sessions newly marked dirty
  persistent: number; // sessions marked persistent instead
}

/** What applying a config did. */
export interface ConfigApplyReport {
  triggers: TriggerReport[];
}

/** A dynamic address with its current members, for `diagnose firewall dynamic list` and JSON views. */
export interface DynamicAddressView extends DynamicAddressObject {
  members: readonly string[];
}

/** An FQDN address and what the simulated resolver last gave it, for `diagnose firewall fqdn list`. */
export interface FqdnAddressView {
  readonly name: string;
  readonly fqdn: string;
  /** Resolved IPv4 addresses, dotted, in ascending order. */
  readonly addresses: readonly string[];
}

/** An external resource (threat feed) and its current entries. */
export interface ExternalResourceView {
  readonly name: string;
  readonly status: boolean;
  readonly resource: string;
  readonly refreshRate: number;
  readonly entries: readonly string[];
}

/** Counters for `get system session status` and metrics. */
export interface SessionStats {
  total: number;
  mayDirty: number;
  dirty: number;
  persistent: number;
  block: number;
}

/** Tag sync's state per EMS connector (`in-sync`, `resyncing`, `out-of-sync`), for connector printouts. */
export interface ConnectorStateSource {
  syncStatus(): {
    readonly ems: readonly { readonly id: number; readonly appliedSeq: number; readonly state: string }[];
  };
}

/** Endpoint records come from tag sync; the console prints them. */
export interface EndpointRecordSource {
  endpointRecords(ip?: string): readonly EndpointRecord[];
}

export interface EngineApi extends MembershipSink {
  /** The config in force. */
  readonly config: GatewayConfig;
  /** Newest membership revision applied (0 before any). */
  readonly revision: number;
  /**
   * Replaces the config in one step and runs the dirty triggers the difference implies (policy edits,
   * route and interface changes, settings). Throws a typed error and changes nothing when `next`
   * refers to objects that do not exist.
   */
  applyConfig(next: GatewayConfig): ConfigApplyReport;
  /** One packet: session lookup (both directions), re-check when dirty, else route + policy lookup. */
  process(packet: PacketIn): Verdict;
  /** Resolved addresses of an FQDN address changed (fqdn-session-check). */
  setFqdnAddresses(name: string, ips: readonly number[]): TriggerReport;
  /** Entries of an external resource (threat feed) changed (ext-resource-session-check). */
  setExternalResource(name: string, entries: readonly string[]): TriggerReport;
  /** FQDN addresses of the config with their resolved addresses, in config order. */
  fqdnAddresses(): readonly FqdnAddressView[];
  /** External resources of the config with their entries, in config order. */
  externalResources(): readonly ExternalResourceView[];
  /** Expires idle and blocked sessions and runs the due dirty sweep; adapters call it on a timer. */
  tick(): void;
  /** `diagnose sys session clear` (with the filter): deletes and returns how many. */
  clearSessions(filter?: SessionFilter): number;
  /** The sessions passing the filter, in creation order: the rows every view renders. */
  sessions(filter?: SessionFilter): readonly SessionRow[];
  /** Text of `diagnose sys session list` with the filter, exactly as FortiOS prints it. */
  formatSessionList(filter?: SessionFilter): string;
  /** Text of `get system session list`. */
  formatSessionBrief(filter?: SessionFilter): string;
  /** Text of `get system session status`. */
  formatSessionStatus(): string;
  /** Text of `diagnose sys session stat`; resets the `flush` count as FortiOS does on each view. */
  formatSessionStat(): string;
  /** Text of `diagnose firewall dynamic list [name]`. */
  formatDynamicList(name?: string): string;
  dynamicAddresses(): readonly DynamicAddressView[];
  stats(): SessionStats;
}
