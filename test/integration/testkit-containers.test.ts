import { startZtnaStack, type ZtnaStack } from '@ztna/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerProblem, stackImages } from '../support/service-images.js';
import { entryState } from './e2e-stack.js';
import { PC108, SSH } from './seed1-endpoint.js';

// Seed 1 end to end on the kit's container stack: NATS, Redis, the EMS mock and the gateway each in a
// container built from this tree (test/support/service-images.ts), driven only through the kit.
// Docker is required when TEST_INFRA=docker (CI); without an engine otherwise the file is reported as
// skipped, with the reason, never as passed.

const noDocker = await dockerProblem();
if (noDocker !== undefined) {
  if (process.env.TEST_INFRA === 'docker') {
    throw new Error(`testkit containers: TEST_INFRA=docker but ${noDocker}`);
  }
  console.warn(`testkit containers: SKIPPED, ${noDocker}; these tests need a Docker engine`);
}

describe.skipIf(noDocker !== undefined)('testkit containers mode: seed 1 end to end', () => {
  let stack: ZtnaStack;
  beforeAll(async () => {
    const images = await stackImages();
    stack = await startZtnaStack({ mode: 'containers', images });
  }, 180_000);
  afterAll(() => stack?.stop());

  it('EMS publishes, the gateway applies, the console prints dirty then block', async () => {
    const [ems, gw] = [stack.ems[0]!, stack.gateways[0]!];
    expect(stack.mode).toBe('containers');
    expect(await gw.cli('config system settings\nset dyn-addr-session-check enable\nend')).toBe('');
    await ems.upsertEndpoint(PC108);
    await stack.waitForSync();
    const dyn = await gw.cli('diagnose firewall dynamic list EMS1_ZTNA_APP_SERVERS');
    expect(dyn).toContain('ADDR(192.168.30.108)');
    expect(await gw.packet({ ...SSH, flags: ['syn'] })).toMatchObject({ action: 'accept', policyId: 3 });
    expect(entryState(await gw.cli('diagnose sys session list'))).toBe('log may_dirty f00');

    await ems.detachTag('FCT108', 'APP_SERVERS');
    await stack.waitForSync();
    expect(await gw.cli('diagnose firewall dynamic list EMS1_ZTNA_APP_SERVERS')).not.toContain(
      '192.168.30.108',
    );
    expect(entryState(await gw.cli('diagnose sys session list'))).toBe('dirty may_dirty acct-ext');
    // The next packet re-checks the dirty session against the policies: no match, so it is blocked.
    expect(await gw.packet({ ...SSH, flags: ['ack'] })).toMatchObject({ action: 'deny', policyId: 0 });
    const block = await gw.cli('diagnose sys session list');
    expect(entryState(block)).toBe('block may_dirty authed acct-ext');
    expect(block).toContain('no_ofld_reason: block-by-policy');
  });

  it('reset empties the EMS and the gateway, and sync works again afterwards', async () => {
    const [ems, gw] = [stack.ems[0]!, stack.gateways[0]!];
    await stack.reset();
    expect((await ems.endpoints()).endpoints).toEqual([]);
    expect((await gw.sessions()).total).toBe(0);
    expect(await gw.cli('show system settings')).not.toContain('dyn-addr-session-check enable');
    expect(await gw.cli('diagnose firewall dynamic list EMS1_ZTNA_APP_SERVERS')).not.toContain(
      '192.168.30.108',
    );

    await ems.upsertEndpoint(PC108);
    await stack.waitForSync();
    expect(await gw.cli('diagnose firewall dynamic list EMS1_ZTNA_APP_SERVERS')).toContain(
      'ADDR(192.168.30.108)',
    );
    expect((await gw.sync()).ems[0]).toMatchObject({ id: 1, appliedSeq: (await ems.state()).seq });
  });
});
