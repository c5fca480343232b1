import { intToIPv4 } from '@ztna/proto';
import type { SessionStats } from '../model/engine-api.js';
import type { SessionRow } from '../model/session-row.js';
import { formatSessionEntry } from './session-entry-format.js';

const PROTO_NAMES: Record<number, string> = { 1: 'icmp', 6: 'tcp', 17: 'udp' };

/** `diagnose sys session list`: entries separated by a blank line, then `total session N` (seed 1). */
export function formatSessionList(rows: readonly SessionRow[]): string {
  const entries = rows.map((row) => formatSessionEntry(row) + '\n').join('\n');
  return `${entries}total session ${rows.length}\n`;
}

/** `get system session list`: header then one line per session, `-` where there is no NAT. */
export function formatSessionBrief(rows: readonly SessionRow[]): string {
  const lines = ['PROTO EXPIRE SOURCE SOURCE-NAT DESTINATION DESTINATION-NAT'];
  for (const r of rows) {
    const proto = PROTO_NAMES[r.proto] ?? String(r.proto);
    const nat = r.snat ? `${intToIPv4(r.snat.ip)}:${r.snat.port}` : '-';
    lines.push(
      `${proto} ${r.expireS} ${intToIPv4(r.src)}:${r.sport} ${nat} ${intToIPv4(r.dst)}:${r.dport} -`,
    );
  }
  return lines.join('\n') + '\n';
}

/** `get system session status`. */
export function formatSessionStatus(stats: SessionStats): string {
  return `The total number of sessions for the current VDOM: ${stats.total}\n`;
}
