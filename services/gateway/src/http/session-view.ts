import { Type, type Static } from '@sinclair/typebox';
import { intToIPv4 } from '@ztna/proto';
import { Nullable } from '@ztna/service-kit';
import type { SessionRow } from '../core/model/session-row.js';

const Counters = Type.Object({ bytes: Type.Integer(), packets: Type.Integer() });

/** One session as the JSON views return it: a rendering of the table's row, like the CLI entry. */
export const SessionViewSchema = Type.Object({
  serial: Type.Integer(),
  proto: Type.Integer(),
  protoState: Type.String(),
  duration: Type.Integer({ description: 's' }),
  expire: Type.Integer({ description: 's' }),
  timeout: Type.Integer({ description: 's' }),
  state: Type.Array(Type.String(), {
    description: 'the state= flags FortiOS prints (log, may_dirty, dirty, block, …), f00 left out',
  }),
  persistent: Type.Boolean({
    description:
      'kept without re-check after a trigger whose knob says so; printed like an untouched session',
  }),
  policyId: Type.Integer(),
  src: Type.String(),
  sport: Type.Integer(),
  dst: Type.String(),
  dport: Type.Integer(),
  snat: Nullable(
    Type.Object(
      { ip: Type.String(), port: Type.Integer() },
      { description: 'source NAT address and port, or null without SNAT' },
    ),
  ),
  srcintf: Type.String(),
  dstintf: Type.String(),
  gateway: Type.String(),
  org: Counters,
  reply: Counters,
});
export type SessionView = Static<typeof SessionViewSchema>;

function stateList(row: SessionRow): string[] {
  if (row.denied) return ['block', 'may_dirty'];
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
