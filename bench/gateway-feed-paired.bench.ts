// The event feed's cost: gateway-packets and gateway-revocation run alternately with the feed off and on
// (off, on, off, on; same machine session, one after the other) and their figures printed side by side.
// Each run is its own process (BENCH_FEED=off|on), so neither inherits the other's warm-up or heap.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const scripts = {
  packets: {
    file: 'gateway-packets.bench.ts',
    figure: /throughput: ([\d,]+) verdicts\/s/,
    unit: 'verdicts/s',
  },
  revocation: {
    file: 'gateway-revocation.bench.ts',
    figure: /→ session dirty: p50 [\d.]+ ms, p90 [\d.]+ ms, p99 ([\d.]+) ms/,
    unit: 'ms p99',
  },
} as const;

function run(file: string, feed: 'on' | 'off'): string {
  const script = fileURLToPath(new URL(file, import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', script], {
    env: { ...process.env, BENCH_FEED: feed, NODE_OPTIONS: '--conditions=source' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${file} (feed ${feed}) exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return r.stdout;
}

for (const [name, s] of Object.entries(scripts)) {
  const figures: Record<'on' | 'off', number[]> = { on: [], off: [] };
  for (let i = 0; i < ROUNDS; i++) {
    for (const feed of ['off', 'on'] as const) {
      const out = run(s.file, feed);
      const m = s.figure.exec(out);
      if (!m) throw new Error(`${s.file}: no figure in\n${out}`);
      figures[feed].push(Number(m[1]!.replace(/,/g, '')));
    }
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const off = mean(figures.off);
  const on = mean(figures.on);
  console.log(`${name} (${ROUNDS} paired rounds, off/on alternating):`);
  console.log(
    `  feed off: ${figures.off.map((x) => x.toLocaleString('en-US')).join(', ')} ${s.unit} (mean ${off.toLocaleString('en-US', { maximumFractionDigits: 1 })})`,
  );
  console.log(
    `  feed on:  ${figures.on.map((x) => x.toLocaleString('en-US')).join(', ')} ${s.unit} (mean ${on.toLocaleString('en-US', { maximumFractionDigits: 1 })})`,
  );
  console.log(`  on vs off: ${(((on - off) / off) * 100).toFixed(1)}% (target within 10%)`);
}
console.log(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs`);
