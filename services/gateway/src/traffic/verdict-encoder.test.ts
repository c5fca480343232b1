import { ztna } from '@ztna/proto';
import { describe, expect, it } from 'vitest';
import { createVerdictBatch } from '../core/engine/packet-batch.js';
import { VERDICT_REASONS } from '../core/engine/verdict-reasons.js';
import { encodeVerdictBatch } from './verdict-encoder.js';

describe('encodeVerdictBatch', () => {
  it('decodes with the generated code to the same verdicts, for every reason and small and large numbers', () => {
    const n = 64;
    const out = createVerdictBatch(n);
    const expected: ztna.v1.IVerdict[] = [];
    for (let i = 0; i < n; i++) {
      out.action[i] = i % 3 === 0 ? 0 : 1;
      out.session[i] = i % 5 === 0 ? 0 : [1, 127, 128, 16_384, 4_000_000_000][i % 5]!;
      out.policyId[i] = i % 4 === 0 ? 0 : [3, 300, 70_000][i % 3]!;
      out.reason[i] = i % VERDICT_REASONS.length;
      expected.push({
        action: out.action[i] === 1 ? ztna.v1.Action.ACTION_ACCEPT : ztna.v1.Action.ACTION_DENY,
        session: out.session[i],
        policyId: out.policyId[i],
        reason: VERDICT_REASONS[out.reason[i]!],
      });
    }
    const plain = (data: Uint8Array) =>
      ztna.v1.VerdictBatch.toObject(ztna.v1.VerdictBatch.decode(data), { defaults: true, longs: Number });
    const ours = plain(encodeVerdictBatch(out, n));
    expect(ours).toEqual(plain(ztna.v1.VerdictBatch.encode({ verdicts: expected }).finish()));
    expect(ours.verdicts).toHaveLength(n);
    expect(encodeVerdictBatch(out, 0)).toHaveLength(0);
  });
});
