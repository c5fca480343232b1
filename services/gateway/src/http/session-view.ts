import { intToIPv4 } from '@ztna/proto';
import type { SessionRow } from '../core/model/session-row.js';

/** One session as the JSON views return it: a rendering of the table's row, like the CLI entry. */
export interface SessionView {
  serial: number;
  proto: number;
  protoState: string;
  duration: number;
  expire: number;
  timeout: number;
  /** The `state=` flags FortiOS prints (`log`, `may_dirty`, `dirty`, `block`, …), `f00` left out. */
  state: string[];
  /** Kept without re-check after a trigger whose knob says so; the CLI prints it like an untouched session. */
  persistent: boolean;
  policyId: number;
  src: string;
  sport: number;
  dst: string;
  dport: number;
  /** Source NAT address and port, or null without SNAT. */
  snat: { ip: string; port: number } | null;
  srcintf: string;
  dstintf: string;
  gateway: string;
  org: { bytes: number; packets: number };
  reply: { bytes: number; packets: number };
}

function stateList(row: SessionRow): string[] {
  if (row.block) return ['block', 'may_dirty', 'authed', 'acct-ext'];
  if (row.dirty) return ['dirty', 'may_dirty', 'acct-ext'];
  return row.log ? ['log', 'may_dirty'] : ['may_dirty'];
}

/** The JSON view of a session row. */
export function toSessionView(row: SessionRow): SessionView {
  return {
    serial: row.serial,
    proto: row.proto,
    protoState: row.protoState.toString(16).padStart(2, '0'),
    duration: row.durationS,
    expire: row.expireS,
    timeout: row.timeoutS,
    state: stateList(row),
    persistent: row.persistent,
    policyId: row.policyId,
    src: intToIPv4(row.src),
    sport: row.sport,
    dst: intToIPv4(row.dst),
    dport: row.dport,
    snat: row.snat ? { ip: intToIPv4(row.snat.ip), port: row.snat.port } : null,
    srcintf: row.srcintf,
    dstintf: row.dstintf,
    gateway: intToIPv4(row.gateway),
    org: { ...row.org },
    reply: { ...row.reply },
  };
}
