import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { TcpFlag, type PacketIn } from '../model/engine-api.js';
import { createEngine } from '../engine/engine.js';
import { ip, seedConfig, seedMembership, sshOrg, sshReply } from '../../../testing/seed-network.js';
import type { TestConfigInput } from '../../../testing/test-config.js';
import type { FirewallSessionDirty } from '../model/config.js';

/** SNAT flow of seed 2: 192.168.100.177:54449 → 223.5.5.5:443 from port40 out of port7. */
const snatPacket = (flags: number = TcpFlag.SYN): PacketIn => ({
  proto: 6,
  src: ip('192.168.100.177'),
  sport: 54449,
  dst: ip('223.5.5.5'),
  dport: 443,
  flags,
  bytes: 60,
});

function start(extra: TestConfigInput = {}) {
  const clock = new FakeClock();
  const engine = createEngine(seedConfig(extra), { clock });
  engine.onMembershipChange(seedMembership(1));
  expect(engine.process(sshOrg(TcpFlag.SYN)).policyId).toBe(3);
  expect(engine.process(snatPacket()).policyId).toBe(1);
  engine.process(sshReply(TcpFlag.SYN | TcpFlag.ACK));
  engine.process(sshOrg(TcpFlag.ACK));
  return { clock, engine };
}

const policy3 = {
  policyid: 3,
  uuidIdx: 15849,
  srcintf: ['port9'],
  dstintf: ['port3'],
  ztnaStatus: true,
  ztnaEmsTag: ['EMS1_ZTNA_APP_SERVERS'],
};

describe('firewall-session-dirty on a policy edit', () => {
  const cases: [FirewallSessionDirty | undefined, 'check-all' | 'check-new', 'dirty' | 'persistent'][] = [
    [undefined, 'check-all', 'dirty'],
    ['check-all', 'check-new', 'dirty'],
    ['check-new', 'check-all', 'persistent'],
    ['check-policy-option', 'check-all', 'dirty'],
    ['check-policy-option', 'check-new', 'persistent'],
  ];
  for (const [setting, own, mode] of cases) {
    it(`settings ${setting ?? 'default (check-all)'}, policy ${own}: sessions of the edited policy go ${mode}`, () => {
      const settings = setting === undefined ? {} : { firewallSessionDirty: setting };
      const { engine } = start({ settings });
      const edited = seedConfig({
        settings,
        policies: [
          { ...policy3, service: ['SSH', 'HTTPS'], firewallSessionDirty: own },
          { policyid: 1, uuidIdx: 661, srcintf: ['port40'], dstintf: ['port7'], nat: true },
        ],
      });
      const report = engine.applyConfig(edited);
      expect(report.triggers).toEqual([
        { trigger: 'policy', dirty: mode === 'dirty' ? 1 : 0, persistent: mode === 'persistent' ? 1 : 0 },
      ]);
    });
  }

  it('an unchanged config triggers nothing', () => {
    const { engine } = start();
    expect(engine.applyConfig(seedConfig()).triggers).toEqual([]);
  });

  it('a deleted policy: its sessions are re-checked and blocked', () => {
    const { engine, clock } = start();
    engine.applyConfig(
      seedConfig({
        policies: [{ policyid: 1, uuidIdx: 661, srcintf: ['port40'], dstintf: ['port7'], nat: true }],
      }),
    );
    clock.advance(10_000);
    engine.tick();
    expect(engine.stats()).toMatchObject({ total: 1, block: 1 }); // the half-open SNAT session expired at 10 s
    expect(engine.process(sshOrg()).reason).toBe('session-blocked');
  });

  it('a policy added above others that matches none of their sessions marks nothing', () => {
    const { engine } = start();
    const config = seedConfig();
    const policies = new Map([
      [9, { ...config.policies.get(1)!, policyid: 9, srcintf: ['port9'], action: 'deny' as const }],
      ...config.policies,
    ]);
    const report = engine.applyConfig({ ...config, policies });
    expect(report.triggers[0]).toEqual({ trigger: 'policy', dirty: 0, persistent: 0 });
  });

  it('a reordered policy list marks only sessions a moved-up policy now matches', () => {
    const { engine } = start();
    const config = seedConfig();
    const policies = new Map([...config.policies].reverse());
    expect(engine.applyConfig({ ...config, policies }).triggers[0]).toEqual({
      trigger: 'policy',
      dirty: 0,
      persistent: 0,
    });
  });

  it('rejects a config that names an unknown object and keeps the old one', () => {
    const { engine } = start();
    const bad = seedConfig({ policies: [{ ...policy3, dstaddr: ['nowhere'] }] });
    expect(() => engine.applyConfig(bad)).toThrow(/firewall policy 3 dstaddr: unknown address "nowhere"/);
    expect(engine.config.policies.size).toBe(2);
  });
});

describe('strict-dirty-session-check', () => {
  const moved = (strict: boolean) =>
    seedConfig({
      global: { strictDirtySessionCheck: strict },
      policies: [
        { policyid: 8, uuidIdx: 800, srcintf: ['port9'], dstintf: ['port3'], service: ['SSH'] },
        { ...policy3, service: ['SSH'] },
        { policyid: 1, uuidIdx: 661, srcintf: ['port40'], dstintf: ['port7'], nat: true },
      ],
    });

  it('enable (default): a session that now matches another policy is blocked', () => {
    const { engine } = start();
    engine.applyConfig(moved(true));
    expect(engine.process(sshOrg())).toMatchObject({
      action: 'deny',
      reason: 'session-blocked',
      policyId: 0,
    });
  });

  it('disable: the session moves to the new matching policy', () => {
    const { engine } = start({ global: { strictDirtySessionCheck: false } });
    engine.applyConfig(moved(false));
    expect(engine.process(sshOrg())).toMatchObject({ action: 'accept', reason: 'rechecked', policyId: 8 });
    expect(engine.formatSessionList({ policy: 8 })).toContain('policy_id=8 pol_uuid_idx=800');
  });
});

describe('route changes', () => {
  const anyPolicies = [
    { ...policy3, dstintf: ['any'] },
    { policyid: 1, uuidIdx: 661, srcintf: ['port40'], dstintf: ['any'], nat: true },
  ];
  const interfaces = (preserve: boolean) => [
    { name: 'port9', index: 9, ip: '192.168.30.1/24' },
    { name: 'port3', index: 3, ip: '192.168.170.2/24', preserveSessionRoute: preserve },
    { name: 'port40', index: 40, ip: '192.168.100.1/24' },
    { name: 'port7', index: 7, ip: '10.10.12.2/24', preserveSessionRoute: preserve },
    { name: 'port8', index: 8, ip: '10.10.13.2/24' },
  ];
  const knobs = (snatRouteChange: boolean, preserve: boolean): TestConfigInput => ({
    global: { snatRouteChange },
    interfaces: interfaces(preserve),
    policies: anyPolicies,
  });
  /** Adds /32 and /24 routes over port8 that take both sessions away from their current routes. */
  const moreSpecific = (snatRouteChange: boolean, preserve: boolean) =>
    seedConfig({
      ...knobs(snatRouteChange, preserve),
      routes: [
        { seqNum: 1, dst: '192.168.12.0/24', gateway: '192.168.170.1', device: 'port3' },
        { seqNum: 2, dst: '0.0.0.0/0', gateway: '10.10.12.1', device: 'port7' },
        { seqNum: 3, dst: '192.168.12.99/32', gateway: '10.10.13.1', device: 'port8' },
        { seqNum: 4, dst: '223.5.5.0/24', gateway: '10.10.13.1', device: 'port8' },
      ],
    });

  it('defaults: non-SNAT session dirty, SNAT session kept (snat-route-change disable)', () => {
    const { engine } = start({ policies: anyPolicies });
    const report = engine.applyConfig(moreSpecific(false, false));
    expect(report.triggers).toContainEqual({ trigger: 'route', dirty: 1, persistent: 1 });
  });

  it('snat-route-change enable: the SNAT session is dirty too, and its re-check clears it (SNAT address changes)', () => {
    const { engine } = start(knobs(true, false));
    const report = engine.applyConfig(moreSpecific(true, false));
    expect(report.triggers).toContainEqual({ trigger: 'route', dirty: 2, persistent: 0 });
    expect(engine.process(snatPacket(TcpFlag.ACK))).toMatchObject({ action: 'deny', reason: 'snat-changed' });
    expect(engine.stats().total).toBe(1);
    expect(engine.process(sshOrg())).toMatchObject({ action: 'accept', reason: 'rechecked', policyId: 3 });
    expect(engine.formatSessionList()).toContain('dev=9->8/8->9 gwy=10.10.13.1/0.0.0.0');
  });

  it('preserve-session-route enable wins over snat-route-change while the old route remains', () => {
    const { engine } = start(knobs(true, true));
    const report = engine.applyConfig(moreSpecific(true, true));
    expect(report.triggers).toContainEqual({ trigger: 'route', dirty: 0, persistent: 2 });
  });

  it('preserve-session-route enable: a removed route still makes the session dirty', () => {
    const { engine } = start(knobs(false, true));
    const withoutRoute = seedConfig({
      ...knobs(false, true),
      routes: [{ seqNum: 2, dst: '0.0.0.0/0', gateway: '10.10.12.1', device: 'port7' }],
    });
    const report = engine.applyConfig(withoutRoute);
    expect(report.triggers).toContainEqual({ trigger: 'route', dirty: 1, persistent: 0 });
    expect(engine.process(sshOrg())).toMatchObject({ action: 'accept', reason: 'rechecked', policyId: 3 });
    expect(engine.formatSessionList({ policy: 3 })).toContain('dev=9->7/7->9 gwy=10.10.12.1/0.0.0.0');
  });

  it('a route change that leaves a session on the same route touches nothing', () => {
    const { engine } = start();
    const config = seedConfig({
      routes: [
        { seqNum: 1, dst: '192.168.12.0/24', gateway: '192.168.170.1', device: 'port3' },
        { seqNum: 2, dst: '0.0.0.0/0', gateway: '10.10.12.1', device: 'port7' },
        { seqNum: 5, dst: '172.16.0.0/12', gateway: '10.10.12.9', device: 'port7' },
      ],
    });
    expect(engine.applyConfig(config).triggers).toContainEqual({ trigger: 'route', dirty: 0, persistent: 0 });
  });
});

describe('interface changes', () => {
  it('an interface going down marks the sessions leaving it; their re-check finds no usable route', () => {
    const { engine } = start();
    const config = seedConfig({
      interfaces: [
        { name: 'port9', index: 9, ip: '192.168.30.1/24' },
        { name: 'port3', index: 3, ip: '192.168.170.2/24', status: false },
        { name: 'port40', index: 40, ip: '192.168.100.1/24' },
        { name: 'port7', index: 7, ip: '10.10.12.2/24' },
      ],
    });
    expect(engine.applyConfig(config).triggers).toContainEqual({
      trigger: 'interface',
      dirty: 1,
      persistent: 0,
    });
    expect(engine.process(sshOrg())).toMatchObject({ action: 'deny', reason: 'session-blocked' });
  });

  it('a new interface address marks the sessions leaving it; SNAT ones are cleared on re-check', () => {
    const { engine } = start();
    const config = seedConfig({
      interfaces: [
        { name: 'port9', index: 9, ip: '192.168.30.1/24' },
        { name: 'port3', index: 3, ip: '192.168.170.2/24' },
        { name: 'port40', index: 40, ip: '192.168.100.1/24' },
        { name: 'port7', index: 7, ip: '10.10.12.3/24' },
      ],
    });
    const report = engine.applyConfig(config);
    expect(report.triggers).toContainEqual({ trigger: 'interface', dirty: 1, persistent: 0 });
    expect(engine.process(snatPacket(TcpFlag.ACK)).reason).toBe('snat-changed');
    expect(engine.process(snatPacket()).reason).toBe('new-session');
    expect(engine.formatSessionBrief({ dport: 443 })).toContain(
      'tcp 10 192.168.100.177:54449 10.10.12.3:54449 223.5.5.5:443 -',
    );
  });
});
