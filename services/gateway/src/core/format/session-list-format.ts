import { intToIPv4 } from '@ztna/proto';
import type { SessionStats } from '../model/engine-api.js';
import type { SessionRow } from '../model/session-row.js';
import { formatSessionEntry } from './session-entry-format.js';

const PROTO_NAMES: Record<number, string> = { 1: 'icmp', 6: 'tcp', 17: 'udp' };

/**
 * `diagnose sys session list` laid out as seed 1's second printout: a blank line before each entry and
 * before `total session N` (`total session 0` alone when the table is empty).
 */
export function formatSessionList(rows: readonly SessionRow[]): string {
  if (rows.length === 0) return 'total session 0\n';
  const entries = rows.map((row) => `\n${formatSessionEntry(row)}\n`).join('');
  return `${entries}\ntotal session ${rows.length}\n`;
}

/**
 * `get system session list`: header then one line per session, `-` where there is no NAT. An ICMP
 * session prints its identifier as the source port and its type as the destination port (seed 1:
 * `icmp 45 192.168.30.108:8 - 172.16.25.100:8 -`).
 */
export function formatSessionBrief(rows: readonly SessionRow[]): string {
  const lines = ['PROTO EXPIRE SOURCE SOURCE-NAT DESTINATION DESTINATION-NAT'];
  for (const r of rows) {
    const proto = PROTO_NAMES[r.proto] ?? String(r.proto);
    const nat = r.snat ? `${intToIPv4(r.snat.ip)}:${r.snat.port}` : '-';
    lines.push(
      `${proto} ${r.expireS} ${intToIPv4(r.src)}:${r.sport} ${nat} ${intToIPv4(r.dst)}:${r.proto === 1 ? r.icmpType : r.dport} -`,
    );
  }
  return lines.join('\n') + '\n';
}

/** `get system session status`. */
export function formatSessionStatus(stats: SessionStats): string {
  return `The total number of sessions for the current VDOM: ${stats.total}\n`;
}
