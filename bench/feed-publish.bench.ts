// The event feed's own cost: CPU per event of the feed (id, ring, listeners) alone, then with its
// JetStream publisher, on the local NATS (NATS_URL). Half the events are membership changes, half
// session changes, as a revocation makes them; 30 per event-loop turn, as a busy gateway offers them.
// The raw baseline is bare JetStream publishes of 110 bytes from the same process, same run.
import { createSubjects } from '@ztna/proto';
import { EventFeed, FeedPublisher, ensureFeedStream } from '@ztna/gateway/testing';
import type { DynamicAddressObject, SessionChange } from '@ztna/gateway';
import { connect } from 'nats';
import { bareJetStreamPublish, ratioNote } from './baselines.js';
import { machineNote } from './tagsync-kit.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const PER_TURN = 30;

const nc = await connect({ servers: process.env.NATS_URL ?? 'nats://127.0.0.1:4222' });
const id = `f${process.pid}`;
const prefix = createSubjects(`${id}.ztna`).prefix;
const stream = `FEED_${id}`;
const jsm = await nc.jetstreamManager();
await ensureFeedStream(jsm, { name: stream, subjectPrefix: prefix, maxAgeS: 600, maxBytes: 256 << 20 });

const row = {
  serial: 1234,
  proto: 6,
  protoState: 1,
  durationS: 5,
  expireS: 3595,
  timeoutS: 3600,
  log: true,
  dirty: true,
  block: false,
  denied: false,
  persistent: false,
  policyId: 2,
  polUuidIdx: 3,
  src: 0x0a010203,
  sport: 40000,
  dst: 0xc0a80c63,
  dport: 22,
  icmpType: 0,
  helper: '',
  snat: null,
  srcIntfIndex: 1,
  dstIntfIndex: 2,
  srcintf: 'port1',
  dstintf: 'port2',
  gateway: 0,
  replyGateway: 0,
  srcMac: '',
  org: { bytes: 60, packets: 1 },
  reply: { bytes: 60, packets: 1 },
} as unknown as SessionChange['row'];
const object = {
  id: 5,
  name: 'EMS1_ZTNA_APP_SERVERS',
  tag: 'APP_SERVERS',
  emsId: 1,
  kind: 'ztna-ip',
} as unknown as DynamicAddressObject;

/** CPU µs per event of feeding EVENTS events, with the publisher when `publish`. */
async function run(publish: boolean): Promise<number> {
  const feed = new EventFeed({
    gatewayId: 'bench',
    serial: 'FGVMEV0000000000',
    config: () => {
      throw new Error('bench: no traffic log events');
    },
    revision: () => 1,
  });
  feed.begin(1);
  let dropped = 0;
  const publisher = new FeedPublisher(nc, {
    subjectPrefix: prefix,
    bufferSize: EVENTS,
    onDropped: (n) => (dropped += n),
  });
  if (publish) feed.subscribe(publisher.offer);
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < EVENTS; i += PER_TURN) {
    for (let k = 0; k < PER_TURN; k += 2) {
      const timeMs = Date.now();
      feed.membership({ revision: i + k, object, added: [], removed: [`10.1.${k}.${i % 250}`], timeMs });
      feed.session({ transition: 'dirty', trigger: 'dyn-addr', policyBefore: 2, row, timeMs });
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  await publisher.drained();
  const cpu = process.cpuUsage(cpu0);
  publisher.stop();
  if (dropped > 0) throw new Error(`bench: the publisher dropped ${dropped} events`);
  return (cpu.user + cpu.system) / EVENTS;
}

try {
  const alone = await run(false);
  const published = await run(true);
  const bare = await bareJetStreamPublish(nc, `${prefix}.gw.bare.events.session`, EVENTS);
  console.log(`feed alone (id, ring, listeners): ${alone.toFixed(2)} µs CPU per event (${EVENTS} events)`);
  console.log(`feed with its JetStream publisher: ${published.toFixed(2)} µs CPU per event`);
  console.log(
    ratioNote('feed publish', published, bare.cpuUsPerMsg, 'µs CPU per event', 'bare JetStream publishes'),
  );
  console.log(machineNote());
} finally {
  await jsm.streams.delete(stream);
  await nc.close();
}
