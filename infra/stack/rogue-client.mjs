// Proves the stack's NATS and Redis permissions from inside the compose network. Every check fails if
// the permission it probes were granted; positive controls first show the credentials and the private
// inbox work, so a refusal is never a broken login. Prints one line per check; exits 0 when all pass.
//   gw1 (NATS): cannot publish tag events, purge the stream, read gw2's consumer, fetch from it, ack
//     for it, answer gw2's packets, nor subscribe to gw2's, the EMS's or every inbox
//   ems (NATS): cannot subscribe to a gateway's packets nor to gw1's inbox
//   gw1 (Redis): cannot read or write gw2's keys (directly or from a script), FLUSHALL nor KEYS; a
//     client without a user name is refused; the NATS monitor port is not reachable on the network
// Environment: GW1_NATS_URL, EMS_NATS_URL (nats://user:pass@nats:4222), GW1_REDIS_URL,
// REDIS_ADMIN_URL (redis://user:pass@redis:6379), NATS_MONITOR_URL (http://nats:8222/varz).
import { Redis } from 'ioredis';
import { connect, Events, StringCodec } from 'nats';
import { natsServerOptions } from '@ztna/proto';

const STREAM = 'ZTNA_EVENTS';
const EVENT_SUBJECT = 'ztna.v1.ems.1.ep.ROGUE';
const WAIT_MS = 5000;
const failures = [];
const check = (ok, what) => {
  console.log(`rogue: ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
const sc = StringCodec();
const errorText = (err) => `${err.code ?? ''} ${err.message}`.trim();
/** Settles to `{ ok, text }`: whether `promise` resolved, and its value or error as text. */
const outcome = (promise, show = (v) => String(v)) =>
  promise.then(
    (value) => ({ ok: true, text: show(value) }),
    (err) => ({ ok: false, text: errorText(err) }),
  );
/** Resolves `value` after `ms` unless `promise` settles first; the timer never outlives the race. */
async function within(promise, ms, value) {
  let timer;
  const deadline = new Promise((resolve) => (timer = globalThis.setTimeout(resolve, ms, value)));
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    globalThis.clearTimeout(timer);
  }
}

/**
 * Connects with the user's private inbox prefix and records every permission violation the server
 * reports (`{ operation, subject }`); `violation(op, subject)` resolves when that one is reported.
 */
async function open(url, name, inboxPrefix) {
  const nc = await connect({
    ...natsServerOptions(url),
    name,
    inboxPrefix,
    maxReconnectAttempts: 0,
    timeout: 5000,
  });
  const violations = [];
  const waiters = [];
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type !== Events.Error || !s.permissionContext) continue;
      violations.push(s.permissionContext);
      for (const w of waiters) w();
    }
  })();
  const seen = (op, subject) => violations.some((v) => v.operation === op && v.subject === subject);
  const violation = (op, subject) =>
    within(
      new Promise((resolve) => {
        const test = () => seen(op, subject) && resolve(true);
        waiters.push(test);
        test();
      }),
      WAIT_MS,
      false,
    );
  return { nc, violations, violation };
}

/** Subscribes and reports whether the server refused it (the iterator throws a permission error). */
async function subscribeRefused(client, subject) {
  const sub = client.nc.subscribe(subject);
  const ended = (async () => {
    try {
      for await (const m of sub) return { refused: false, text: `received a message on ${m.subject}` };
      return { refused: false, text: 'closed without an error' };
    } catch (err) {
      return { refused: /permission/i.test(errorText(err)), text: err.message };
    }
  })();
  return within(ended, WAIT_MS, { refused: false, text: `no refusal within ${WAIT_MS} ms` });
}

/** Publishes to `subject` and reports whether the server answered with a publish violation for it. */
async function publishRefused(client, subject, data = '') {
  client.nc.publish(subject, sc.encode(data));
  await client.nc.flush();
  return client.violation('publish', subject);
}

// ---- NATS, as gw1 ----
const gw1 = await open(process.env.GW1_NATS_URL, 'rogue-gw1', '_INBOX.gw1');
const jsm = await gw1.nc.jetstreamManager();
const before = (await jsm.streams.info(STREAM)).state;
check(true, `gw1 credentials and inbox _INBOX.gw1 work: stream ${STREAM} holds ${before.messages} messages`);
const own = await outcome(jsm.consumers.info(STREAM, 'gw-gw1'), (i) => `${i.num_pending} pending`);
check(own.ok, `gw1 reads its own consumer gw-gw1 (${own.text})`);

check(
  await publishRefused(gw1, EVENT_SUBJECT, 'forged tag event'),
  `gw1 core publish to ${EVENT_SUBJECT} refused`,
);
const forged = await outcome(
  gw1.nc.jetstream().publish(EVENT_SUBJECT, sc.encode('forged tag event'), { timeout: 3000 }),
  (ack) => `acked as seq ${ack.seq}`,
);
check(!forged.ok, `gw1 JetStream publish to ${EVENT_SUBJECT} refused (${forged.text})`);
const purge = await outcome(jsm.streams.purge(STREAM), () => 'purged');
check(!purge.ok, `gw1 stream purge refused (${purge.text})`);

const gw2Info = await outcome(jsm.consumers.info(STREAM, 'gw-gw2'), (i) => `${i.num_pending} pending`);
check(!gw2Info.ok, `gw1 cannot read gw2's consumer gw-gw2 (${gw2Info.text})`);
const next = `$JS.API.CONSUMER.MSG.NEXT.${STREAM}.gw-gw2`;
const fetched = await outcome(
  gw1.nc.request(next, sc.encode(JSON.stringify({ batch: 1, no_wait: true })), { timeout: 3000 }),
  (m) => `answered on ${m.subject}: ${sc.decode(m.data).slice(0, 80)}`,
);
check(
  !fetched.ok && (await gw1.violation('publish', next)),
  `gw1 cannot fetch from gw-gw2: ${next} refused (${fetched.text})`,
);
const ack = `$JS.ACK.${STREAM}.gw-gw2.1.1.1.${Date.now()}000000.0`;
check(await publishRefused(gw1, ack, '+ACK'), `gw1 cannot ack for gw-gw2: publish to ${ack} refused`);

for (const subject of ['_INBOX.gw2.>', '_INBOX.ems1.>', '_INBOX.>', 'ztna.v1.gw.gw2.packets']) {
  const r = await subscribeRefused(gw1, subject);
  check(r.refused, `gw1 subscription to ${subject} refused (${r.text})`);
}
check(
  gw1.violations.length >= 9,
  `the server reported ${gw1.violations.length} permission violations to gw1 (at least 9 expected)`,
);
const after = (await jsm.streams.info(STREAM)).state;
check(
  after.messages === before.messages && after.last_seq === before.last_seq,
  `stream unchanged: ${after.messages} messages, last seq ${after.last_seq} (before ${before.last_seq})`,
);
await gw1.nc.close();

// ---- NATS, as EMS 1 ----
const ems = await open(process.env.EMS_NATS_URL, 'rogue-ems', '_INBOX.ems1');
for (const subject of ['ztna.v1.gw.gw1.packets', '_INBOX.gw1.>']) {
  const r = await subscribeRefused(ems, subject);
  check(r.refused, `EMS user subscription to ${subject} refused (${r.text})`);
}
await ems.nc.close();

// ---- NATS monitor ----
const monitor = await outcome(
  globalThis.fetch(process.env.NATS_MONITOR_URL, { signal: globalThis.AbortSignal.timeout(WAIT_MS) }),
  (r) => `HTTP ${r.status}`,
);
check(
  !monitor.ok,
  `NATS monitor ${process.env.NATS_MONITOR_URL} unreachable from the network (${monitor.text})`,
);

// ---- Redis, as gw1 (and the admin, to see gw2's keys) ----
const redisOptions = {
  lazyConnect: true,
  maxRetriesPerRequest: 0,
  enableOfflineQueue: false,
  retryStrategy: () => null,
};
const admin = new Redis(process.env.REDIS_ADMIN_URL, redisOptions);
const rogue = new Redis(process.env.GW1_REDIS_URL, redisOptions);
const redisAt = new URL(process.env.REDIS_ADMIN_URL);
const anonymous = new Redis({
  ...redisOptions,
  host: redisAt.hostname,
  port: Number(redisAt.port || 6379),
  enableReadyCheck: false,
});
await Promise.all([admin.connect(), rogue.connect()]);
const GW1_REV = 'ztna:{gw1}:rev';
const GW2_REV = 'ztna:{gw2}:rev';
const GW2_APPLIED = 'ztna:{gw2}:applied';
// gw2 wrote its revision with its first applied batch (the stack test waited for it through its API)
const gw2Rev = await admin.get(GW2_REV);
check(gw2Rev !== null, `gw2 has applied events: admin reads ${GW2_REV} = ${gw2Rev}`);
const own1 = await outcome(rogue.get(GW1_REV));
check(own1.ok && own1.text === (await admin.get(GW1_REV)), `gw1 reads its own ${GW1_REV} (${own1.text})`);
const NOPERM = /NOPERM|no permissions|can't access/i;
const attempts = [
  [`GET ${GW2_REV}`, () => rogue.get(GW2_REV)],
  [`SET ${GW2_REV} 0`, () => rogue.set(GW2_REV, '0')],
  [`HGETALL ${GW2_APPLIED}`, () => rogue.hgetall(GW2_APPLIED)],
  [`DEL ${GW2_APPLIED}`, () => rogue.del(GW2_APPLIED)],
  [
    `EVAL SET with KEYS[1]=${GW2_REV}`,
    () => rogue.eval("return redis.call('SET', KEYS[1], '0')", 1, GW2_REV),
  ],
  [`EVAL SET ${GW2_REV} undeclared`, () => rogue.eval(`return redis.call('SET', '${GW2_REV}', '0')`, 0)],
  ['FLUSHALL', () => rogue.flushall()],
  ['KEYS *', () => rogue.keys('*')],
];
for (const [what, attempt] of attempts) {
  const r = await outcome(attempt());
  check(!r.ok && NOPERM.test(r.text), `gw1 Redis user refused ${what} (${r.text})`);
}
check((await admin.get(GW2_REV)) === gw2Rev, `${GW2_REV} unchanged (${gw2Rev})`);
const noUser = await outcome(anonymous.connect().then(() => anonymous.ping()));
check(
  !noUser.ok && /NOAUTH|WRONGPASS|auth/i.test(noUser.text),
  `Redis without a user name refused (${noUser.text})`,
);
for (const c of [admin, rogue, anonymous]) c.disconnect();

console.log(
  `rogue: ${failures.length === 0 ? 'every attempt refused' : `${failures.length} check(s) failed`}`,
);
process.exit(failures.length === 0 ? 0 : 1);
