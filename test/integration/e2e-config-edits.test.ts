import { startNats, startRedis, type ServerHandle } from '@ztna/test';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { entryState, seedEndpoints, startStack, type Stack } from './e2e-stack.js';

let nats: ServerHandle;
let redis: ServerHandle;
let stack: Stack | undefined;

beforeAll(async () => {
  [nats, redis] = await Promise.all([startNats(), startRedis()]);
});
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});
afterAll(async () => {
  await Promise.all([nats?.close(), redis?.close()]);
});

const start = async (): Promise<Stack> => {
  stack = await startStack({ natsUrl: nats.url, redisUrl: redis.url });
  await stack.synced(await seedEndpoints(stack));
  return stack;
};

const web = (s: Stack, flags: string[]) =>
  s.gwApi('POST', '/api/v1/packets', {
    packets: [{ proto: 'tcp', src: '192.168.30.108', sport: 50000, dst: '203.0.113.10', dport: 443, flags }],
  });

const session = async (s: Stack, query: string) =>
  (await s.gwApi('GET', `/api/v1/sessions?${query}`)).body.sessions[0];

const EDIT_POLICY_3 = 'config firewall policy\nedit 3\nset service "RDP" "HTTPS" "PING"\nnext\nend';

describe('live config edits through /api/v1/cli trigger the dirty mechanism', () => {
  it('policy edit under check-all: the session goes dirty and is blocked on its next packet', async () => {
    const s = await start();
    expect(await s.ssh(['syn'])).toMatchObject({ action: 'accept', policyId: 3 });
    expect(await s.cli(EDIT_POLICY_3)).toBe('');
    expect(entryState(await s.cli('diagnose sys session list'))).toBe('dirty may_dirty acct-ext');
    expect(await s.ssh(['ack'])).toMatchObject({ action: 'deny', policyId: 0 });
    expect(entryState(await s.cli('diagnose sys session list'))).toBe('block may_dirty authed acct-ext');
    const metrics = await fetch(`${s.service.url}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(/ztna_gateway_session_marks_total\{trigger="policy",mark="dirty"\} 1/);
  });

  it('policy edit under check-new: the session is kept (persistent) and new sessions follow the new policy', async () => {
    const s = await start();
    expect(await s.cli('config system settings\nset firewall-session-dirty check-new\nend')).toBe('');
    await s.ssh(['syn']);
    expect(await s.cli(EDIT_POLICY_3)).toBe('');
    expect(entryState(await s.cli('diagnose sys session list'))).toBe('log may_dirty f00');
    // Printed like an untouched session (seed 1), marked in the JSON view (the zh seed's persistent).
    expect(await session(s, 'dport=22')).toMatchObject({ state: ['log', 'may_dirty'], persistent: true });
    expect(await s.ssh(['ack'])).toMatchObject({ action: 'accept', policyId: 3, reason: 'persistent' });
    const fresh = await s.gwApi('POST', '/api/v1/packets', {
      packets: [
        {
          proto: 'tcp',
          src: '192.168.30.108',
          sport: 54226,
          dst: '192.168.12.99',
          dport: 22,
          flags: ['syn'],
        },
      ],
    });
    expect(fresh.body.verdicts[0]).toMatchObject({ action: 'deny', policyId: 0 });
  });

  it('route change without SNAT: dirty at once, re-checked onto the new gateway; kept with preserve-session-route', async () => {
    const s = await start();
    await s.ssh(['syn']);
    expect((await session(s, 'dport=22')).gateway).toBe('192.168.170.1');
    expect(await s.cli('config router static\nedit 1\nset gateway 192.168.170.254\nnext\nend')).toBe('');
    expect((await session(s, 'dport=22')).state).toEqual(['dirty', 'may_dirty', 'acct-ext']);
    expect(await s.ssh(['ack'])).toMatchObject({ action: 'accept', policyId: 3, reason: 'rechecked' });
    expect(await session(s, 'dport=22')).toMatchObject({
      gateway: '192.168.170.254',
      state: ['log', 'may_dirty'],
    });

    expect(
      await s.cli('config system interface\nedit "port3"\nset preserve-session-route enable\nnext\nend'),
    ).toBe('');
    const hostRoute =
      'config router static\nedit 3\nset dst 192.168.12.99 255.255.255.255\nset gateway 192.168.170.7\nset device "port3"\nnext\nend';
    expect(await s.cli(hostRoute)).toBe('');
    expect(await session(s, 'dport=22')).toMatchObject({
      gateway: '192.168.170.254',
      state: ['log', 'may_dirty'],
    });
  });

  it('route change with SNAT: kept while snat-route-change is disabled, dirty and re-routed when enabled', async () => {
    const s = await start();
    expect((await web(s, ['syn'])).body.verdicts[0]).toMatchObject({ action: 'accept', policyId: 4 });
    expect(await session(s, 'dport=443')).toMatchObject({
      snat: { ip: '10.10.12.2' },
      gateway: '10.10.12.1',
      dstintf: 'port2',
    });
    expect(await s.cli('config router static\nedit 2\nset gateway 10.10.12.254\nnext\nend')).toBe('');
    expect(await session(s, 'dport=443')).toMatchObject({
      gateway: '10.10.12.1',
      state: ['log', 'may_dirty'],
    });
    expect((await web(s, ['ack'])).body.verdicts[0]).toMatchObject({ action: 'accept', policyId: 4 });

    expect(await s.cli('config system global\nset snat-route-change enable\nend')).toBe('');
    expect(await s.cli('config router static\nedit 2\nset gateway 10.10.12.253\nnext\nend')).toBe('');
    expect((await session(s, 'dport=443')).state).toEqual(['dirty', 'may_dirty', 'acct-ext']);
    expect((await web(s, ['ack'])).body.verdicts[0]).toMatchObject({ action: 'accept', reason: 'rechecked' });
    expect(await session(s, 'dport=443')).toMatchObject({
      gateway: '10.10.12.253',
      snat: { ip: '10.10.12.2' },
    });
    const list = await s.cli('diagnose sys session list');
    expect(list).toMatch(
      /hook=post dir=org act=snat 192\.168\.30\.108:50000->203\.0\.113\.10:443\(10\.10\.12\.2:\d+\)/,
    );
  });
});
