import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../core/clock.js';
import { createEngine, type Engine } from '../../core/engine/engine.js';
import { parseConfigText } from '../../fortios/parse.js';
import { EngineSink } from '../../runtime/engine-sink.js';
import { gatewayRoutes } from './gateway-routes.js';

const SAMPLE = readFileSync(new URL('../../../config/sample.conf', import.meta.url), 'utf8');
/** An FQDN address and a threat feed on top of the sample: deny to the feed first, then allow to the FQDN. */
const EXTRA = `
config system external-resource
    edit "BAD_IPS"
        set type address
        set resource "https://feeds.example.net/bad-ips.txt"
    next
end
config firewall address
    edit "fortinet"
        set type fqdn
        set fqdn "www.fortinet.com"
    next
end
config firewall policy
    edit 5
        set srcintf "port1"
        set dstintf "port3"
        set action accept
        set srcaddr "all"
        set dstaddr "fortinet"
        set service "HTTPS"
    next
    edit 2
        set srcintf "port1"
        set dstintf "port3"
        set srcaddr "all"
        set dstaddr "BAD_IPS"
        set service "ALL"
    next
    move 2 before 3
    move 5 before 3
end
`;
const https = (sport: number) => ({
  proto: 'tcp',
  src: '192.168.30.9',
  sport,
  dst: '192.168.12.80',
  dport: 443,
  flags: ['syn'],
});

describe('simulated resolver and threat feed', () => {
  let app: FastifyInstance;
  let engine: Engine;
  const clock = new FakeClock();

  async function start(settings = ''): Promise<void> {
    engine = createEngine(parseConfigText(SAMPLE + EXTRA + settings), { clock, dirtySweepDelayMs: 0 });
    const sink = new EngineSink(engine, { clock });
    const sync = { syncStatus: () => ({ revision: engine.revision, ems: [] }) };
    app = Fastify();
    await app.register(gatewayRoutes, { engine, records: { endpointRecords: () => [] }, sync, sink });
    await app.ready();
  }
  afterEach(() => app.close());

  const put = (url: string, payload: unknown) =>
    app.inject({ method: 'PUT', url, payload: payload as object });
  const send = async (sport: number) =>
    (
      await app.inject({ method: 'POST', url: '/api/v1/packets', payload: { packets: [https(sport)] } })
    ).json().verdicts[0];
  const cli = async (text: string) =>
    (
      await app.inject({
        method: 'POST',
        url: '/api/v1/cli',
        payload: text,
        headers: { 'content-type': 'text/plain' },
      })
    ).json().output as string;

  it('fqdn-session-check enable: a re-resolution makes the session dirty and its re-check blocks it', async () => {
    await start('config system settings\n    set fqdn-session-check enable\nend\n');
    expect(await send(40000)).toMatchObject({ action: 'deny', reason: 'implicit-deny' });
    const first = await put('/api/v1/fqdn/www.fortinet.com', {
      addresses: ['192.168.12.80', '13.56.33.144'],
    });
    expect(first.json()).toEqual({ names: ['fortinet'], trigger: 'fqdn', dirty: 0, persistent: 0 });
    expect(await send(40001)).toMatchObject({ action: 'accept', policyId: 5 });
    // Fortinet docs: "Technical Tip: Checking FQDN address resolution" (diagnose firewall fqdn list).
    expect(await cli('diagnose firewall fqdn list')).toBe(
      'List all FQDN:\nwww.fortinet.com: ID(1) ADDR(13.56.33.144) ADDR(192.168.12.80)\n',
    );
    const second = await put('/api/v1/fqdn/fortinet', { addresses: ['13.56.33.144'] });
    expect(second.json()).toMatchObject({ names: ['fortinet'], dirty: 1, persistent: 0 });
    const view = (await app.inject('/api/v1/sessions?dport=443')).json();
    expect(view.sessions[0]).toMatchObject({ policyId: 0, persistent: false });
    expect(view.sessions[0].state).toContain('block');
    const fortios = (await app.inject('/api/v2/monitor/firewall/address-fqdns')).json();
    expect(fortios.results).toEqual([
      { name: 'fortinet', fqdn: 'www.fortinet.com', addrs: ['13.56.33.144'] },
    ]);
  });

  it('fqdn-session-check default (disable): the session is kept, persistent in JSON, no flag in the CLI', async () => {
    await start();
    await put('/api/v1/fqdn/fortinet', { addresses: ['192.168.12.80'] });
    expect(await send(40000)).toMatchObject({ action: 'accept', policyId: 5 });
    expect((await put('/api/v1/fqdn/fortinet', { addresses: [] })).json()).toMatchObject({ persistent: 1 });
    expect((await app.inject('/api/v1/sessions')).json().sessions[0]).toMatchObject({ persistent: true });
    // Seed 1 (fortigate-ztna-tag-removal-existing-sessions.txt): a kept session prints `state=log may_dirty f00`-style, no persistent flag.
    expect(await cli('diagnose sys session list')).not.toContain('persistent');
  });

  it('a threat-feed update runs ext-resource-session-check; the monitor lists the entries', async () => {
    await start('config system settings\n    set ext-resource-session-check enable\nend\n');
    await put('/api/v1/fqdn/fortinet', { addresses: ['192.168.12.80'] });
    expect(await send(40000)).toMatchObject({ action: 'accept', policyId: 5 });
    const res = await put('/api/v1/external-resources/BAD_IPS', { entries: ['# list', '192.168.12.64/27'] });
    expect(res.json()).toEqual({ names: ['BAD_IPS'], trigger: 'external-resource', dirty: 1, persistent: 0 });
    expect(await send(40000)).toMatchObject({ action: 'deny', reason: 'session-blocked' });
    const list = await app.inject('/api/v2/monitor/system/external-resource/entry-list?mkey=BAD_IPS');
    expect(list.json()).toMatchObject({
      path: 'system',
      name: 'external-resource',
      status: 'success',
      results: { name: 'BAD_IPS', entries: ['192.168.12.64/27'], valid_count: 1 },
    });
  });

  it('refuses bad input naming the field and the value, changing nothing', async () => {
    await start();
    const badIp = await put('/api/v1/fqdn/fortinet', { addresses: ['192.168.12.300'] });
    expect(badIp.statusCode).toBe(400);
    expect(badIp.json().error.message).toMatch(/^addresses\[0\] "192\.168\.12\.300"/);
    expect((await put('/api/v1/fqdn/nowhere.example', { addresses: [] })).statusCode).toBe(404);
    const badEntry = await put('/api/v1/external-resources/BAD_IPS', {
      entries: ['10.0.0.1', '10.0.0.0/33'],
    });
    expect(badEntry.statusCode).toBe(400);
    expect(badEntry.json().error.message).toMatch(/entries.*10\.0\.0\.0\/33/);
    expect(engine.externalResources()[0]!.entries).toEqual([]);
    expect((await put('/api/v1/external-resources/NOPE', { entries: [] })).statusCode).toBe(404);
    const tooMany = await put('/api/v1/fqdn/fortinet', { addresses: Array(257).fill('10.0.0.1') });
    expect(tooMany.statusCode).toBe(400);
    const unknown = (await app.inject('/api/v2/monitor/system/external-resource/entry-list?mkey=NOPE'))
      .statusCode;
    expect(unknown).toBe(404);
  });
});
