// Proves the stack's NATS permissions from inside the compose network: with the gateway's credentials
// a client cannot publish tag events (core or JetStream) nor purge the stream, and with the EMS mock's
// credentials it cannot subscribe to a gateway's packets. Exits 0 when every attempt was refused and
// the stream did not change; prints one line per check.
//   GATEWAY_NATS_URL=nats://gateway:…@nats:4222 EMS_NATS_URL=nats://ems:…@nats:4222 node rogue-client.mjs
import { connect, Events, StringCodec } from 'nats';
import { natsServerOptions } from '@ztna/proto';

const STREAM = 'ZTNA_EVENTS';
const EVENT_SUBJECT = 'ztna.v1.ems.1.ep.ROGUE';
const PACKETS_SUBJECT = 'ztna.v1.gw.gw1.packets';
const failures = [];
const check = (ok, what) => {
  console.log(`rogue: ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

/** Connects and records the permission violations the server reports for this connection. */
async function open(url, name) {
  const nc = await connect({ ...natsServerOptions(url), name, maxReconnectAttempts: 0, timeout: 5000 });
  const violations = [];
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === Events.Error) violations.push(String(s.data));
    }
  })();
  return { nc, violations };
}

const gateway = await open(process.env.GATEWAY_NATS_URL, 'rogue-gateway');
const jsm = await gateway.nc.jetstreamManager();
const before = (await jsm.streams.info(STREAM)).state;
check(true, `gateway credentials are valid: stream ${STREAM} holds ${before.messages} messages`);

gateway.nc.publish(EVENT_SUBJECT, StringCodec().encode('forged tag event'));
await gateway.nc.flush();
const acked = await gateway.nc
  .jetstream()
  .publish(EVENT_SUBJECT, StringCodec().encode('forged tag event'), { timeout: 3000 })
  .then(
    (ack) => ({ ok: true, text: `acked as seq ${ack.seq}` }),
    (err) => ({ ok: false, text: `${err.code ?? ''} ${err.message}`.trim() }),
  );
check(!acked.ok, `JetStream publish to ${EVENT_SUBJECT} refused (${acked.text})`);
const purge = await jsm.streams.purge(STREAM).then(
  () => 'purged',
  (err) => err.message,
);
check(purge !== 'purged', `stream purge refused (${purge})`);
await gateway.nc.flush();
check(
  gateway.violations.some((v) => /PERMISSIONS_VIOLATION|Permissions Violation/i.test(v)),
  `the server reported permission violations to the gateway user (${gateway.violations.length})`,
);
const after = (await jsm.streams.info(STREAM)).state;
check(
  after.messages === before.messages && after.last_seq === before.last_seq,
  `stream unchanged: ${after.messages} messages, last seq ${after.last_seq} (before ${before.last_seq})`,
);
await gateway.nc.close();

const ems = await open(process.env.EMS_NATS_URL, 'rogue-ems');
const sub = ems.nc.subscribe(PACKETS_SUBJECT);
/** How the subscription ended: the server's refusal surfaces as an error thrown by the iterator. */
const ended = (async () => {
  try {
    for await (const m of sub) return { refused: false, text: `received a message on ${m.subject}` };
    return { refused: false, text: 'closed without an error' };
  } catch (err) {
    return { refused: /permission/i.test(`${err.code} ${err.message}`), text: err.message };
  }
})();
let timer;
const outcome = await Promise.race([
  ended,
  new Promise((resolve) => {
    timer = globalThis.setTimeout(resolve, 5000, { refused: false, text: 'no refusal within 5 s' });
  }),
]);
globalThis.clearTimeout(timer);
check(outcome.refused, `EMS user subscription to ${PACKETS_SUBJECT} refused (${outcome.text})`);
await ems.nc.close();

console.log(
  `rogue: ${failures.length === 0 ? 'every attempt refused' : `${failures.length} check(s) failed`}`,
);
process.exit(failures.length === 0 ? 0 : 1);
