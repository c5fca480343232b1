// Packets over the gateway's NATS subject, batched, end to end: protobuf PacketBatch request → packet
// responder → engine.processBatch → VerdictBatch reply, on the real local NATS (NATS_URL) with the
// whole gateway running in this process (tag sync on Redis, REDIS_URL). Established SSH sessions.
import os from 'node:os';
import { ztna } from '@ztna/proto';
import { cpuLoopMs, ratioNote } from './baselines.js';
import { seedEndpoints, startStack } from '../test/integration/e2e-stack.js';

const BATCH = Number(process.env.BENCH_BATCH ?? 1000);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 8);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const MAX_BATCHES = 100_000;
const FLOWS = 4096;

const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const feed = process.env.BENCH_FEED !== 'off';
const stack = await startStack({ natsUrl, redisUrl, feed });
try {
  await stack.synced(await seedEndpoints(stack));
  const flow = (i: number, flags: number): ztna.v1.IPacket => ({
    proto: ztna.v1.IpProto.IP_PROTO_TCP,
    src: '192.168.30.108',
    sport: 10_000 + (i % FLOWS),
    dst: '192.168.12.99',
    dport: 22,
    flags,
    bytes: 100,
  });
  const request = async (data: Uint8Array): Promise<ztna.v1.VerdictBatch> =>
    ztna.v1.VerdictBatch.decode(
      (await stack.nc.request(stack.packetsSubject, data, { timeout: 10_000 })).data,
    );

  const opened = await request(
    ztna.v1.PacketBatch.encode({ packets: Array.from({ length: FLOWS }, (_, i) => flow(i, 2)) }).finish(),
  );
  const accepted = opened.verdicts.filter((v) => v.action === ztna.v1.Action.ACTION_ACCEPT).length;
  if (accepted !== FLOWS) throw new Error(`setup: ${accepted} of ${FLOWS} SYNs accepted (${opened.error})`);

  const payload = ztna.v1.PacketBatch.encode({
    packets: Array.from({ length: BATCH }, (_, i) => flow(i * 7, 16)),
  }).finish();
  for (let i = 0; i < 20; i++) await request(payload);

  let verdicts = 0;
  let denied = 0;
  let batches = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + DURATION_MS;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline && batches < MAX_BATCHES) {
      batches += 1;
      const reply = await request(payload);
      if (reply.error) throw new Error(`batch refused: ${reply.error}`);
      verdicts += reply.verdicts.length;
      for (const v of reply.verdicts) if (v.action !== ztna.v1.Action.ACTION_ACCEPT) denied += 1;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const loops = 1000 / cpuLoopMs();
  console.log(
    `gateway packets over NATS (event feed ${feed ? 'on' : 'off'}): batch ${BATCH}, ${IN_FLIGHT} requests in flight, ${FLOWS} established sessions`,
  );
  console.log(`  ${verdicts} verdicts in ${seconds.toFixed(2)} s (${batches} batches, ${denied} denied)`);
  console.log(
    `  throughput: ${Math.round(verdicts / seconds).toLocaleString('en-US')} verdicts/s end to end (target >= 200,000)`,
  );
  console.log(
    `  CPU: ${cpuSeconds.toFixed(2)} s used by this process (client + gateway) = ${Math.round(verdicts / cpuSeconds).toLocaleString('en-US')} verdicts per CPU-second; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs`,
  );
  console.log(ratioNote('  verdicts per CPU-second', verdicts / cpuSeconds, loops, '/s', '1e8-add loops'));
} finally {
  await stack.close();
}
