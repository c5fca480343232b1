// The event feed's cost: gateway-packets and gateway-revocation run alternately with the feed off and on
// (off, on; on, off; …; same machine session, one after the other) and their figures printed side by side.
// Each run is its own process (BENCH_FEED=off|on), so neither inherits the other's warm-up or heap.
// The comparison is of medians over BENCH_ROUNDS (default 5) rounds: on this shared 2-core host a single
// revocation p99 moves by ±10% from run to run with the same build, more than the feed's own cost.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
interface Figure {
  readonly name: string;
  readonly pattern: RegExp;
  readonly unit: string;
}
const scripts: { file: string; figures: Figure[] }[] = [
  {
    file: 'gateway-packets.bench.ts',
    figures: [{ name: 'packets', pattern: /throughput: ([\d,]+) verdicts\/s/, unit: 'verdicts/s' }],
  },
  {
    file: 'gateway-revocation.bench.ts',
    figures: [
      {
        name: 'revocation p50',
        pattern: /→ session dirty: p50 ([\d.]+) ms/,
        unit: 'ms',
      },
      {
        name: 'revocation p99',
        pattern: /→ session dirty: p50 [\d.]+ ms, p90 [\d.]+ ms, p99 ([\d.]+) ms/,
        unit: 'ms',
      },
      { name: 'revocation CPU', pattern: /to the last dirty: ([\d.]+) µs per revocation/, unit: 'µs' },
    ],
  },
];

function run(file: string, feed: 'on' | 'off'): string {
  const script = fileURLToPath(new URL(file, import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', script], {
    env: { ...process.env, BENCH_FEED: feed, NODE_OPTIONS: '--conditions=source' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${file} (feed ${feed}) exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return r.stdout;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 2 });

for (const s of scripts) {
  const figures = new Map(s.figures.map((f) => [f.name, { on: [] as number[], off: [] as number[] }]));
  for (let i = 0; i < ROUNDS; i++) {
    // The order flips each round (off, on; on, off; …) so neither side always runs second.
    for (const feed of i % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
      const out = run(s.file, feed);
      for (const f of s.figures) {
        const m = f.pattern.exec(out);
        if (!m) throw new Error(`${s.file}: no ${f.name} figure in\n${out}`);
        figures.get(f.name)![feed].push(Number(m[1]!.replace(/,/g, '')));
      }
    }
  }
  for (const f of s.figures) {
    const { on, off } = figures.get(f.name)!;
    const [mOff, mOn] = [median(off), median(on)];
    console.log(`${f.name} (${ROUNDS} paired rounds, off/on alternating, order flipped each round):`);
    console.log(`  feed off: ${off.map(fmt).join(', ')} ${f.unit} (median ${fmt(mOff)})`);
    console.log(`  feed on:  ${on.map(fmt).join(', ')} ${f.unit} (median ${fmt(mOn)})`);
    console.log(`  on vs off (medians): ${(((mOn - mOff) / mOff) * 100).toFixed(1)}% (target within 10%)`);
  }
}
console.log(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs`);
