// Done when of issue 12: a third-party service that knows nothing but the event feed learns the
// membership of EMS1_ZTNA_APP_SERVERS, sees seed 1's session go dirty then block (policy 0) and the
// implicit-deny log of a new session, and its view equals the gateway's after 2,000 seeded churn
// events with publisher faults and a gateway restart (it reconnects from its last event id: 410, then
// the snapshot).
import { createGateway, type Gateway } from '@ztna/gateway';
import { startNats, startRedis, waitFor, type ServerHandle } from '@ztna/test';
import { Redis } from 'ioredis';
import { connect } from 'nats';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detachSeedTag, seedEndpoints, startStack, type Stack } from './e2e-stack.js';
import { FeedConsumer } from './feed-consumer.js';

const SEED = 12;
const ADDRESS = 'EMS1_ZTNA_APP_SERVERS';

describe('a third party that knows only the event feed', () => {
  let nats: ServerHandle;
  let redis: ServerHandle;
  let stack: Stack;
  let gateway: Gateway;
  let consumer: FeedConsumer;

  beforeAll(async () => {
    [nats, redis] = await Promise.all([startNats(), startRedis()]);
    stack = await startStack({ natsUrl: nats.url, redisUrl: redis.url, dirtySweepDelayMs: 60_000 });
    gateway = stack.service;
    await stack.cli(
      'config system settings\nset dyn-addr-session-check enable\nend\nconfig log setting\nset fwpolicy-implicit-log enable\nend',
    );
  });

  afterAll(async () => {
    await consumer?.stop();
    await stack?.close();
    await Promise.all([nats?.close(), redis?.close()]);
  });

  it('learns membership, sees dirty → block and the implicit-deny log, and ends with the gateway view', async () => {
    consumer = new FeedConsumer(() => gateway.url);
    consumer.start();
    await stack.synced(await seedEndpoints(stack));
    await waitFor(() => consumer.view.membership.get(ADDRESS)?.size === 4, { what: 'four members learnt' });
    expect([...consumer.view.membership.get(ADDRESS)!].sort()).toEqual([
      '192.168.30.108',
      '192.168.30.126',
      '192.168.30.35',
      '192.168.30.47',
    ]);

    const syn = await stack.ssh(['syn']);
    await stack.ssh(['syn', 'ack'], true);
    await stack.ssh(['ack']);
    await stack.synced(await detachSeedTag(stack));
    await waitFor(() => consumer.view.sessions.get(syn.session!)?.state === 'dirty', { what: 'dirty seen' });
    expect((await stack.ssh(['ack'])).reason).toBe('session-blocked');
    await waitFor(() => consumer.view.sessions.get(syn.session!)?.state === 'block', { what: 'block seen' });
    expect(consumer.view.sessions.get(syn.session!)).toEqual({ state: 'block', policyId: 0 });
    const told = consumer.seen.filter((e) => e.kind === 'session' && e.session.serial === syn.session);
    expect(told.map((e) => [e.session.transition, e.session.trigger, e.session.policyAfter])).toEqual([
      ['dirty', 'dyn-addr', 3],
      ['block', 'packet', 0],
    ]);
    const closeLog = consumer.seen.find((e) => e.kind === 'log' && e.log.sessionId === syn.session);
    expect(closeLog.log.line).toMatch(/ sessionid=\d+ proto=6 action="deny" policyid=0 policytype="policy" /);

    const denied = await stack.gwApi('POST', '/api/v1/packets', {
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
    expect(denied.body.verdicts[0]).toMatchObject({ action: 'deny', reason: 'implicit-deny', policyId: 0 });
    await waitFor(() => consumer.seen.some((e) => e.kind === 'log' && / srcport=54226 /.test(e.log.line)), {
      what: 'implicit-deny log seen',
    });
    const line = consumer.seen.find((e) => e.kind === 'log' && / srcport=54226 /.test(e.log.line)).log.line;
    expect(line).toMatch(
      /devname="FW-FGT-VM" devid="FGVM02TM00000001" .* logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip=192\.168\.30\.108 srcport=54226 srcintf="port1" .* dstip=192\.168\.12\.99 dstport=22 dstintf="port3" .* sessionid=0 proto=6 action="deny" policyid=0 policytype="policy" service="SSH"/,
    );

    // 2,000 seeded churn events with publisher faults; the gateway restarts half way.
    await stack.emsApi('PUT', '/api/v1/faults', { seed: SEED, drop: 0.01, duplicate: 0.02, reorder: 0.02 });
    const run = await stack.emsApi('POST', '/api/v1/churn', {
      seed: SEED,
      rate: 400,
      count: 2000,
      endpoints: 60,
      tags: 4,
    });
    expect(run.status).toBe(202);
    const before = consumer.lastId;
    await waitFor(async () => (await stack.emsApi('GET', `/api/v1/runs/${run.body.id}`)).body.events >= 800, {
      what: 'churn under way',
    });
    await waitFor(() => consumer.lastId > before, { what: 'churn reaching the consumer' });
    const firstEpochId = consumer.lastId;
    const config = { ...stack.config, firewall: gateway.engine.config };
    await gateway.stop();
    const nc = await connect({ servers: nats.url });
    const r = new Redis(redis.url);
    gateway = await createGateway({ nc, redis: r, logger: pino({ level: 'silent' }) }, config);
    await waitFor(() => gateway.ready(), { what: 'restarted gateway ready', timeoutMs: 15_000 });
    await waitFor(
      async () => (await stack.emsApi('GET', `/api/v1/runs/${run.body.id}`)).body.status === 'done',
      {
        what: 'churn done',
        timeoutMs: 60_000,
      },
    );
    await stack.emsApi('PUT', '/api/v1/faults', {});
    const seq = (await stack.emsApi('GET', '/api/v1/state')).body.seq as number;
    await waitFor(
      async () => {
        const w = await fetch(`${gateway.url}/api/v1/sync/wait?ems=1&seq=${seq}&timeoutMs=2000`);
        return w.status === 200;
      },
      { what: `gateway applied EMS seq ${seq}`, timeoutMs: 60_000 },
    );
    await waitFor(
      () => {
        if (consumer.lastId === gateway.feed!.lastId) return true;
        throw new Error(
          `consumer at ${consumer.lastId}, feed at ${gateway.feed!.lastId}, reconnects ${consumer.reconnects}, gone ${consumer.gone}`,
        );
      },
      {
        what: 'consumer caught up',
        timeoutMs: 20_000,
      },
    );

    expect(consumer.gone).toBeGreaterThanOrEqual(1);
    expect(consumer.lastId).toBeGreaterThan(firstEpochId);
    expect(consumer.outOfOrder).toEqual([]);
    const gatewayView = Object.fromEntries(
      gateway.engine
        .dynamicAddresses()
        .filter((a) => a.members.length > 0)
        .map((a) => [a.name, [...a.members].sort()]),
    );
    const consumerView = Object.fromEntries(
      [...consumer.view.membership].filter(([, m]) => m.size > 0).map(([name, m]) => [name, [...m].sort()]),
    );
    expect(consumerView).toEqual(gatewayView);
    const flagged = gateway.engine
      .sessions()
      .filter((s) => s.dirty || s.block || s.persistent)
      .map((s) => s.serial);
    expect([...consumer.view.sessions.keys()].sort()).toEqual(flagged.sort());
    expect(consumer.view.sync.get(1)).toBe(gateway.tagSync.syncStatus().ems[0]!.state);
    console.log(
      `feed third party: ${consumer.seen.length} events seen, ${consumer.gone} restart(s) from the snapshot, ${Object.keys(consumerView).length} addresses equal`,
    );
    await consumer.stop();
    await gateway.stop();
    await nc.drain();
    r.disconnect();
  });
});
