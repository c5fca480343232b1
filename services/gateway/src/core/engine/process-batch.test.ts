import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { TcpFlag } from '../model/engine-api.js';
import { createEngine } from './engine.js';
import { createPacketBatch, createVerdictBatch } from './packet-batch.js';
import { ip, seedConfig, seedMembership } from '../../../testing/seed-network.js';
import { VERDICT_REASONS } from './verdict-reasons.js';

describe('processBatch', () => {
  it('gives the same verdicts as process(), in order, reusing the arrays', () => {
    const engine = createEngine(seedConfig(), { clock: new FakeClock() });
    engine.onMembershipChange(seedMembership(1));
    const batch = createPacketBatch(8, true);
    const out = createVerdictBatch(8);
    const rows: [string, number, number, number][] = [
      ['192.168.30.108', 1000, TcpFlag.SYN, 22],
      ['192.168.30.108', 1000, TcpFlag.ACK, 22],
      ['192.168.30.200', 1001, TcpFlag.SYN, 22],
      ['192.168.30.47', 1002, TcpFlag.ACK, 22],
    ];
    rows.forEach(([src, sport, flags, dport], i) => {
      batch.proto[i] = 6;
      batch.src[i] = ip(src);
      batch.sport[i] = sport;
      batch.dst[i] = ip('192.168.12.99');
      batch.dport[i] = dport;
      batch.flags[i] = flags;
      batch.bytes[i] = 60;
      batch.srcintf![i] = 'port9';
    });
    batch.count = rows.length;
    engine.processBatch(batch, out);
    expect([...out.action.slice(0, 4)]).toEqual([1, 1, 0, 0]);
    expect([...out.reason.slice(0, 4)].map((r) => VERDICT_REASONS[r])).toEqual([
      'new-session',
      'established',
      'implicit-deny',
      'invalid-packet',
    ]);
    expect(out.session[0]).toBe(out.session[1]);
    expect(out.policyId[0]).toBe(3);
    batch.count = 1;
    batch.flags[0] = TcpFlag.ACK;
    engine.processBatch(batch, out);
    expect(VERDICT_REASONS[out.reason[0]!]).toBe('established');
    expect(engine.formatSessionList()).toContain('org=180/3/1');
  });
});
