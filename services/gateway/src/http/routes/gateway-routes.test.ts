import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfigText } from '../../fortios/parse.js';
import { FakeClock } from '../../core/clock.js';
import { createEngine, type Engine } from '../../core/engine/engine.js';
import type { MembershipChange } from '../../core/model/membership.js';
import { openApiDocs } from '../openapi-docs.js';
import { EngineSink } from '../../runtime/engine-sink.js';
import { gatewayRoutes } from './gateway-routes.js';

const SAMPLE = new URL('../../../config/sample.conf', import.meta.url);
const seedChange = (revision: number, op: 'add' | 'remove', members: string[]): MembershipChange => ({
  revision,
  created:
    revision === 1
      ? [{ name: 'EMS1_ZTNA_APP_SERVERS', tag: 'APP_SERVERS', id: 115, emsId: 1, kind: 'ztna-ip' }]
      : [],
  deltas: members.map((member) => ({ address: 'EMS1_ZTNA_APP_SERVERS', member, op })),
});
const ssh = { proto: 'tcp', src: '192.168.30.108', sport: 54225, dst: '192.168.12.99', dport: 22 };

describe('gateway API', () => {
  let app: FastifyInstance;
  let engine: Engine;
  let sink: EngineSink;
  let appliedSeq = 0;
  const clock = new FakeClock();

  beforeEach(async () => {
    engine = createEngine(parseConfigText(readFileSync(SAMPLE, 'utf8')), { clock, dirtySweepDelayMs: 0 });
    sink = new EngineSink(engine, { clock });
    appliedSeq = 0;
    const sync = {
      syncStatus: () => ({ revision: engine.revision, ems: [{ id: 1, appliedSeq, state: 'in-sync' }] }),
    };
    app = Fastify();
    openApiDocs(app, { version: 'test', bearer: false });
    await app.register(gatewayRoutes, { engine, records: { endpointRecords: () => [] }, sync, sink });
    await app.ready();
    sink.onMembershipChange(seedChange(1, 'add', ['192.168.30.47', '192.168.30.108']));
  });
  afterEach(() => app.close());

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url, payload: payload as object, headers });

  it('gives verdicts for a batch and lists the session as JSON and in the FortiOS envelope', async () => {
    const res = await post('/api/v1/packets', {
      packets: [
        { ...ssh, flags: ['syn'] },
        { ...ssh, src: '192.168.30.9', flags: ['syn'] },
      ],
    });
    expect(res.statusCode).toBe(200);
    const { verdicts } = res.json();
    expect(verdicts[0]).toMatchObject({ action: 'accept', policyId: 3, reason: 'new-session' });
    expect(verdicts[1]).toMatchObject({ action: 'deny', reason: 'implicit-deny', policyId: 0 });
    const sessions = (await app.inject('/api/v1/sessions?dport=22')).json();
    expect(sessions.sessions).toHaveLength(1);
    expect(sessions.sessions[0]).toMatchObject({
      src: '192.168.30.108',
      sport: 54225,
      policyId: 3,
      srcintf: 'port1',
      dstintf: 'port3',
    });
    expect(sessions.sessions[0].state).toContain('may_dirty');
    const fortios = (await app.inject('/api/v2/monitor/firewall/session?src=192.168.30.108')).json();
    expect(fortios).toMatchObject({
      http_method: 'GET',
      vdom: 'root',
      status: 'success',
      path: 'firewall',
      name: 'session',
    });
    expect(fortios.results.details[0]).toMatchObject({ saddr: '192.168.30.108', dport: 22, policyid: 3 });
    const dyn = (await app.inject('/api/v2/monitor/firewall/address-dynamic')).json();
    expect(dyn.results[0]).toMatchObject({ name: 'EMS1_ZTNA_APP_SERVERS', id: 115 });
  });

  it('refuses wrong types and unknown fields naming the field and the value, processing nothing', async () => {
    const cases: [unknown, RegExp][] = [
      [{ packets: [{ ...ssh, sport: '54225' }] }, /packets\[0\]\.sport "54225"/],
      [{ packets: [{ ...ssh, src: '300.1.1.1' }] }, /packets\[0\]\.src "300\.1\.1\.1"/],
      [{ packets: [{ ...ssh, proto: 'gre' }] }, /packets\[0\]\.proto "gre"/],
      [{ packets: [ssh, { ...ssh, colour: 'red' }] }, /packets\[1\]/],
      [{ packets: [ssh, { ...ssh, srcintf: 'port99' }] }, /packets\[1\]\.srcintf: no interface "port99"/],
      [{ packets: [{ ...ssh, proto: 'udp', flags: ['syn'] }] }, /packets\[0\]\.flags/],
      [{ packets: [] }, /packets/],
    ];
    for (const [body, message] of cases) {
      const res = await post('/api/v1/packets', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.message).toMatch(message);
      expect(res.json().error.code).toMatch(/^ZTNA_ERR_/);
    }
    expect(engine.stats().total).toBe(0);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/packets',
      payload: '{"packets":',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.statusCode).toBe(400);
    expect((await app.inject('/api/v1/sessions?src=1.2.3')).json().error.message).toMatch(/src "1\.2\.3"/);
    expect((await app.inject('/api/v1/sessions?intf=port99')).statusCode).toBe(400);
  });

  it('runs console text per session, prints Command fail. for a bad block and applies nothing', async () => {
    const a = { 'x-console-session': 'alice' };
    const res = await post(
      '/api/v1/cli',
      { command: 'config system settings\nset dyn-addr-session-check enable\nend' },
      a,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().prompt).toBe('FW-FGT-VM # ');
    expect(engine.config.systemSettings.dynAddrSessionCheck).toBe(true);
    const before = engine.config;
    const fail = (
      await post(
        '/api/v1/cli',
        { command: 'config firewall policy\nedit 3\nset srcintf "nope"\nnext\nend' },
        a,
      )
    ).json();
    expect(fail.output).toMatch(/Command fail\./);
    expect(engine.config).toBe(before);
    expect((await post('/api/v1/cli', { command: 'config system global' }, a)).json().prompt).toBe(
      'FW-FGT-VM (global) # ',
    );
    expect(
      (
        await post('/api/v1/cli', { command: 'get system session status' }, { 'x-console-session': 'bob' })
      ).json().prompt,
    ).toBe('FW-FGT-VM # ');
    const plain = await app.inject({
      method: 'POST',
      url: '/api/v1/cli',
      payload: 'diagnose firewall dynamic list',
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain.json().output).toContain('EMS1_ZTNA_APP_SERVERS: ID(115)');
    expect((await post('/api/v1/cli', { command: 42 })).statusCode).toBe(400);
    expect((await post('/api/v1/cli', { command: 'x' }, { 'x-console-session': 'a b' })).statusCode).toBe(
      400,
    );
    expect((await post('/api/v1/cli', { command: 'frobnicate' })).json().output).toMatch(/Command fail/);
  });

  it('waits for an EMS sequence and times out with the last state', async () => {
    const waiting = app.inject('/api/v1/sync/wait?ems=1&seq=2&timeoutMs=5000');
    appliedSeq = 2;
    sink.onMembershipChange(seedChange(2, 'remove', ['192.168.30.108']));
    const ok = await waiting;
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ reached: true, state: { appliedSeq: 2, engineRevision: 2 } });
    const late = await app.inject('/api/v1/sync/wait?ems=1&seq=9&timeoutMs=30');
    expect(late.statusCode).toBe(408);
    expect(late.json().error).toMatchObject({ code: 'ZTNA_ERR_TIMEOUT', state: { appliedSeq: 2 } });
    expect((await app.inject('/api/v1/sync/wait?ems=5&seq=1')).statusCode).toBe(404);
    expect((await app.inject('/api/v1/sync/wait?ems=1&seq=x')).json().error.message).toMatch(/seq "x"/);
  });

  it('serves its OpenAPI document', async () => {
    const doc = (await app.inject('/docs/json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/packets',
        '/api/v1/cli',
        '/api/v1/sessions',
        '/api/v1/sync/wait',
        '/api/v2/monitor/firewall/session',
      ]),
    );
  });
});
