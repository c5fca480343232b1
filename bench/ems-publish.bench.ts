// Churn publishing into JetStream on the real NATS at NATS_URL (default nats://127.0.0.1:4222), on a
// stream of its own that is deleted afterwards. Prints events/s (produce → every event acked) and the
// publish-to-ack latency p50/p99.
import { randomUUID } from 'node:crypto';
import { createSubjects } from '@ztna/proto';
import { createEmsMock } from '@ztna/ems-mock';
import { connect } from 'nats';
import pino from 'pino';
import { bareJetStreamPublish, ratioNote } from './baselines.js';

const url = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
// BENCH_EVENTS (default 1 000 000) and BENCH_WINDOW (publishes awaiting an ack, default the mock's) tune a run.
const events = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const id = randomUUID().slice(0, 8);
const subjects = createSubjects(`bench${id}.ztna`, `EV_BENCH_${id}`);
const nc = await connect({ servers: url, name: 'ems-publish-bench' });
const latencies = new Float64Array(events + 200_000);
let recorded = 0;
let recording = false;
const mock = await createEmsMock(
  {
    nc,
    logger: pino({ level: 'warn' }),
    onPublishAck: (ms) => {
      if (recording && recorded < latencies.length) latencies[recorded++] = ms;
    },
  },
  {
    emsId: 1,
    subjects,
    publishWindow: process.env.BENCH_WINDOW ? Number(process.env.BENCH_WINDOW) : undefined,
    maxQueued: Number(process.env.BENCH_QUEUE ?? 50_000),
  },
);

const percentile = (sorted: Float64Array, p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

try {
  await mock.runChurn({ seed: 7, count: 50_000, endpoints: 1000 });
  recording = true;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const seqBefore = mock.seq;
  const run = await mock.runChurn({ seed: 8, count: events, endpoints: 1000 });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  recording = false;
  if (run.status !== 'done') throw new Error(`churn run failed: ${JSON.stringify(run.error)}`);
  const published = mock.seq - seqBefore;
  const info = await (await nc.jetstreamManager()).streams.info(subjects.stream);
  const sorted = latencies.slice(0, recorded).sort();
  console.log(`ems-publish: ${published} events in ${seconds.toFixed(2)} s`);
  console.log(`ems-publish: ${Math.round(published / seconds)} events/s (produced and acked by JetStream)`);
  console.log(
    `ems-publish: publish-ack latency p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms (${recorded} acks)`,
  );
  const cpuUsPerEvent = (cpu.user + cpu.system) / published;
  console.log(
    `ems-publish: mock process CPU ${cpuUsPerEvent.toFixed(1)} µs/event (one core alone would carry ${Math.round(1e6 / cpuUsPerEvent)} events/s)`,
  );
  console.log(`ems-publish: stream holds ${info.state.messages} messages (expected ${mock.seq})`);
  const raw = await bareJetStreamPublish(nc, subjects.endpointEvents(7, 'raw'), 200_000);
  console.log(
    `ems-publish: for comparison, bare JetStream publishes on this machine now: ${Math.round(raw.rate)} msgs/s, client CPU ${raw.cpuUsPerMsg.toFixed(1)} µs/msg`,
  );
  console.log(
    ratioNote(
      'ems-publish',
      published / seconds,
      raw.rate,
      'events/s',
      'bare JetStream publishes with a message id',
    ),
  );
} finally {
  await mock.stop();
  await (await nc.jetstreamManager()).streams.delete(subjects.stream).catch(() => undefined);
  await nc.close();
}
