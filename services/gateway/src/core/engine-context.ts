import { AddressBook } from './addresses/address-book.js';
import type { Clock } from './clock.js';
import type { ConfigApplyReport } from './model/engine-api.js';
import type { GatewayEventSink } from './model/gateway-events.js';
import type { GatewayConfig, SystemInterface } from './model/config.js';
import { PolicyTable, type CompiledPolicy } from './policy/policy-table.js';
import { RouteTable } from './routes/route-table.js';
import { TcpState } from './sessions/session-flags.js';
import { SessionTable } from './sessions/session-table.js';

/** Engine options; see {@link createEngine}. */
export interface EngineOptions {
  clock: Clock;
  /** Delay before the background sweep re-checks a dirty session, ms; default 10000, 0 = at once. */
  dirtySweepDelayMs?: number;
  /** Re-checks count what they would block (`auditBlocked`) without blocking. */
  audit?: boolean;
  /** Initial session capacity (grows by doubling). */
  initialCapacity?: number;
  /** Told what every `applyConfig` did, after it took effect (metrics, the event feed). */
  onConfigApplied?: (report: ConfigApplyReport) => void;
  /** Told every session transition and traffic log record (the event feed); none = nothing is built. */
  events?: GatewayEventSink;
}

const ICMP_TIMEOUT_S = 60;

/** The engine's mutable state shared by the packet path, the dirty mechanism and the formatters. */
export class EngineContext {
  config: GatewayConfig;
  routes: RouteTable;
  policies: PolicyTable;
  interfacesByIndex: Map<number, SystemInterface>;
  readonly book = new AddressBook();
  readonly table: SessionTable;
  readonly clock: Clock;
  readonly sweepDelayMs: number;
  readonly audit: boolean;
  readonly events: GatewayEventSink | undefined;
  auditBlocked = 0;
  private readonly macIds = new Map<string, number>();
  private readonly macNames: string[] = [];

  constructor(config: GatewayConfig, options: EngineOptions) {
    this.clock = options.clock;
    this.sweepDelayMs = options.dirtySweepDelayMs ?? 10_000;
    if (!(this.sweepDelayMs >= 0))
      throw new RangeError(`dirtySweepDelayMs must be >= 0, got ${this.sweepDelayMs}`);
    this.audit = options.audit ?? false;
    this.events = options.events;
    this.table = new SessionTable(this.clock.now(), options.initialCapacity ?? 1024);
    this.config = config;
    this.routes = new RouteTable(config);
    this.policies = new PolicyTable(config, this.book);
    this.interfacesByIndex = indexInterfaces(config);
  }

  /** Installs an already validated config with its compiled tables. */
  install(config: GatewayConfig, routes: RouteTable, policies: PolicyTable): void {
    this.config = config;
    this.routes = routes;
    this.policies = policies;
    this.interfacesByIndex = indexInterfaces(config);
  }

  macId(mac: string): number {
    let id = this.macIds.get(mac);
    if (id === undefined) {
      id = this.macNames.length;
      this.macNames.push(mac);
      this.macIds.set(mac, id);
    }
    return id;
  }

  /** The interned id of a MAC already seen, or -1. */
  knownMacId(mac: string): number {
    return this.macIds.get(mac) ?? -1;
  }

  macName(id: number): string | undefined {
    return id >= 0 ? this.macNames[id] : undefined;
  }

  interfaceName(index: number): string {
    return this.interfacesByIndex.get(index)?.name ?? '';
  }

  /** The SNAT address a policy gives on an egress interface: the interface address, or 0. */
  snatAddress(policy: CompiledPolicy, devIndex: number): number {
    if (!policy.source.nat) return 0;
    return this.interfacesByIndex.get(devIndex)?.ip?.host ?? 0;
  }

  /**
   * Idle timeout in seconds for a session state: the TCP close/open timers and udp-idle of system
   * global, else the policy's session-ttl, a matching `system session-ttl` port entry, or its default.
   */
  timeoutFor(proto: number, protoState: number, dport: number, policyId: number): number {
    const g = this.config.systemGlobal;
    if (proto === 6) {
      if (protoState === TcpState.SYN_SENT || protoState === TcpState.SYN_RECV) return g.tcpHalfopenTimer;
      if (protoState === TcpState.FIN_WAIT) return g.tcpHalfcloseTimer;
      if (protoState === TcpState.TIME_WAIT) return g.tcpTimewaitTimer;
      if (protoState === TcpState.CLOSE) return g.tcpRstTimer;
    }
    const policyTtl = this.policies.byId.get(policyId)?.source.sessionTtl ?? 0;
    if (policyTtl > 0) return policyTtl;
    for (const p of this.config.sessionTtl.port) {
      if (p.protocol === proto && dport >= p.startPort && dport <= p.endPort) return p.timeout;
    }
    if (proto === 17) return g.udpIdleTimer;
    if (proto === 1) return ICMP_TIMEOUT_S;
    return this.config.sessionTtl.default;
  }
}

function indexInterfaces(config: GatewayConfig): Map<number, SystemInterface> {
  return new Map([...config.interfaces.values()].map((i) => [i.index, i]));
}
