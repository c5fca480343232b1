// Cost of one IP leaving a ZTNA tag with 100 sessions on it (dyn-addr-session-check enable, sweep
// delay 0: mark dirty + re-check + block), in tables of 10k, 100k and 1M sessions. The cost should
// follow the 100 affected sessions, not the table size.
import type { MembershipChange } from '@ztna/gateway/engine';
import { benchEngine, openSessions } from './engine-bench-support.js';
import { cpuLoopMs, ratioNote } from './baselines.js';

const TAG = 'EMS1_ZTNA_BENCH';
const PER_IP = 100;
const SAMPLES = 25;
const SIZES = [10_000, 100_000, 1_000_000];
/**
 * Unreported rounds of SAMPLES before the first table is measured. With one, the 10k table's median
 * moved between 21 and 109 µs from run to run (24 runs on 2026-12-01); with eight, 15–16 µs (9 runs).
 */
const WARMUP_ROUNDS = 8;

const { engine } = benchEngine(
  {
    settings: { dynAddrSessionCheck: true },
    policies: [
      {
        policyid: 1,
        srcintf: ['lan'],
        dstintf: ['wan'],
        service: ['HTTPS'],
        ztnaStatus: true,
        ztnaEmsTag: [TAG],
      },
      { policyid: 2, srcintf: ['lan'], dstintf: ['wan'], srcaddr: ['filler'], service: ['HTTPS'] },
    ],
    addresses: [{ name: 'filler', type: 'ipmask', subnet: { addr: 0x0a000000, masklen: 9 } }],
  },
  0,
);

let revision = 0;
const change = (ip: string, op: 'add' | 'remove'): MembershipChange => ({
  revision: ++revision,
  created: revision === 1 ? [{ name: TAG, tag: 'BENCH', id: 900, emsId: 1, kind: 'ztna-ip' }] : [],
  deltas: [{ address: TAG, member: ip, op }],
});

/** Tagged endpoints live in 10.200.0.0/16, one per sample per size, 100 sessions each. */
let endpoint = 0;
const taggedClient =
  (base: number) =>
  (i: number): [number, number] => [base, 20_000 + i];

/** Times SAMPLES removals of fresh tagged endpoints; returns the sorted durations in µs. */
function sample(): number[] {
  const times: number[] = [];
  for (let s = 0; s < SAMPLES; s++) {
    endpoint += 1;
    const addr = 0x0ac80000 + endpoint;
    const dotted = `10.200.${(addr >> 8) & 255}.${addr & 255}`;
    engine.onMembershipChange(change(dotted, 'add'));
    openSessions(engine, PER_IP, 0, taggedClient(addr));
    const blockedBefore = engine.stats().block;
    const t0 = process.hrtime.bigint();
    engine.onMembershipChange(change(dotted, 'remove'));
    times.push(Number(process.hrtime.bigint() - t0) / 1e3);
    if (engine.stats().block - blockedBefore !== PER_IP)
      throw new Error(`expected ${PER_IP} blocked sessions`);
    engine.clearSessions({ src: addr });
  }
  return times.sort((a, b) => a - b);
}

let filler = 0;
for (const [n, size] of SIZES.entries()) {
  openSessions(engine, size - filler, filler);
  filler = size;
  if (n === 0) for (let w = 0; w < WARMUP_ROUNDS; w++) sample(); // JIT warm-up, not reported
  const times = sample();
  const median = times[Math.floor(times.length / 2)]!;
  const p90 = times[Math.floor(times.length * 0.9)]!;
  const loopMs = cpuLoopMs();
  console.log(
    `table ${engine.stats().total.toLocaleString('en-US').padStart(9)} sessions: one IP, ${PER_IP} sessions re-checked and blocked: median ${median.toFixed(0)} µs, p90 ${p90.toFixed(0)} µs, min ${times[0]!.toFixed(0)} µs`,
  );
  console.log(ratioNote('  median re-check', median / 1000, loopMs, 'ms', '1e8-add loop'));
}
