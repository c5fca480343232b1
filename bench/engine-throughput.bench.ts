// Verdicts per second on established sessions, single thread, through processBatch. Wall-clock rates
// suffer when the machine is shared; the per-CPU-second rate is the engine's own speed.
import { TcpFlag, createPacketBatch, createVerdictBatch } from '@ztna/gateway/engine';
import { benchEngine, fill, openSessions } from './engine-bench-support.js';
import { cpuLoopMs, ratioNote } from './baselines.js';

const SESSIONS = Number(process.env.SESSIONS ?? 100_000);
const BATCH = 4096;
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SECONDS_PER_ROUND = 2;

const { engine } = benchEngine();
openSessions(engine, SESSIONS);
console.log(`sessions open: ${engine.stats().total}`);

const batches = Array.from({ length: Math.ceil(SESSIONS / BATCH) }, (_, b) => {
  const batch = createPacketBatch(BATCH);
  fill(batch, b * BATCH, Math.min(BATCH, SESSIONS - b * BATCH), (b % 2) as 0 | 1, TcpFlag.ACK);
  return batch;
});
const out = createVerdictBatch(BATCH);

for (let round = 1; round <= ROUNDS; round++) {
  let verdicts = 0;
  let accepted = 0;
  let processed = 0;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(SECONDS_PER_ROUND * 1e9);
  let b = 0;
  while (process.hrtime.bigint() < deadline) {
    for (let k = 0; k < 16; k++) {
      const batch = batches[b]!;
      engine.processBatch(batch, out);
      verdicts += batch.count;
      accepted += out.action[0]! & out.action[batch.count - 1]!;
      processed += 1;
      b = (b + 1) % batches.length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rate = (n: number, s: number): string => Math.round(n / s).toLocaleString('en-US');
  console.log(
    `round ${round}: ${verdicts} verdicts, wall ${seconds.toFixed(2)} s = ${rate(verdicts, seconds)} verdicts/s; ` +
      `CPU ${cpuSeconds.toFixed(2)} s = ${rate(verdicts, cpuSeconds)} verdicts/CPU-s; all accepted: ${accepted === processed}`,
  );
  const loops = 1000 / cpuLoopMs();
  console.log(
    ratioNote(`round ${round} verdicts/CPU-s`, verdicts / cpuSeconds, loops, '/s', '1e8-add loops'),
  );
}
