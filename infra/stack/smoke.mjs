// Seed 1 through the published admin APIs of a freshly started compose stack: the EMS mock tags
// 192.168.30.108 with APP_SERVERS, the gateway applies it, an SSH session to 192.168.12.99:22 is
// accepted; with dyn-addr-session-check enabled, detaching the tag blocks that session. Waits with
// /api/v1/sync/wait, never with sleeps. Prints one line per step; exits 1 at the first failure.
// Then checks that every metric the Grafana dashboard queries is exported by the services.
// With GATEWAY2_URL (same token), also waits until the second gateway applied the same events.
//   EMS_URL, GATEWAY_URL (default http://127.0.0.1:8081 / :8080), EMS_API_TOKEN, GATEWAY_API_TOKEN (required)
import { readFileSync } from 'node:fs';

const ems = {
  url: process.env.EMS_URL || 'http://127.0.0.1:8081',
  token: process.env.EMS_API_TOKEN,
};
const gw = {
  url: process.env.GATEWAY_URL || 'http://127.0.0.1:8080',
  token: process.env.GATEWAY_API_TOKEN,
};
const gw2 = process.env.GATEWAY2_URL ? { url: process.env.GATEWAY2_URL, token: gw.token } : undefined;
if (!ems.token || !gw.token) {
  console.error('smoke: EMS_API_TOKEN and GATEWAY_API_TOKEN are required (infra/.env)');
  process.exit(2);
}
const UID = 'SMOKE108';
const TAG = 'APP_SERVERS';
const ADDRESS = 'EMS1_ZTNA_APP_SERVERS';
const SSH = { proto: 'tcp', src: '192.168.30.108', sport: 54225, dst: '192.168.12.99', dport: 22 };
const REPLY = { proto: 'tcp', src: '192.168.12.99', sport: 22, dst: '192.168.30.108', dport: 54225 };

/** One JSON call; throws naming the request and the answer unless the status is `expect`. */
async function call(api, method, path, body, { expect = 200, headers = {} } = {}) {
  const response = await globalThis.fetch(`${api.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${api.token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: globalThis.AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  if (response.status !== expect) {
    throw new Error(
      `${method} ${api.url}${path} → ${response.status} (expected ${expect}): ${text.slice(0, 500)}`,
    );
  }
  return text ? JSON.parse(text) : undefined;
}

const step = (text) => console.log(`smoke: ${text}`);
const expectThat = (ok, what, seen) => {
  if (!ok) throw new Error(`${what}; saw ${JSON.stringify(seen)}`);
};

async function synced(seq, api = gw) {
  const r = await call(api, 'GET', `/api/v1/sync/wait?ems=1&seq=${seq}&timeoutMs=10000`);
  expectThat(r.reached === true, `gateway ${api.url} did not apply EMS 1 seq ${seq} within 10 s`, r);
}

async function members() {
  const list = await call(gw, 'GET', '/api/v1/dynamic-addresses');
  return list.find((a) => a.name === ADDRESS)?.members ?? [];
}

async function packet(p, flags) {
  const r = await call(gw, 'POST', '/api/v1/packets', { packets: [{ ...p, flags }] });
  return r.verdicts[0];
}

async function cli(lines) {
  for (const command of lines) {
    const r = await call(
      gw,
      'POST',
      '/api/v1/cli',
      { command },
      { headers: { 'x-console-session': 'smoke' } },
    );
    expectThat(!/Command fail/.test(r.output), `console refused "${command}"`, r);
  }
}

try {
  const created = await call(
    ems,
    'POST',
    '/api/v1/endpoints',
    { uid: UID, hostname: 'smoke-108', user: 'smoke', ips: [SSH.src], macs: [], tags: [TAG], online: true },
    { expect: 201 },
  );
  await synced(created.seq);
  const attached = await members();
  expectThat(attached.includes(SSH.src), `${ADDRESS} should list ${SSH.src}`, attached);
  step(`EMS tagged ${SSH.src} with ${TAG} (seq ${created.seq}); gateway ${ADDRESS} = ${attached.join(' ')}`);

  for (const [p, flags] of [
    [SSH, ['syn']],
    [REPLY, ['syn', 'ack']],
    [SSH, ['ack']],
  ]) {
    const v = await packet(p, flags);
    expectThat(
      v.action === 'accept',
      `${flags.join('/')} ${p.src}:${p.sport} → ${p.dst}:${p.dport} should pass`,
      v,
    );
  }
  step(`SSH ${SSH.src}:${SSH.sport} → ${SSH.dst}:${SSH.dport} accepted (3-way handshake)`);

  await cli(['config system settings', 'set dyn-addr-session-check enable', 'end']);
  step('dyn-addr-session-check enabled via /api/v1/cli');

  const detached = await call(ems, 'DELETE', `/api/v1/endpoints/${UID}/tags/${TAG}`);
  await synced(detached.seq);
  const left = await members();
  expectThat(!left.includes(SSH.src), `${ADDRESS} should no longer list ${SSH.src}`, left);
  step(`EMS detached ${TAG} (seq ${detached.seq}); gateway ${ADDRESS} = [${left.join(' ')}]`);

  const v = await packet(SSH, ['ack']);
  expectThat(v.action === 'deny', 'the next packet of the session should be denied', v);
  const sessions = await call(gw, 'GET', `/api/v1/sessions?src=${SSH.src}`);
  const state = sessions.sessions?.[0]?.state ?? [];
  expectThat(state.includes('block'), 'the session should be blocked', sessions);
  step(`next packet ${v.action} (${v.reason}, policy ${v.policyId}); session state=${state.join(' ')}`);
  step('seed 1 passed');
  for (const api of gw2 ? [gw, gw2] : [gw]) {
    // each gateway's NATS user may read its own dead-letter stream (and only its own: rogue-client.mjs)
    const letters = await call(api, 'GET', '/api/v1/dead-letters?limit=5');
    expectThat(Number.isInteger(letters.total), `${api.url} reads its dead-letter stream`, letters);
    step(`${api.url} dead-letter stream readable (${letters.total} kept)`);
  }
  if (gw2) {
    await synced(detached.seq, gw2);
    step(`the second gateway ${gw2.url} applied EMS 1 up to seq ${detached.seq} too`);
  }

  const dashboard = JSON.parse(
    readFileSync(new URL('../monitoring/grafana/dashboards/ztna-tagsync.json', import.meta.url), 'utf8'),
  );
  const wanted = new Set(
    dashboard.panels
      .flatMap((p) => p.targets.map((t) => t.expr.match(/\b(?:ztna|ems)_[a-z_]+/g) ?? []))
      .flat()
      .map((name) => name.replace(/_(bucket|sum|count)$/, '')),
  );
  const exported = new Set();
  for (const api of [ems, gw]) {
    const response = await globalThis.fetch(`${api.url}/metrics`, {
      headers: { authorization: `Bearer ${api.token}` },
    });
    for (const [, name] of (await response.text()).matchAll(/^# TYPE (\S+)/gm)) exported.add(name);
  }
  const missing = [...wanted].filter((name) => !exported.has(name));
  expectThat(missing.length === 0, 'every metric of the Grafana dashboard is exported', missing);
  step(`the Grafana dashboard's ${wanted.size} metrics are all exported by the services`);
} catch (err) {
  console.error(`smoke: FAILED: ${err.message}`);
  process.exit(1);
}
