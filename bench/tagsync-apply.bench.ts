// Sustained apply: a stream pre-filled with 200 000 events (20 000 endpoint upserts, then tag attach /
// detach), drained by the gateway's durable consumer into Redis. Prints events per second. Like the EMS,
// it never sends a no-op: each endpoint in turn gets a tag it lacks attached, then that tag detached, so
// every event moves the endpoint's IP and MAC into or out of two addresses.
import { ztna } from '@ztna/proto';
import { bareJetStreamConsume, ratioNote } from './baselines.js';
import {
  cpuNote,
  cpuSeconds,
  endpoint,
  envelope,
  machineNote,
  openKit,
  respondSnapshots,
  startGateway,
  until,
} from './tagsync-kit.js';

const ENDPOINTS = 20_000;
const EVENTS = 200_000;
const TAGS = ['APP', 'DB', 'WEB', 'VPN', 'DEV', 'OPS', 'HR', 'FIN'];

const kit = await openKit();
try {
  respondSnapshots(kit, [], 0);
  const t0 = performance.now();
  for (let seq = 1; seq <= EVENTS; seq++) {
    const i = (seq - 1) % ENDPOINTS;
    const uid = `EP${i}`;
    const visit = Math.floor((seq - 1) / ENDPOINTS) - 1;
    // Never the endpoint's own tag TAGS[i % 8]: visits 2k and 2k+1 attach and detach one of the other seven.
    const tag = TAGS[(i + 1 + ((visit >> 1) % (TAGS.length - 1))) % TAGS.length]!;
    const event: Partial<ztna.v1.IEnvelope> =
      seq <= ENDPOINTS
        ? { endpointUpsert: { endpoint: endpoint(i, [TAGS[i % TAGS.length]!]) } }
        : seq % 2 === 0
          ? { tagsAttached: { uid, kind: ztna.v1.TagKind.TAG_KIND_ZTNA, tags: [tag] } }
          : { tagsDetached: { uid, kind: ztna.v1.TagKind.TAG_KIND_ZTNA, tags: [tag] } };
    kit.nc.publish(kit.subjects.endpointEvents(1, uid), envelope(seq, event));
    if (seq % 5000 === 0) await kit.nc.flush();
  }
  const jsm = await kit.nc.jetstreamManager();
  for (;;) {
    const info = await jsm.streams.info(kit.subjects.stream);
    if (info.state.messages >= EVENTS) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const filled = performance.now() - t0;
  let applied = 0;
  const cpuBefore = await cpuSeconds(kit);
  const started = performance.now();
  const gateway = await startGateway(kit, { applied: (n) => (applied += n) });
  await until(() => applied >= EVENTS, 120_000, `${EVENTS} events applied`);
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = await cpuSeconds(kit);
  const status = gateway.tagSync.syncStatus();
  await gateway.stop();
  const bare = await bareJetStreamConsume(kit.nc, kit.subjects.stream, EVENTS);
  console.log(`stream pre-filled: ${EVENTS} events in ${(filled / 1000).toFixed(2)} s`);
  console.log(`applied: ${applied} events in ${seconds.toFixed(2)} s, revision ${status.revision}`);
  console.log(`sustained apply: ${Math.round(applied / seconds)} events/s (target >= 50000)`);
  console.log(
    ratioNote(
      'apply',
      applied / seconds,
      bare,
      'events/s',
      `bare JetStream consume without acks, ${EVENTS} messages`,
    ),
  );
  console.log(`applied seq ${status.ems[0]?.appliedSeq}, state ${status.ems[0]?.state}`);
  console.log(cpuNote(cpuBefore, cpuAfter, applied, 'events'));
  console.log(`event feed: ${process.env.BENCH_FEED === 'off' ? 'off' : 'on'}`);
  console.log(machineNote());
} finally {
  await kit.close();
}
