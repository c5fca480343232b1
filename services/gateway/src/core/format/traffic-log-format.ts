import { intToIPv4 } from '@ztna/proto';
import type { FirewallService, GatewayConfig } from '../model/config.js';
import type { TrafficRecord } from '../model/gateway-events.js';

/** The device fields of every log line: `devname` (system global hostname) and `devid` (serial). */
export interface LogDevice {
  readonly devname: string;
  readonly devid: string;
}

const two = (n: number): string => String(n).padStart(2, '0');
const q = (s: string): string => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/** The widest port range a service may have and still name a flow (ALL_TCP and friends do not). */
const NAMING_RANGE = 1000;

/**
 * The `service=` of a flow as FortiOS logs it: the first predefined or custom service whose single
 * protocol and port matches (`SSH`, `HTTPS`, `PING`), else `tcp/<port>`, `udp/<port>` or `icmp`.
 */
export function serviceName(
  services: ReadonlyMap<string, FirewallService>,
  proto: number,
  dport: number,
): string {
  for (const s of services.values()) {
    if (proto === 1) {
      if (s.protocol === 'ICMP' && s.icmptype === 8) return s.name;
      continue;
    }
    if (s.protocol !== 'TCP/UDP/SCTP') continue;
    const ranges = proto === 6 ? s.tcpPortrange : proto === 17 ? s.udpPortrange : [];
    if (ranges.some((r) => r.high - r.low < NAMING_RANGE && dport >= r.low && dport <= r.high)) return s.name;
  }
  return proto === 6 ? `tcp/${dport}` : proto === 17 ? `udp/${dport}` : 'icmp';
}

/**
 * Renders a forward-traffic record as the FortiOS log line (UTC, `tz="+0000"`). Field set and order
 * follow Fortinet's FortiOS Log Message Reference, traffic log "forward" (LOG_ID_TRAFFIC_END_FORWARD,
 * logid 0000000013), as FortiOS 7.x writes it to syslog and disk: date time devname devid eventtime tz
 * logid type subtype level vd srcip srcport srcintf srcintfrole dstip dstport dstintf dstintfrole
 * sessionid proto action policyid policytype [policyname] service trandisp [transip transport] duration
 * sentbyte rcvdbyte sentpkt rcvdpkt [appcat]; a deny by the implicit policy (policyid=0) also carries
 * FortiOS's client-reputation fields crscore=30 craction=131072 crlevel="high". `eventtime` is in
 * nanoseconds. ICMP flows log srcport/dstport as the identifier and type, as FortiOS does.
 */
export function formatTrafficLog(r: TrafficRecord, device: LogDevice, config: GatewayConfig): string {
  const d = new Date(r.timeMs);
  const date = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  const policyName = r.policyId === 0 ? undefined : config.policies.get(r.policyId)?.name;
  const parts = [
    `date=${date} time=${time} devname=${q(device.devname)} devid=${q(device.devid)}`,
    `eventtime=${r.timeMs}000000 tz="+0000" logid="0000000013" type="traffic" subtype="forward"`,
    `level="notice" vd="root" srcip=${intToIPv4(r.src)} srcport=${r.sport} srcintf=${q(r.srcintf)}`,
    `srcintfrole="undefined" dstip=${intToIPv4(r.dst)} dstport=${r.dport} dstintf=${q(r.dstintf)}`,
    `dstintfrole="undefined" sessionid=${r.sessionId} proto=${r.proto} action=${q(r.action)}`,
    `policyid=${r.policyId} policytype="policy"`,
  ];
  if (policyName !== undefined) parts.push(`policyname=${q(policyName)}`);
  parts.push(`service=${q(serviceName(config.services, r.proto, r.dport))}`);
  parts.push(
    r.snat === null
      ? 'trandisp="noop"'
      : `trandisp="snat" transip=${intToIPv4(r.snat.ip)} transport=${r.snat.port}`,
  );
  parts.push(
    `duration=${r.durationS} sentbyte=${r.sentBytes} rcvdbyte=${r.rcvdBytes} sentpkt=${r.sentPkts} rcvdpkt=${r.rcvdPkts}`,
  );
  if (r.action === 'deny' && r.sessionId === 0 && r.policyId === 0) {
    parts.push('appcat="unscanned" crscore=30 craction=131072 crlevel="high"');
  } else {
    parts.push('appcat="unscanned"');
  }
  return parts.join(' ');
}
