// Resync from an empty Redis: an EMS with 50 000 endpoints × 5 ZTNA tags (1 IP, 1 MAC each) answers the
// paged snapshot; the gateway diffs and applies it in one atomic script. Prints the resync time.
import {
  cpuNote,
  cpuSeconds,
  endpoint,
  machineNote,
  openKit,
  respondSnapshots,
  startGateway,
  until,
} from './tagsync-kit.js';
import { cpuLoopMs, ratioNote } from './baselines.js';

const ENDPOINTS = 50_000;
const TAG_POOL = Array.from({ length: 20 }, (_, i) => `TAG${i}`);

const kit = await openKit();
try {
  const population = Array.from({ length: ENDPOINTS }, (_, i) =>
    endpoint(
      i,
      Array.from({ length: 5 }, (_, k) => TAG_POOL[(i + k * 3) % TAG_POOL.length]!),
    ),
  );
  respondSnapshots(kit, population, 0);
  let resyncMs = Number.NaN;
  const cpuBefore = await cpuSeconds(kit);
  const started = performance.now();
  const gateway = await startGateway(kit, { resync: (_ems, _cause, ok, ms) => ok && (resyncMs = ms) });
  await until(() => !Number.isNaN(resyncMs), 120_000, 'resync');
  const total = performance.now() - started;
  const cpuAfter = await cpuSeconds(kit);
  const members = gateway.tagSync.dynamicAddresses().reduce((n, a) => n + a.members.length, 0);
  await gateway.stop();
  const keys = await kit.redis.scard(`${kit.keyPrefix}:{bench}:addr:EMS1_ZTNA_TAG0`);
  console.log(
    `endpoints: ${ENDPOINTS} x 5 tags -> ${members} address members (EMS1_ZTNA_TAG0 has ${keys} in Redis)`,
  );
  console.log(
    `resync (snapshot pages + diff + one atomic apply): ${(resyncMs / 1000).toFixed(2)} s (target <= 5 s)`,
  );
  console.log(ratioNote('resync', resyncMs, cpuLoopMs(), 'ms', '1e8-add loop'));
  console.log(`gateway start to in sync: ${(total / 1000).toFixed(2)} s`);
  console.log(cpuNote(cpuBefore, cpuAfter, ENDPOINTS, 'endpoints'));
  console.log(machineNote());
} finally {
  await kit.close();
}
