import type { VerdictBatch } from '../core/engine/packet-batch.js';
import { VERDICT_REASONS } from '../core/engine/verdict-reasons.js';

const REASON_BYTES = VERDICT_REASONS.map((r) => new TextEncoder().encode(r));
/** Largest encoded Verdict: 3 tags, action, two uint32 varints, reason length and text. */
const MAX_VERDICT = 3 + 1 + 5 + 5 + 1 + Math.max(...REASON_BYTES.map((b) => b.length)) + 1;

const varintSize = (v: number): number =>
  v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;

/**
 * Encodes verdicts 0…count-1 as a `ztna.v1.VerdictBatch` (field 1, repeated Verdict { action = 1,
 * session = 2, policy_id = 3, reason = 4 }) straight from the batch columns, leaving zero fields out
 * as proto3 does; the generated decoder reads it back to the same message (unit-tested). One
 * allocation per batch.
 */
export function encodeVerdictBatch(out: VerdictBatch, count: number): Uint8Array {
  const buf = new Uint8Array(count * (MAX_VERDICT + 2));
  let at = 0;
  const varint = (v: number): void => {
    while (v >= 0x80) {
      buf[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    buf[at++] = v;
  };
  for (let i = 0; i < count; i++) {
    const action = out.action[i] === 1 ? 1 : 2;
    const session = out.session[i]! >>> 0;
    const policyId = out.policyId[i]! >>> 0;
    const reason = REASON_BYTES[out.reason[i]!]!;
    const size =
      2 +
      (session === 0 ? 0 : 1 + varintSize(session)) +
      (policyId === 0 ? 0 : 1 + varintSize(policyId)) +
      (reason.length === 0 ? 0 : 2 + reason.length);
    buf[at++] = 0x0a;
    varint(size);
    buf[at++] = 0x08;
    buf[at++] = action;
    if (session !== 0) {
      buf[at++] = 0x10;
      varint(session);
    }
    if (policyId !== 0) {
      buf[at++] = 0x18;
      varint(policyId);
    }
    if (reason.length !== 0) {
      buf[at++] = 0x22;
      buf[at++] = reason.length;
      buf.set(reason, at);
      at += reason.length;
    }
  }
  return buf.subarray(0, at);
}
