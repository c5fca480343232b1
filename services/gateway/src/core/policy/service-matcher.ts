import { GatewayError } from '../../errors.js';
import type { FirewallService, GatewayConfig } from '../model/config.js';

/** A compiled service list: per protocol, inclusive destination-port (or ICMP type) ranges. */
export interface ServiceMatcher {
  readonly any: boolean;
  readonly tcp: readonly number[];
  readonly udp: readonly number[];
  /** ICMP types `[low, high, …]`; 0–255 for any type. */
  readonly icmp: readonly number[];
  /** Other IP protocol numbers allowed. */
  readonly ip: ReadonlySet<number>;
}

/** Whether a packet with this protocol and destination port (ICMP: type) matches. */
export function matchService(m: ServiceMatcher, proto: number, dport: number): boolean {
  if (m.any) return true;
  const r = proto === 6 ? m.tcp : proto === 17 ? m.udp : proto === 1 ? m.icmp : undefined;
  if (r !== undefined)
    for (let i = 0; i < r.length; i += 2) if (dport >= r[i]! && dport <= r[i + 1]!) return true;
  return m.ip.has(proto);
}

/**
 * Compiles service names (custom services, groups, and `ALL` even when not configured). Throws
 * ZTNA_ERR_CLI_REFERENCE naming the policy and the unknown service.
 */
export function compileServices(
  names: readonly string[],
  config: GatewayConfig,
  field: string,
): ServiceMatcher {
  const tcp: number[] = [];
  const udp: number[] = [];
  const icmp: number[] = [];
  const ip = new Set<number>();
  let any = false;
  const add = (s: FirewallService): void => {
    if (s.protocol === 'IP') {
      if (!s.protocolNumber) any = true;
      else ip.add(s.protocolNumber);
    } else if (s.protocol === 'ICMP') {
      icmp.push(s.icmptype ?? 0, s.icmptype ?? 255);
    } else {
      for (const p of s.tcpPortrange) tcp.push(p.low, p.high);
      for (const p of s.udpPortrange) udp.push(p.low, p.high);
    }
  };
  const visit = (name: string, path: readonly string[]): void => {
    const s = config.services.get(name);
    if (s !== undefined) return add(s);
    const g = config.serviceGroups.get(name);
    if (g !== undefined && !path.includes(name)) {
      for (const m of g.member) visit(m, [...path, name]);
      return;
    }
    if (name === 'ALL') {
      any = true;
      return;
    }
    throw new GatewayError('ZTNA_ERR_CLI_REFERENCE', `${field}: unknown service "${name}"`);
  };
  for (const n of names) visit(n, []);
  return { any, tcp, udp, icmp, ip };
}
