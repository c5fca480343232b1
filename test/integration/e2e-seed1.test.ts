import { startNats, startRedis, type ServerHandle } from '@ztna/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  detachSeedTag,
  entryState,
  natsPackets,
  seedEndpoints,
  startStack,
  type Stack,
} from './e2e-stack.js';

let nats: ServerHandle;
let redis: ServerHandle;

beforeAll(async () => {
  [nats, redis] = await Promise.all([startNats(), startRedis()]);
});
afterAll(async () => {
  await Promise.all([nats?.close(), redis?.close()]);
});

describe('seed 1 end to end: EMS API → NATS → Redis → engine → packet API and console', () => {
  let stack: Stack;
  afterAll(() => stack?.close());

  it('keeps the session when dyn-addr-session-check is disabled', async () => {
    stack = await startStack({ natsUrl: nats.url, redisUrl: redis.url });
    await stack.synced(await seedEndpoints(stack));
    const dyn = await stack.cli('diagnose firewall dynamic list EMS1_ZTNA_APP_SERVERS');
    expect(dyn).toContain('ADDR(192.168.30.108)');
    expect(dyn).toContain('Total IP dynamic addresses: 4.');
    expect(await stack.ssh(['syn'])).toMatchObject({ action: 'accept', policyId: 3, reason: 'new-session' });
    expect(await stack.ssh(['syn', 'ack'], true)).toMatchObject({ action: 'accept', reason: 'established' });
    const before = await stack.cli('diagnose sys session list');
    expect(entryState(before)).toBe('log may_dirty f00');
    expect(before).toContain('hook=post dir=org act=noop 192.168.30.108:54225->192.168.12.99:22(0.0.0.0:0)');
    expect(before).toMatch(/policy_id=3 /);

    await stack.synced(await detachSeedTag(stack));
    const after = await stack.cli('diagnose firewall dynamic list EMS1_ZTNA_APP_SERVERS');
    expect(after).not.toContain('192.168.30.108');
    expect(after).toContain('Total IP dynamic addresses: 3.');
    expect(entryState(await stack.cli('diagnose sys session list'))).toBe('log may_dirty f00');
    expect(await stack.ssh(['ack'])).toMatchObject({ action: 'accept', policyId: 3 });
    expect(await stack.ssh(['syn'], false)).toMatchObject({ action: 'accept' });
    const fresh = await natsPackets(stack, [
      { proto: 6, src: '192.168.30.108', sport: 40000, dst: '192.168.12.99', dport: 22, flags: 2 },
    ]);
    expect(fresh.verdicts[0]).toMatchObject({ action: 2, policyId: 0 });
    await stack.close();
  });

  it('marks the session dirty, then blocks it, when dyn-addr-session-check is enabled', async () => {
    stack = await startStack({ natsUrl: nats.url, redisUrl: redis.url });
    expect(await stack.cli('config system settings\nset dyn-addr-session-check enable\nend')).toBe('');
    await stack.synced(await seedEndpoints(stack));
    const nats1 = await natsPackets(stack, [
      { proto: 6, src: '192.168.30.108', sport: 54225, dst: '192.168.12.99', dport: 22, flags: 2 },
    ]);
    expect(nats1.verdicts[0]).toMatchObject({ action: 1, policyId: 3, reason: 'new-session' });
    expect(entryState(await stack.cli('diagnose sys session list'))).toBe('log may_dirty f00');

    await stack.synced(await detachSeedTag(stack));
    const dirty = await stack.cli('diagnose sys session list');
    expect(entryState(dirty)).toBe('dirty may_dirty acct-ext');
    expect(dirty).toMatch(/policy_id=3 pol_uuid_idx=/);
    const view = (await stack.gwApi('GET', '/api/v1/sessions?src=192.168.30.108')).body;
    expect(view.sessions[0].state).toEqual(['dirty', 'may_dirty', 'acct-ext']);

    expect(await stack.ssh(['ack'])).toMatchObject({ action: 'deny', policyId: 0 });
    const block = await stack.cli('diagnose sys session list');
    expect(entryState(block)).toBe('block may_dirty authed acct-ext');
    expect(block).toMatch(/policy_id=0 pol_uuid_idx=65 /);
    expect(block).toContain('no_ofld_reason: block-by-policy npu-flag-off');
    expect(Number(/expire=(\d+)/.exec(block)?.[1])).toBeLessThanOrEqual(30);
    expect(await stack.ssh(['ack'], true)).toMatchObject({ action: 'deny', reason: 'session-blocked' });
    const metrics = await fetch(`${stack.service.url}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(/ztna_gateway_sessions\{state="block"\} 1/);
    expect(metrics).toMatch(/ztna_gateway_session_marks_total\{trigger="dynamic-address",mark="dirty"\} 1/);
    expect(metrics).toMatch(/ztna_gateway_revocation_to_dirty_seconds_count 1/);
    expect(metrics).toMatch(/ztna_gateway_revocation_to_drop_seconds_count 1/);
    await stack.close();
  });

  it('blocks the dirty session by the background sweep without any packet', async () => {
    stack = await startStack({ natsUrl: nats.url, redisUrl: redis.url, dirtySweepDelayMs: 200 });
    await stack.cli('config system settings\nset dyn-addr-session-check enable\nend');
    await stack.synced(await seedEndpoints(stack));
    await stack.ssh(['syn']);
    await stack.synced(await detachSeedTag(stack));
    const states: string[] = [];
    for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
      const s = (await stack.gwApi('GET', '/api/v1/sessions')).body.sessions[0]?.state.join(' ');
      if (states.at(-1) !== s) states.push(s);
      if (s?.startsWith('block')) break;
    }
    expect(states.at(-1)).toBe('block may_dirty authed acct-ext');
    await stack.close();
  });
});
