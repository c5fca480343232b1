// Revocation latency: a tag detached at the EMS mock's HTTP API → the endpoint's session marked dirty
// in the gateway engine (EMS API → JetStream → tag sync → Redis → engine), at a steady rate of
// detaches per second, with dyn-addr-session-check enabled and one established session per endpoint.
// Real local NATS and Redis (NATS_URL, REDIS_URL). As with `npm start`, the EMS mock runs as its own
// process; the gateway runs in this process (to see the moment each session is marked dirty), next to
// the load generator calling the EMS API.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { ztna } from '@ztna/proto';
import { freePort, testSubjects, waitFor } from '@ztna/test';
import { Redis } from 'ioredis';
import { connect } from 'nats';
import { pino } from 'pino';
import { Pool, type Dispatcher } from 'undici';
import { bareRoundTrips, ratioNote } from './baselines.js';
import { cpuWindow } from './proc-cpu.js';
import { EMS_SERIAL, startStackGateway } from '../test/integration/e2e-stack.js';
import { deleteStream } from '../test/integration/tagsync-fixture.js';

const RATE = Number(process.env.BENCH_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const COUNT = RATE * SECONDS;
/** EMS API requests outstanding at once; beyond it the sender waits (the achieved rate is printed). */
const MAX_IN_FLIGHT = 32;
const ip = (i: number): string => `10.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

// The load generator shares this process with the gateway under test, so its HTTP client is undici's
// Pool (keep-alive, one connection per request in flight): fetch() cost ~500 µs of CPU per EMS API call
// here against ~130 µs for Pool.request (10,000 DELETEs, 32 in flight, to a bare local server), and at
// 1,000 detaches/s fetch alone held this process near a full core, so the figures measured the load
// generator's queue rather than the gateway (bimodal p50 of 19–47 ms from run to run, same build).
const pools = new Map<string, Pool>();
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers are read field by field
async function call(url: string, method: string, body?: unknown): Promise<{ status: number; body: any }> {
  const { origin, pathname, search } = new URL(url);
  let pool = pools.get(origin);
  if (!pool) pools.set(origin, (pool = new Pool(origin, { connections: MAX_IN_FLIGHT })));
  const res = await pool.request({
    path: pathname + search,
    method: method as Dispatcher.HttpMethod,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await res.body.text();
  return { status: res.statusCode, body: text === '' ? null : JSON.parse(text) };
}

const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const subjects = testSubjects();
const emsPort = await freePort();
const emsUrl = `http://127.0.0.1:${emsPort}`;
const emsMain = fileURLToPath(new URL('../services/ems-mock/src/main.ts', import.meta.url));
const emsProcess = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', emsMain], {
  env: {
    ...process.env,
    NATS_URL: natsUrl,
    EMS_ID: '1',
    EMS_SERIAL,
    EMS_HTTP_PORT: String(emsPort),
    SUBJECT_PREFIX: subjects.prefix,
    STREAM_NAME: subjects.stream,
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const emsExited = new Promise((resolve) => emsProcess.once('exit', resolve));
const nc = await connect({ servers: natsUrl });
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
let stopGateway = async (): Promise<void> => undefined;
let keyPrefix: string | undefined;
try {
  await waitFor(async () => (await fetch(`${emsUrl}/readyz`)).status === 200, {
    what: 'EMS mock process ready',
    timeoutMs: 30_000,
  });
  const { service, config } = await startStackGateway(
    { nc, redis, logger: pino({ level: 'silent' }) },
    subjects,
    { feed: process.env.BENCH_FEED !== 'off' },
  );
  stopGateway = () => service.stop();
  keyPrefix = config.redisKeyPrefix;
  await waitFor(() => service.ready(), { what: 'gateway ready', timeoutMs: 15_000 });
  const packetsSubject = subjects.packets(config.gatewayId);
  const natsPackets = async (packets: ztna.v1.IPacket[]): Promise<ztna.v1.VerdictBatch> => {
    const data = ztna.v1.PacketBatch.encode({ packets }).finish();
    return ztna.v1.VerdictBatch.decode((await nc.request(packetsSubject, data, { timeout: 5000 })).data);
  };
  const stack = {
    service,
    emsApi: (method: string, path: string, body?: unknown) => call(`${emsUrl}${path}`, method, body),
    cli: async (text: string) => {
      const r = await call(`${service.url}/api/v1/cli`, 'POST', { command: text });
      if (r.status !== 200) throw new Error(`cli: ${r.status} ${JSON.stringify(r.body)}`);
    },
    synced: async (seq: number) => {
      const r = await call(`${service.url}/api/v1/sync/wait?ems=1&seq=${seq}&timeoutMs=15000`, 'GET');
      if (r.status !== 200) throw new Error(`sync wait seq ${seq}: ${r.status} ${JSON.stringify(r.body)}`);
    },
  };
  await stack.cli(
    [
      'config system settings\nset dyn-addr-session-check enable\nend',
      'config system interface\nedit "port1"\nset ip 10.1.0.1 255.255.0.0\nnext\nend',
      'config firewall address\nedit "LAN_SUBNET"\nset subnet 10.1.0.0 255.255.0.0\nnext\nend',
    ].join('\n'),
  );
  let seq = 0;
  for (let i = 0; i < COUNT; i += 100) {
    const replies = await Promise.all(
      Array.from({ length: Math.min(100, COUNT - i) }, (_, k) =>
        stack.emsApi('POST', '/api/v1/endpoints', {
          uid: `B${i + k}`,
          ips: [ip(i + k)],
          tags: ['APP_SERVERS'],
          online: true,
        }),
      ),
    );
    seq = Math.max(seq, ...replies.map((r) => r.body.seq as number));
  }
  await stack.synced(seq);
  const handshake: [boolean, number][] = [
    [false, 2],
    [true, 18],
    [false, 16],
  ];
  for (let i = 0; i < COUNT; i += 4096) {
    for (const [reply, flags] of handshake) {
      const packets = Array.from({ length: Math.min(4096, COUNT - i) }, (_, k) => {
        const [src, sport, dst, dport] = reply
          ? ['192.168.12.99', 22, ip(i + k), 40000]
          : [ip(i + k), 40000, '192.168.12.99', 22];
        return { proto: ztna.v1.IpProto.IP_PROTO_TCP, src, sport, dst, dport, flags };
      });
      const verdicts = await natsPackets(packets);
      const accepted = verdicts.verdicts.filter((v) => v.action === ztna.v1.Action.ACTION_ACCEPT).length;
      if (accepted !== packets.length)
        throw new Error(`setup: ${accepted} of ${packets.length} accepted ${verdicts.error}`);
    }
  }

  const sentAt = new Map<string, number>();
  const apiToDirty: number[] = [];
  const emittedToDirty: number[] = [];
  let marked = 0;
  const off = stack.service.sink.onApplied(({ change, report }) => {
    const now = performance.now();
    marked += report.dirty;
    if (change.emittedAtMs !== undefined && report.dirty > 0)
      emittedToDirty.push(Date.now() - change.emittedAtMs);
    for (const d of change.deltas) {
      const t0 = d.op === 'remove' ? sentAt.get(d.member) : undefined;
      if (t0 !== undefined && report.dirty > 0) apiToDirty.push(now - t0);
    }
  });

  const failures: string[] = [];
  const inFlight = new Set<Promise<void>>();
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const hostCpu = cpuWindow({ 'EMS mock': emsProcess.pid === undefined ? [] : [emsProcess.pid] });
  for (let i = 0; i < COUNT;) {
    const due = Math.min(COUNT, Math.floor(((performance.now() - start) * RATE) / 1000) + 1);
    for (; i < due && inFlight.size < MAX_IN_FLIGHT; i++) {
      const member = ip(i);
      sentAt.set(member, performance.now());
      const call: Promise<void> = stack
        .emsApi('DELETE', `/api/v1/endpoints/B${i}/tags/APP_SERVERS`)
        .then(
          (r) => void (r.status !== 200 && failures.push(`status ${r.status}`)),
          (err: Error) => void failures.push(err.message),
        )
        .finally(() => inFlight.delete(call));
      inFlight.add(call);
    }
    if (i >= COUNT) break;
    // Waits for a free slot, or sleeps until the next detach is due: a setImmediate loop here kept this
    // process (which also runs the gateway under test) at a full core whatever the rate.
    const nextDueMs = start + (i * 1000) / RATE - performance.now();
    await (inFlight.size >= MAX_IN_FLIGHT
      ? Promise.race(inFlight)
      : new Promise((r) => setTimeout(r, Math.max(0, nextDueMs))));
  }
  const sendSeconds = (performance.now() - start) / 1000;
  await Promise.all(inFlight);
  const deadline = performance.now() + 30_000;
  while (apiToDirty.length < COUNT && performance.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  off();
  const hostCpuLine = hostCpu.report(COUNT);
  const cpu = process.cpuUsage(cpuBefore);

  const bare = await bareRoundTrips(nc);
  const sorted = [...apiToDirty].sort((a, b) => a - b);
  const emitted = [...emittedToDirty].sort((a, b) => a - b);
  console.log(
    `revocation: ${COUNT} detaches at a target ${RATE}/s, achieved ${Math.round(COUNT / sendSeconds)}/s (${sendSeconds.toFixed(2)} s), ${marked} sessions marked dirty`,
  );
  console.log(
    `  measured ${sorted.length}/${COUNT}${failures.length ? `, ${failures.length} EMS API failures` : ''}`,
  );
  console.log(
    `  EMS API call → session dirty: p50 ${quantile(sorted, 0.5).toFixed(2)} ms, p90 ${quantile(sorted, 0.9).toFixed(2)} ms, p99 ${quantile(sorted, 0.99).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (target p99 <= 25 ms)`,
  );
  console.log(
    `  EMS emitted_at → session dirty (per revision): p50 ${quantile(emitted, 0.5)} ms, p99 ${quantile(emitted, 0.99)} ms over ${emitted.length} revisions`,
  );
  for (const [q, at] of [
    ['p50', 0.5],
    ['p99', 0.99],
  ] as const) {
    const name = `  EMS API call → session dirty ${q}`;
    console.log(ratioNote(name, quantile(sorted, at), bare[q], 'ms', `bare NATS request round trip ${q}`));
  }
  console.log(
    `  CPU of this process (gateway and load generator) from the first detach to the last dirty: ${((cpu.user + cpu.system) / COUNT).toFixed(0)} µs per revocation`,
  );
  console.log(`  CPU per revocation of the other processes over the same span: ${hostCpuLine}`);
  console.log('  (EMS mock in its own process, gateway and load generator in this one)');
  console.log(`  load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs`);
} finally {
  await stopGateway();
  emsProcess.kill('SIGTERM');
  await emsExited;
  await deleteStream(nc, subjects);
  const keys = keyPrefix ? await redis.keys(`${keyPrefix}:*`) : [];
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await Promise.all([...pools.values()].map((p) => p.close()));
  await nc.close();
}
