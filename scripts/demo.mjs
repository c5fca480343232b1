// `npm run demo`: replays seed 1 (FortiGate ZTNA tag removal with existing sessions) end to end through
// the real services: EMS mock HTTP API → NATS JetStream → gateway tag sync → Redis → engine, then the
// gateway's packet API and console. It starts its own EMS mock and gateway in this process, isolated
// by a fresh subject prefix, stream and Redis key prefix, against NATS_URL / REDIS_URL (defaults: the
// local servers), so it never disturbs a running `npm start`. It waits with /api/v1/sync/wait, never
// with sleeps; only the background sweep (DIRTY_SWEEP_DELAY_MS, default 10000 as on a FortiGate) is
// awaited by polling the session list with a deadline.
import { detachSeedTag, seedEndpoints, startStack } from '../test/integration/e2e-stack.ts';

const natsUrl = process.env.NATS_URL || 'nats://127.0.0.1:4222';
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const sweepMs = Number(process.env.DIRTY_SWEEP_DELAY_MS || 10_000);

const stack = await startStack({ natsUrl, redisUrl, dirtySweepDelayMs: sweepMs }).catch((err) => {
  console.error(`demo: cannot start the services on ${natsUrl} and ${redisUrl}: ${err.message}`);
  console.error('Start NATS (with -js) and Redis first; `npm start` prints the commands.');
  process.exit(1);
});
let prompt = 'FW-FGT-VM # ';

const say = (text) => console.log(`\n### ${text}`);
async function cli(text) {
  for (const line of text.split('\n')) {
    const r = await stack.gwApi('POST', '/api/v1/cli', { command: line }, { 'x-console-session': 'demo' });
    process.stdout.write(`${prompt}${line}\n${r.body.output}`);
    prompt = r.body.prompt;
  }
}
async function synced(seq) {
  await stack.synced(seq);
  const sync = (await stack.gwApi('GET', '/api/v1/sync')).body;
  console.log(
    `(gateway applied EMS 1 seq ${seq}; membership revision ${sync.revision} processed by the engine)`,
  );
}
async function packet(label, flags, reply = false) {
  const v = await stack.ssh(flags, reply);
  console.log(`${label.padEnd(44)} → ${v.action} policy ${v.policyId} (${v.reason})`);
}

try {
  console.log(`Seed 1 replay: EMS mock ${stack.ems.httpAddress}, gateway ${stack.service.url}`);
  console.log(`NATS ${natsUrl}, Redis ${redisUrl}, dirty sweep delay ${sweepMs} ms`);

  say('EMS: four endpoints tagged APP_SERVERS (POST /api/v1/endpoints on the EMS mock)');
  await synced(await seedEndpoints(stack));
  await cli('diagnose firewall dynamic list EMS1_ZTNA_APP_SERVERS');

  say('SSH 192.168.30.108:54225 → 192.168.12.99:22 (POST /api/v1/packets on the gateway)');
  await packet('SYN      192.168.30.108:54225 → 192.168.12.99:22', ['syn']);
  await packet('SYN/ACK  192.168.12.99:22 → 192.168.30.108:54225', ['syn', 'ack'], true);
  await packet('ACK      192.168.30.108:54225 → 192.168.12.99:22', ['ack']);
  await cli('diagnose sys session list');
  await cli('get system session list');

  say('dyn-addr-session-check enable');
  await cli('config system settings\nset dyn-addr-session-check enable\nend');

  say('EMS: APP_SERVERS detached from 192.168.30.108 (DELETE /api/v1/endpoints/EP108/tags/APP_SERVERS)');
  await synced(await detachSeedTag(stack));
  await cli('diagnose firewall dynamic list EMS1_ZTNA_APP_SERVERS');
  await cli('diagnose sys session list');

  say(`background sweep (after ${sweepMs} ms) re-checks the dirty session`);
  const deadline = Date.now() + sweepMs + 15_000;
  for (;;) {
    const s = (await stack.gwApi('GET', '/api/v1/sessions?src=192.168.30.108')).body.sessions[0];
    if (s?.state.includes('block')) break;
    if (Date.now() > deadline)
      throw new Error(`session not blocked by the sweep; last state: ${JSON.stringify(s)}`);
    await new Promise((r) => globalThis.setTimeout(r, 200));
  }
  await cli('diagnose sys session list');
  await packet('ACK      192.168.30.108:54225 → 192.168.12.99:22', ['ack']);
  console.log(
    '\nThe endpoint lost APP_SERVERS: its SSH session went may_dirty → dirty → block, policy_id=0.',
  );
} finally {
  await stack.close();
}
