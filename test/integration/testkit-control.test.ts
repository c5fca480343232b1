import { createGateway, defaultConfig, factoryConfig } from '@ztna/gateway';
import { ManualClock } from '@ztna/service-kit';
import { GatewayClient, startZtnaStack, type ZtnaStack } from '@ztna/testkit';
import { Redis } from 'ioredis';
import { connect } from 'nats';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PC108, SSH } from './seed1-endpoint.js';

// Reset and manual time through the kit's typed clients: seed 1 on frozen clocks, moved only by
// POST /api/v1/clock/advance; the out-of-sync threshold on a gateway whose EMS never answers.

const stateOf = async (stack: ZtnaStack): Promise<string | undefined> =>
  (await stack.gateways[0]!.sessions()).sessions[0]?.state.join(' ');

let stack: ZtnaStack;
beforeAll(async () => {
  stack = await startZtnaStack({ clock: 'manual' });
});
afterAll(() => stack?.stop());

describe('testkit control: reset and manual time', () => {
  it('seed 1 goes may_dirty → dirty → block → gone by clock/advance alone', async () => {
    const [ems, gw] = [stack.ems[0]!, stack.gateways[0]!];
    expect((await gw.clock()).mode).toBe('manual');
    expect(await gw.cli('config system settings\nset dyn-addr-session-check enable\nend')).toBe('');
    await ems.upsertEndpoint(PC108);
    await stack.waitForSync();
    expect(await gw.packet({ ...SSH, flags: ['syn'] })).toMatchObject({ action: 'accept', policyId: 3 });
    expect(await stateOf(stack)).toBe('log may_dirty');

    await ems.detachTag('FCT108', 'APP_SERVERS');
    await stack.waitForSync();
    expect(await stateOf(stack)).toBe('dirty may_dirty acct-ext');
    // The sweep (DIRTY_SWEEP_DELAY_MS 10 000) fires on advance, not before its delay.
    await gw.advance(9_000);
    expect(await stateOf(stack)).toBe('dirty may_dirty acct-ext');
    await gw.advance(1_000);
    expect(await stateOf(stack)).toBe('block may_dirty authed acct-ext');
    const block = await gw.cli('diagnose sys session list');
    expect(block).toContain('no_ofld_reason: block-by-policy');
    expect(Number(/expire=(\d+)/.exec(block)?.[1])).toBe(30);
    // The block-session-timer (30 s) expires the session on advance; expiry works in whole seconds
    // (FortiOS counts `expire` down in seconds), so it is gone within the second after the 30th.
    await gw.advance(29_000);
    expect((await gw.sessions()).stats.block).toBe(1);
    await gw.advance(2_000);
    expect((await gw.sessions()).total).toBe(0);
    expect(await gw.cli('diagnose sys session list')).toContain('total session 0');
  });

  it('reset: a setting changed and the sessions made are gone; counters stay', async () => {
    const gw = stack.gateways[0]!;
    await stack.ems[0]!.upsertEndpoint(PC108);
    await stack.waitForSync();
    expect(await gw.cli('config system settings\nset dyn-addr-session-check enable\nend')).toBe('');
    expect(await gw.cli('show system settings')).toContain('set dyn-addr-session-check enable');
    await gw.packet({ ...SSH, sport: 50001, flags: ['syn'] });
    expect((await gw.sessions()).total).toBe(1);
    const packetsBefore = /ztna_gateway_packets_total\{[^}]*\} (\d+)/.exec(await gw.metrics())?.[1];

    expect(await gw.reset()).toMatchObject({ sessionsCleared: 1 });
    expect((await gw.sessions()).total).toBe(0);
    expect(await gw.cli('show system settings')).not.toContain('dyn-addr-session-check enable');
    expect(/ztna_gateway_packets_total\{[^}]*\} (\d+)/.exec(await gw.metrics())?.[1]).toBe(packetsBefore);

    const emsReset = await stack.ems[0]!.reset();
    expect(emsReset).toEqual({ removed: 1, incarnation: expect.any(String), seq: expect.any(Number) });
    expect(emsReset.seq).toBe((await stack.ems[0]!.state()).seq);
    const restarted = await stack.ems[0]!.reset({ newIncarnation: true });
    expect(restarted.seq).toBe(0);
    expect(restarted.incarnation).not.toBe(emsReset.incarnation);
  });

  it('a churn run answers 202, reports firstSeq/lastSeq, and GET /runs/:id?waitMs= answers at its end', async () => {
    const ems = stack.ems[0]!;
    const before = (await ems.state()).seq;
    const { id } = await ems.startChurn({ seed: 7, count: 20, endpoints: 5, rate: 1000 });
    const running = await ems.run(id, 50);
    expect(running.status).toBe('running');
    // Manual time: the run's pacing waits for clock/advance (20 events at 1000/s = 20 ms).
    await ems.advance(100);
    const done = await ems.waitForRun(id, { timeoutMs: 10_000 });
    expect(done).toMatchObject({ status: 'done', firstSeq: before + 1 });
    expect(done.events).toBeGreaterThanOrEqual(20);
    expect(done.lastSeq).toBe(before + done.events);
  });

  it('the out-of-sync threshold fires on advance when the EMS never answers', async () => {
    const nc = await connect({ servers: stack.natsUrl });
    const redis = new Redis(stack.redisUrl);
    const clock = new ManualClock(Date.now());
    const gateway = await createGateway(
      { nc, redis, logger: pino({ level: 'silent' }), clock },
      {
        ...defaultConfig,
        gatewayId: 'gw-lonely',
        redisKeyPrefix: `lonely${Date.now()}`,
        subjectPrefix: `lonely${Date.now()}.ztna`,
        streamName: `EV_lonely${Date.now()}`,
        httpPort: 0,
        outOfSyncThresholdS: 10,
        connectors: [{ id: 2, serial: 'FCTEMS0000000002', name: 'ems2' }],
        firewall: factoryConfig(),
      },
    );
    try {
      const gw = new GatewayClient(gateway.url, 'gw-lonely');
      const state = async (): Promise<string | undefined> => (await gw.sync()).ems[0]?.state;
      expect(await state()).toBe('resyncing');
      await gw.advance(9_000);
      expect(await state()).toBe('resyncing');
      await gw.advance(1_500);
      expect(await state()).toBe('out-of-sync');
    } finally {
      await gateway.stop();
      await nc.close();
      redis.disconnect();
    }
  });
});
