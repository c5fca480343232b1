import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { TcpFlag, type PacketIn } from '../model/engine-api.js';
import { createEngine, type EngineOptions } from '../engine/engine.js';
import {
  changeOf,
  ip,
  memberChange,
  seedConfig,
  seedMembership,
  sshOrg,
  sshReply,
} from '../../../testing/seed-network.js';
import type { TestConfigInput } from '../../../testing/test-config.js';

const web = (src: string, sport: number, dst = '192.168.12.80', flags: number = TcpFlag.SYN): PacketIn => ({
  proto: 6,
  src: ip(src),
  sport,
  dst: ip(dst),
  dport: 443,
  flags,
  bytes: 60,
  srcintf: 'port9',
});

/** Seed network plus policy 5: HTTPS from port9 to an FQDN or external-resource destination. */
function setup(dstaddr: string, extra: TestConfigInput = {}, options: Partial<EngineOptions> = {}) {
  const clock = new FakeClock();
  const config = (more: TestConfigInput = {}) =>
    seedConfig({
      addresses: [{ name: 'app.example.com', type: 'fqdn', fqdn: 'app.example.com' }],
      externalResources: ['FEED'],
      policies: [
        {
          policyid: 5,
          uuidIdx: 500,
          srcintf: ['port9'],
          dstintf: ['port3'],
          dstaddr: [dstaddr],
          service: ['HTTPS'],
        },
      ],
      ...extra,
      ...more,
    });
  const engine = createEngine(config(), { clock, ...options });
  return { clock, engine, config };
}

/** Seed network with dyn-addr-session-check enabled and the seed's SSH session opened. */
function tagged(options: Partial<EngineOptions> = {}, extra: TestConfigInput = {}) {
  const clock = new FakeClock();
  const engine = createEngine(seedConfig({ settings: { dynAddrSessionCheck: true }, ...extra }), {
    clock,
    ...options,
  });
  engine.onMembershipChange(seedMembership(1));
  engine.process(sshOrg(TcpFlag.SYN));
  return { clock, engine };
}

describe('dyn-addr-session-check', () => {
  it('defaults to disable: the affected session is kept (persistent) and not re-checked by the sweep', () => {
    const clock = new FakeClock();
    const engine = createEngine(seedConfig(), { clock });
    engine.onMembershipChange(seedMembership(1));
    engine.process(sshOrg(TcpFlag.SYN));
    engine.process(sshReply(TcpFlag.SYN | TcpFlag.ACK));
    engine.process(sshOrg(TcpFlag.ACK));
    engine.onMembershipChange(memberChange(2, '192.168.30.108', 'remove'));
    expect(engine.stats()).toMatchObject({ persistent: 1, dirty: 0 });
    clock.advance(60_000);
    engine.tick();
    expect(engine.stats()).toMatchObject({ total: 1, block: 0 });
    expect(engine.process(sshReply()).reason).toBe('persistent');
  });

  it('explicit disable behaves as the default; block-session-timer sets the block lifetime', () => {
    const { clock, engine } = tagged(
      {},
      { settings: { dynAddrSessionCheck: false }, global: { blockSessionTimer: 5 } },
    );
    engine.onMembershipChange(memberChange(2, '192.168.30.108', 'remove'));
    expect(engine.stats()).toMatchObject({ persistent: 1, dirty: 0 });
    engine.applyConfig(
      seedConfig({ settings: { dynAddrSessionCheck: true }, global: { blockSessionTimer: 5 } }),
    );
    engine.onMembershipChange(memberChange(3, '192.168.30.99', 'add'));
    engine.onMembershipChange(memberChange(4, '192.168.30.108', 'add'));
    engine.onMembershipChange(memberChange(5, '192.168.30.108', 'remove'));
    expect(engine.process(sshOrg(TcpFlag.SYN)).reason).toBe('session-blocked');
    expect(engine.formatSessionList()).toContain(' expire=5 ');
    clock.advance(5_000);
    engine.tick();
    expect(engine.stats().total).toBe(0);
  });

  it('enable: only sessions of the changed IP go dirty, found through the IP index', () => {
    const { engine } = tagged();
    engine.process({ ...sshOrg(TcpFlag.SYN), src: ip('192.168.30.47') });
    engine.onMembershipChange(memberChange(2, '192.168.30.108', 'remove'));
    expect(engine.stats()).toMatchObject({ total: 2, dirty: 1 });
  });

  it('a change to an address no policy uses touches nothing', () => {
    const { engine } = tagged();
    engine.onMembershipChange({
      revision: 2,
      created: [{ name: 'EMS1_ZTNA_OTHER', tag: 'OTHER', id: 116, emsId: 1, kind: 'ztna-ip' }],
      deltas: [{ address: 'EMS1_ZTNA_OTHER', member: '192.168.30.108', op: 'add' }],
    });
    expect(engine.stats()).toMatchObject({ dirty: 0, persistent: 0 });
    engine.onMembershipChange({
      revision: 3,
      created: [],
      deltas: [
        { address: 'EMS1_ZTNA_OTHER', member: '192.168.30.108', op: 'remove' },
        { address: 'EMS1_ZTNA_APP_SERVERS', member: '192.168.30.47', op: 'remove' },
      ],
    });
    expect(engine.stats()).toMatchObject({ dirty: 0, persistent: 0 });
  });

  it('an allowed re-check clears dirty and keeps forwarding', () => {
    const { engine } = tagged();
    engine.onMembershipChange(
      changeOf(2, [
        ['192.168.30.108', 'remove'],
        ['192.168.30.108', 'add'],
      ]),
    );
    expect(engine.stats().dirty).toBe(0);
    engine.onMembershipChange(memberChange(3, '192.168.30.99', 'add'));
    engine.onMembershipChange(memberChange(4, '192.168.12.99', 'add'));
    expect(engine.stats().dirty).toBe(1);
    expect(engine.process(sshReply(TcpFlag.SYN | TcpFlag.ACK))).toMatchObject({
      action: 'accept',
      reason: 'rechecked',
      policyId: 3,
    });
    expect(engine.stats()).toMatchObject({ dirty: 0, block: 0 });
  });

  it('sweep delay 0 re-checks at the trigger itself', () => {
    const clock = new FakeClock();
    const engine = createEngine(seedConfig({ settings: { dynAddrSessionCheck: true } }), {
      clock,
      dirtySweepDelayMs: 0,
    });
    engine.onMembershipChange(seedMembership(1));
    engine.process(sshOrg(TcpFlag.SYN));
    engine.onMembershipChange(memberChange(2, '192.168.30.108', 'remove'));
    expect(engine.stats()).toMatchObject({ dirty: 0, block: 1 });
  });

  it('audit mode counts the would-be block and lets the session through', () => {
    const clock = new FakeClock();
    const engine = createEngine(seedConfig({ settings: { dynAddrSessionCheck: true } }), {
      clock,
      audit: true,
    });
    engine.onMembershipChange(seedMembership(1));
    engine.process(sshOrg(TcpFlag.SYN));
    engine.onMembershipChange(memberChange(2, '192.168.30.108', 'remove'));
    expect(engine.process(sshOrg()).action).toBe('accept');
    expect(engine.auditBlocked).toBe(1);
    expect(engine.stats().block).toBe(0);
  });

  it('MAC dynamic addresses match the source MAC and index sessions by it', () => {
    const clock = new FakeClock();
    const mac = '0c:37:96:06:d7:5d';
    const config = seedConfig({
      settings: { dynAddrSessionCheck: true },
      policies: [
        {
          policyid: 7,
          srcintf: ['port9'],
          service: ['SSH'],
          ztnaStatus: true,
          ztnaEmsTag: ['MAC_EMS1_ZTNA_APP_SERVERS'],
        },
      ],
    });
    const engine = createEngine(config, { clock });
    engine.onMembershipChange({
      revision: 1,
      created: [
        { name: 'MAC_EMS1_ZTNA_APP_SERVERS', tag: 'APP_SERVERS', id: 117, emsId: 1, kind: 'ztna-mac' },
      ],
      deltas: [{ address: 'MAC_EMS1_ZTNA_APP_SERVERS', member: mac, op: 'add' }],
    });
    expect(engine.process({ ...sshOrg(TcpFlag.SYN), srcMac: '00:00:00:00:00:01' }).reason).toBe(
      'implicit-deny',
    );
    expect(engine.process({ ...sshOrg(TcpFlag.SYN), srcMac: mac })).toMatchObject({
      action: 'accept',
      policyId: 7,
    });
    expect(engine.formatSessionList()).toContain(`src_mac=${mac}\n`);
    engine.onMembershipChange(memberChange(2, mac, 'remove', 'MAC_EMS1_ZTNA_APP_SERVERS'));
    expect(engine.stats().dirty).toBe(1);
    expect(engine.formatDynamicList()).toContain('MAC dynamic addresses in VDOM root(vfid: 0):');
  });

  it('rejects a revision with an invalid member and applies none of it', () => {
    const engine = createEngine(seedConfig(), { clock: new FakeClock() });
    engine.onMembershipChange(seedMembership(1));
    expect(() =>
      engine.onMembershipChange(
        changeOf(2, [
          ['192.168.30.200', 'add'],
          ['300.1.1.1', 'add'],
        ]),
      ),
    ).toThrow(/invalid member "300.1.1.1"/);
    expect(engine.revision).toBe(1);
    expect(engine.dynamicAddresses()[0]!.members).not.toContain('192.168.30.200');
  });
});

describe('fqdn-session-check', () => {
  for (const [knob, expected] of [
    [undefined, { persistent: 1, dirty: 0 }],
    [false, { persistent: 1, dirty: 0 }],
    [true, { persistent: 0, dirty: 1 }],
  ] as const) {
    it(`${knob === undefined ? 'default (disable)' : knob ? 'enable' : 'disable'}: re-resolution marks the session ${expected.dirty ? 'dirty' : 'persistent'}`, () => {
      const { engine } = setup(
        'app.example.com',
        knob === undefined ? {} : { settings: { fqdnSessionCheck: knob } },
      );
      expect(engine.process(web('192.168.30.108', 40000)).reason).toBe('implicit-deny');
      engine.setFqdnAddresses('app.example.com', [ip('192.168.12.80')]);
      expect(engine.process(web('192.168.30.108', 40000)).policyId).toBe(5);
      const report = engine.setFqdnAddresses('app.example.com', [ip('192.168.12.81')]);
      expect(report).toEqual({ trigger: 'fqdn', ...expected });
      expect(engine.stats()).toMatchObject(expected);
    });
  }

  it('rejects an unknown FQDN address by name', () => {
    const { engine } = setup('app.example.com');
    expect(() => engine.setFqdnAddresses('nope.example.com', [])).toThrow(/nope.example.com/);
  });
});

describe('ext-resource-session-check', () => {
  for (const [knob, expected] of [
    [undefined, { persistent: 1, dirty: 0 }],
    [false, { persistent: 1, dirty: 0 }],
    [true, { persistent: 0, dirty: 1 }],
  ] as const) {
    it(`${knob === undefined ? 'default (disable)' : knob ? 'enable' : 'disable'}: a feed update marks the session ${expected.dirty ? 'dirty' : 'persistent'}`, () => {
      const { engine } = setup(
        'FEED',
        knob === undefined ? {} : { settings: { extResourceSessionCheck: knob } },
      );
      engine.setExternalResource('FEED', ['192.168.12.0/28', '# comment']);
      expect(engine.process(web('192.168.30.108', 40000)).reason).toBe('implicit-deny');
      engine.setExternalResource('FEED', ['192.168.12.80']);
      expect(engine.process(web('192.168.30.108', 40001)).policyId).toBe(5);
      const report = engine.setExternalResource('FEED', ['192.168.12.64-192.168.12.79']);
      expect(report).toEqual({ trigger: 'external-resource', ...expected });
    });
  }

  it('finds sessions inside a large changed range', () => {
    const { engine } = setup('FEED', { settings: { extResourceSessionCheck: true } });
    engine.setExternalResource('FEED', ['192.168.0.0/16']);
    engine.process(web('192.168.30.108', 40000));
    expect(engine.setExternalResource('FEED', []).dirty).toBe(1);
  });

  it('rejects a bad entry naming it', () => {
    const { engine } = setup('FEED');
    expect(() => engine.setExternalResource('FEED', ['10.0.0.0/33'])).toThrow(/10.0.0.0\/33/);
  });
});
