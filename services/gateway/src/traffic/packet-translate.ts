import { ipv4ToInt } from '@ztna/proto';
import { TcpFlag, type IpProtocol, type PacketIn, type Verdict } from '../core/model/engine-api.js';
import type { GatewayConfig } from '../core/model/config.js';
import { GatewayError } from '../errors.js';
import type { PacketJson, VerdictJson } from './packet-schema.js';

const PROTO: Record<PacketJson['proto'], IpProtocol> = { icmp: 1, tcp: 6, udp: 17 };
const FLAG_BITS: Record<string, number> = {
  fin: TcpFlag.FIN,
  syn: TcpFlag.SYN,
  rst: TcpFlag.RST,
  psh: TcpFlag.PSH,
  ack: TcpFlag.ACK,
};
const DEFAULT_PAYLOAD_BYTES = 60;

function address(value: string, field: string): number {
  const n = ipv4ToInt(value);
  if (Number.isNaN(n)) throw new GatewayError('ZTNA_ERR_PACKET', `${field}: invalid IPv4 "${value}"`);
  return n;
}

/**
 * Translates one JSON packet (already schema-checked) into the engine's form. TCP flags default to
 * ACK; UDP and ICMP must not carry flags. `srcintf`, when given, must name a configured interface.
 * Throws ZTNA_ERR_PACKET naming `packets[i].<field>` and the value.
 */
export function toPacketIn(p: PacketJson, index: number, config: GatewayConfig): PacketIn {
  const at = `packets[${index}]`;
  const proto = PROTO[p.proto];
  if (proto === undefined)
    throw new GatewayError('ZTNA_ERR_PACKET', `${at}.proto: unknown protocol "${String(p.proto)}"`);
  let flags = 0;
  if (p.flags !== undefined && p.flags.length > 0) {
    if (proto !== 6) {
      throw new GatewayError(
        'ZTNA_ERR_PACKET',
        `${at}.flags: only TCP carries flags, got ${JSON.stringify(p.flags)} for ${p.proto}`,
      );
    }
    for (const name of p.flags) {
      const bit = FLAG_BITS[name];
      if (bit === undefined)
        throw new GatewayError('ZTNA_ERR_PACKET', `${at}.flags: unknown TCP flag "${name}"`);
      flags |= bit;
    }
  } else if (proto === 6) {
    flags = TcpFlag.ACK;
  }
  if (p.srcintf !== undefined && !config.interfaces.has(p.srcintf)) {
    throw new GatewayError(
      'ZTNA_ERR_PACKET',
      `${at}.srcintf: no interface "${p.srcintf}" (config system interface)`,
    );
  }
  return {
    proto,
    src: address(p.src, `${at}.src`),
    sport: p.sport,
    dst: address(p.dst, `${at}.dst`),
    dport: p.dport,
    flags,
    bytes: p.bytes ?? DEFAULT_PAYLOAD_BYTES,
    ...(p.srcintf === undefined ? {} : { srcintf: p.srcintf }),
    ...(p.srcMac === undefined ? {} : { srcMac: p.srcMac }),
  };
}

/** A verdict as the HTTP API returns it; `session` is left out when no session exists (serial 0). */
export function toVerdictJson(v: Verdict): VerdictJson {
  return v.session === 0
    ? { action: v.action, policyId: v.policyId, reason: v.reason }
    : { action: v.action, session: v.session, policyId: v.policyId, reason: v.reason };
}
