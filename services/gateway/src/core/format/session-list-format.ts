import { intToIPv4 } from '@ztna/proto';
import type { EngineContext } from '../engine-context.js';
import type { SessionFilter, SessionStats } from '../model/engine-api.js';
import { formatSessionEntry } from './session-entry-format.js';
import { filteredSlots } from '../engine/session-filter.js';

const PROTO_NAMES: Record<number, string> = { 1: 'icmp', 6: 'tcp', 17: 'udp' };

/** `diagnose sys session list`: entries separated by a blank line, then `total session N` (seed 1). */
export function formatSessionList(
  ctx: EngineContext,
  filter: SessionFilter | undefined,
  nowMs: number,
): string {
  const slots = filteredSlots(ctx, filter);
  const entries = slots.map((s) => formatSessionEntry(ctx, s, nowMs) + '\n').join('\n');
  return `${entries}total session ${slots.length}\n`;
}

/** `get system session list`: header then one line per session, `-` where there is no NAT. */
export function formatSessionBrief(
  ctx: EngineContext,
  filter: SessionFilter | undefined,
  nowMs: number,
): string {
  const c = ctx.table.cols;
  const lines = ['PROTO EXPIRE SOURCE SOURCE-NAT DESTINATION DESTINATION-NAT'];
  for (const s of filteredSlots(ctx, filter)) {
    const proto = PROTO_NAMES[c.proto[s]!] ?? String(c.proto[s]);
    const expire = Math.max(0, Math.floor((c.deadlineMs[s]! - nowMs) / 1000));
    const nat = c.natIp[s] !== 0 ? `${intToIPv4(c.natIp[s]!)}:${c.natPort[s]}` : '-';
    lines.push(
      `${proto} ${expire} ${intToIPv4(c.src[s]!)}:${c.sport[s]} ${nat} ${intToIPv4(c.dst[s]!)}:${c.dport[s]} -`,
    );
  }
  return lines.join('\n') + '\n';
}

/** `get system session status`. */
export function formatSessionStatus(stats: SessionStats): string {
  return `The total number of sessions for the current VDOM: ${stats.total}\n`;
}
