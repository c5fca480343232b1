// Tag sync on single servers and on clusters, side by side in one run: the apply rate of a pre-filled
// stream and the resync time of a snapshot into an empty Redis, first on the local NATS (4222) and Redis
// (6379) — or NATS_URL / REDIS_URL — then on a 3-node NATS cluster with an R3 stream and a Redis Cluster
// of 3 masters that this script starts on private loopback ports and removes at the end.
import { ztna } from '@ztna/proto';
import type { Gateway } from '@ztna/gateway';
import { startNatsCluster, startRedisCluster } from '@ztna/test';
import {
  endpoint,
  envelope,
  machineNote,
  openKit,
  respondSnapshots,
  startGateway,
  until,
  type KitTarget,
} from './tagsync-kit.js';

const APPLY_ENDPOINTS = 5_000;
const APPLY_EVENTS = 60_000;
const RESYNC_ENDPOINTS = 20_000;
const TAGS = ['APP', 'DB', 'WEB', 'VPN', 'DEV', 'OPS'];

interface Target extends KitTarget {
  readonly name: string;
}

interface Figures {
  readonly applyPerSecond: number;
  readonly resyncSeconds: number;
}

/** Events/s of a gateway draining a stream pre-filled with upserts, then tag attach/detach pairs. */
async function applyRate(target: Target): Promise<number> {
  const kit = await openKit(target);
  let gateway: Gateway | undefined;
  try {
    respondSnapshots(kit, [], 0);
    const js = kit.nc.jetstream();
    const pending: Promise<unknown>[] = [];
    for (let seq = 1; seq <= APPLY_EVENTS; seq++) {
      const i = (seq - 1) % APPLY_ENDPOINTS;
      const uid = `EP${i}`;
      const extra = TAGS[(i + 1 + Math.floor(seq / (2 * APPLY_ENDPOINTS))) % TAGS.length]!;
      const event: Partial<ztna.v1.IEnvelope> =
        seq <= APPLY_ENDPOINTS
          ? { endpointUpsert: { endpoint: endpoint(i, [TAGS[i % TAGS.length]!]) } }
          : Math.floor((seq - 1) / APPLY_ENDPOINTS) % 2 === 1
            ? { tagsAttached: { uid, kind: ztna.v1.TagKind.TAG_KIND_ZTNA, tags: [extra] } }
            : { tagsDetached: { uid, kind: ztna.v1.TagKind.TAG_KIND_ZTNA, tags: [extra] } };
      pending.push(js.publish(kit.subjects.endpointEvents(1, uid), envelope(seq, event)));
      if (pending.length >= 2000) await Promise.all(pending.splice(0));
    }
    await Promise.all(pending);
    let applied = 0;
    const started = performance.now();
    gateway = await startGateway(kit, { applied: (n) => (applied += n) });
    await until(() => applied >= APPLY_EVENTS, 180_000, `${APPLY_EVENTS} events applied on ${target.name}`);
    return applied / ((performance.now() - started) / 1000);
  } finally {
    await gateway?.stop();
    await kit.close();
  }
}

/** Seconds of one resync (paged snapshot, diff, one atomic apply) into an empty Redis. */
async function resyncTime(target: Target): Promise<number> {
  const kit = await openKit(target);
  let gateway: Gateway | undefined;
  try {
    const population = Array.from({ length: RESYNC_ENDPOINTS }, (_, i) =>
      endpoint(
        i,
        Array.from({ length: 5 }, (_, k) => `TAG${(i + k * 3) % 20}`),
      ),
    );
    respondSnapshots(kit, population, 0);
    let resyncMs = Number.NaN;
    gateway = await startGateway(kit, { resync: (_ems, _cause, ok, ms) => ok && (resyncMs = ms) });
    await until(() => !Number.isNaN(resyncMs), 120_000, `resync on ${target.name}`);
    return resyncMs / 1000;
  } finally {
    await gateway?.stop();
    await kit.close();
  }
}

async function measure(target: Target): Promise<Figures> {
  return { applyPerSecond: await applyRate(target), resyncSeconds: await resyncTime(target) };
}

const results: [string, Figures][] = [];
results.push([
  'single servers',
  await measure({
    name: 'single servers',
    natsUrl: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    replicas: 1,
  }),
]);
const [nats, redis] = await Promise.all([startNatsCluster(3), startRedisCluster(3)]);
try {
  results.push([
    'clusters (NATS R3, Redis 3 masters)',
    await measure({ name: 'clusters', natsUrl: nats.url, redisUrl: redis.url, replicas: 3 }),
  ]);
} finally {
  await Promise.all([nats.close(), redis.close()]);
}

console.log(
  `apply: ${APPLY_EVENTS} events over ${APPLY_ENDPOINTS} endpoints; resync: ${RESYNC_ENDPOINTS} endpoints x 5 tags`,
);
console.log(`${'target'.padEnd(38)}${'apply events/s'.padStart(16)}${'resync s'.padStart(10)}`);
for (const [name, f] of results) {
  console.log(
    `${name.padEnd(38)}${String(Math.round(f.applyPerSecond)).padStart(16)}${f.resyncSeconds.toFixed(2).padStart(10)}`,
  );
}
console.log(machineNote());
