import { ztna } from '@ztna/proto';
import { startNats, startRedis, type ServerHandle } from '@ztna/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { natsPackets, seedEndpoints, startStack, type Stack } from './e2e-stack.js';

let nats: ServerHandle;
let redis: ServerHandle;
let stack: Stack;

beforeAll(async () => {
  [nats, redis] = await Promise.all([startNats(), startRedis()]);
  stack = await startStack({ natsUrl: nats.url, redisUrl: redis.url });
  await stack.synced(await seedEndpoints(stack));
});
afterAll(async () => {
  await stack?.close();
  await Promise.all([nats?.close(), redis?.close()]);
});

const ssh = {
  proto: 'tcp',
  src: '192.168.30.108',
  sport: 54225,
  dst: '192.168.12.99',
  dport: 22,
  flags: ['syn'],
};

describe('bad input to every gateway endpoint: clear 4xx or Command fail., nothing half-applied', () => {
  it('POST /api/v1/packets: wrong types, unknown fields, bad addresses, unknown interface', async () => {
    const cases: [unknown, RegExp][] = [
      [{ packets: [{ ...ssh, dport: 'ssh' }] }, /^packets\[0\]\.dport "ssh"/],
      [{ packets: [{ ...ssh, flags: ['urg'] }] }, /^packets\[0\]\.flags\[0\] "urg"/],
      [{ packets: [ssh, { ...ssh, sport: 1, dst: '192.168.12' }] }, /packets\[1\]\.dst "192\.168\.12"/],
      [
        { packets: [ssh, { ...ssh, sport: 2, srcintf: 'wan9' }] },
        /packets\[1\]\.srcintf: no interface "wan9"/,
      ],
      [{ packet: [ssh] }, /packets undefined: is required/],
      ['not json', /./],
    ];
    for (const [body, message] of cases) {
      const r = await stack.gwApi('POST', '/api/v1/packets', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.message).toMatch(message);
    }
    expect((await stack.gwApi('GET', '/api/v1/sessions')).body.total).toBe(0);
  });

  it('NATS packet subject: malformed protobuf and invalid packets are refused as a whole', async () => {
    const garbage = await stack.nc.request(stack.packetsSubject, Uint8Array.of(0x0a, 0xff, 0xff), {
      timeout: 5000,
    });
    expect(ztna.v1.VerdictBatch.decode(garbage.data).error).toMatch(/invalid PacketBatch/);
    const mixed = await natsPackets(stack, [
      { proto: 6, src: '192.168.30.108', sport: 1, dst: '192.168.12.99', dport: 22, flags: 2 },
      { proto: 47 as ztna.v1.IpProto, src: '192.168.30.108', sport: 2, dst: '192.168.12.99', dport: 22 },
    ]);
    expect(mixed.verdicts).toHaveLength(0);
    expect(mixed.error).toBe('packets[1].proto: unknown protocol 47');
    const badIp = await natsPackets(stack, [
      { proto: 17, src: '192.168.30.999', dst: '192.168.12.99', dport: 53 },
    ]);
    expect(badIp.error).toMatch(/packets\[0\]\.src: invalid value "192\.168\.30\.999"/);
    expect((await stack.gwApi('GET', '/api/v1/sessions')).body.total).toBe(0);
  });

  it('POST /api/v1/cli: unknown commands, malformed config and bad references apply nothing', async () => {
    const before = await stack.cli('show firewall policy');
    const settings = await stack.cli('show system settings');
    expect(await stack.cli('frobnicate the firewall')).toMatch(/Command fail/);
    const broken = await stack.cli(
      'config system settings\nset dyn-addr-session-check enable\nend\nconfig firewall policy\nedit 3\nset dstintf "nowhere"\nnext\nend',
    );
    expect(broken).toMatch(/Command fail\. Return code -?\d+/);
    expect(broken).toMatch(/nowhere/);
    expect(await stack.cli('config firewall policy\nedit 3\nset action maybe\nnext\nend')).toMatch(
      /Command fail/,
    );
    expect(await stack.cli('config system global\nset block-session-timer 9999\nend')).toMatch(
      /Command fail/,
    );
    expect(await stack.cli('show firewall policy')).toBe(before);
    // As when pasting into a FortiGate: the complete block before the failing one stands.
    expect(await stack.cli('show system settings')).not.toBe(settings);
    expect(await stack.cli('get system status')).not.toMatch(/Command fail/);
    const wrongType = await stack.gwApi('POST', '/api/v1/cli', { command: ['show'] });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toMatch(/^command /);
  });

  it('GET /api/v1/sessions, /api/v2/monitor/firewall/session and /api/v1/sync/wait: bad queries', async () => {
    for (const path of [
      '/api/v1/sessions?dport=99999',
      '/api/v1/sessions?proto=tcp',
      '/api/v1/sessions?colour=red',
      '/api/v2/monitor/firewall/session?src=999.0.0.1',
      '/api/v1/sync/wait?ems=1',
      '/api/v1/sync/wait?ems=9&seq=1',
      '/api/v1/sync/wait?ems=1&seq=1&timeoutMs=-5',
    ]) {
      const r = await stack.gwApi('GET', path);
      expect(r.status, path).toBe(400);
      expect(r.body.error.code, path).toBe('ZTNA_ERR_REQUEST');
    }
    const late = await stack.gwApi('GET', '/api/v1/sync/wait?ems=1&seq=999999&timeoutMs=50');
    expect(late.status).toBe(408);
    expect(late.body.error.state.appliedSeq).toBeGreaterThanOrEqual(4);
  });
});
