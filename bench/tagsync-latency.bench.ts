// Revocation path latency: events published at a steady 5 000/s (10 s) with the EMS emitted time in
// each envelope; the gateway reports when each was applied to Redis. Prints p50 / p99 / max: once from the
// envelope's emitted time (whole milliseconds, the wire's resolution), once from this process's own clock
// (publish → the gateway's applied report, 0.01 ms; the gateway applies the events in seq order).
import { ztna } from '@ztna/proto';
import { bareRoundTrips, ratioNote } from './baselines.js';
import {
  endpoint,
  envelope,
  machineNote,
  openKit,
  percentile,
  respondSnapshots,
  startGateway,
  until,
} from './tagsync-kit.js';

const RATE = 5000;
const SECONDS = 10;
const ENDPOINTS = 2000;
const TAGS = ['APP', 'DB', 'WEB', 'VPN'];

const kit = await openKit();
try {
  const population = Array.from({ length: ENDPOINTS }, (_, i) => endpoint(i, [TAGS[i % TAGS.length]!]));
  respondSnapshots(kit, population, 0);
  const latencies: number[] = [];
  const total = RATE * SECONDS;
  /** performance.now() at the publish of seq i, and publish → applied per seq, this process's clock. */
  const sentAt = new Float64Array(total + 1);
  const fine: number[] = [];
  let appliedSeqs = 0;
  let measuring = false;
  const gateway = await startGateway(kit, {
    applied: (n, emitted, appliedAtMs) => {
      for (const ms of emitted) latencies.push(appliedAtMs - ms);
      if (!measuring) return;
      const now = performance.now();
      for (let k = 0; k < n && appliedSeqs < total; k++) fine.push(now - sentAt[++appliedSeqs]!);
    },
  });
  await until(() => gateway.tagSync.syncStatus().ems[0]?.state === 'in-sync', 30_000, 'initial resync');
  measuring = true;
  const started = performance.now();
  let seq = 0;
  while (seq < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) * RATE) / 1000));
    while (seq < due) {
      seq += 1;
      const i = seq % ENDPOINTS;
      const tag = TAGS[(seq >> 2) % TAGS.length]!;
      const event =
        seq % 2 === 0
          ? { tagsAttached: { uid: `EP${i}`, kind: ztna.v1.TagKind.TAG_KIND_ZTNA, tags: [tag] } }
          : { tagsDetached: { uid: `EP${i}`, kind: ztna.v1.TagKind.TAG_KIND_ZTNA, tags: [tag] } };
      sentAt[seq] = performance.now();
      kit.nc.publish(kit.subjects.endpointEvents(1, `EP${i}`), envelope(seq, event));
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await until(() => latencies.length >= total, 60_000, `${total} events applied`);
  await gateway.stop();
  const bare = await bareRoundTrips(kit.nc);
  const sorted = [...latencies].sort((a, b) => a - b);
  const fineSorted = [...fine].sort((a, b) => a - b);
  console.log(`events: ${latencies.length} at ${RATE}/s for ${SECONDS} s`);
  console.log(
    `emitted -> applied in Redis: p50 ${percentile(sorted, 50)} ms, p99 ${percentile(sorted, 99)} ms, max ${sorted.at(-1)} ms (target p99 <= 20 ms)`,
  );
  console.log(
    `published -> applied (this process's clock, ${fineSorted.length} events): p50 ${percentile(fineSorted, 50).toFixed(2)} ms, p99 ${percentile(fineSorted, 99).toFixed(2)} ms`,
  );
  for (const [q, p] of [
    ['p50', 50],
    ['p99', 99],
  ] as const) {
    const name = `emitted -> applied ${q}`;
    console.log(ratioNote(name, percentile(sorted, p), bare[q], 'ms', `bare NATS request round trip ${q}`));
  }
  console.log(machineNote());
} finally {
  await kit.close();
}
