import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { TcpFlag, type PacketIn } from '../model/engine-api.js';
import { createEngine } from '../engine/engine.js';
import { ip } from '../../../testing/seed-network.js';
import { testConfig, type TestConfigInput } from '../../../testing/test-config.js';
import type { MembershipChange } from '../model/membership.js';

const base = (extra: TestConfigInput): TestConfigInput => ({
  interfaces: [
    { name: 'lan', index: 1, ip: '10.1.0.1/16' },
    { name: 'dmz', index: 2, ip: '10.2.0.1/16' },
  ],
  ...extra,
});

const pkt = (src: string, dst: string, proto: 1 | 6 | 17, dport: number, sport = 40000): PacketIn => ({
  proto,
  src: ip(src),
  sport,
  dst: ip(dst),
  dport,
  flags: proto === 6 ? TcpFlag.SYN : 0,
  bytes: 60,
});

const tags: MembershipChange = {
  revision: 1,
  created: ['A', 'B', 'C'].map((t, i) => ({
    name: `EMS1_ZTNA_${t}`,
    tag: t,
    id: 100 + i,
    emsId: 1,
    kind: 'ztna-ip' as const,
  })),
  deltas: [
    { address: 'EMS1_ZTNA_A', member: '10.1.0.10', op: 'add' },
    { address: 'EMS1_ZTNA_B', member: '10.1.0.11', op: 'add' },
    { address: 'EMS1_ZTNA_C', member: '10.1.0.10', op: 'add' },
  ],
};

describe('policy lookup', () => {
  it('top-down first match; implicit deny is policy 0; a deny policy denies', () => {
    const engine = createEngine(
      testConfig(
        base({
          addresses: [{ name: 'h10', type: 'iprange', startIp: ip('10.1.0.10'), endIp: ip('10.1.0.10') }],
          policies: [
            { policyid: 20, srcaddr: ['h10'], action: 'deny', service: ['HTTP'] },
            { policyid: 10, srcintf: ['lan'], dstintf: ['dmz'], service: ['HTTP', 'HTTPS'] },
          ],
        }),
      ),
      { clock: new FakeClock() },
    );
    expect(engine.process(pkt('10.1.0.10', '10.2.0.5', 6, 80))).toMatchObject({
      action: 'deny',
      policyId: 20,
      reason: 'policy-deny',
    });
    expect(engine.process(pkt('10.1.0.11', '10.2.0.5', 6, 80))).toMatchObject({
      action: 'accept',
      policyId: 10,
    });
    expect(engine.process(pkt('10.1.0.10', '10.2.0.5', 6, 443))).toMatchObject({
      action: 'accept',
      policyId: 10,
    });
    expect(engine.process(pkt('10.1.0.11', '10.2.0.5', 6, 22))).toMatchObject({
      action: 'deny',
      policyId: 0,
      reason: 'implicit-deny',
    });
    expect(engine.process(pkt('10.2.0.5', '10.1.0.11', 6, 80))).toMatchObject({ reason: 'implicit-deny' });
    expect(engine.process(pkt('10.1.0.11', '99.0.0.1', 6, 80))).toMatchObject({ reason: 'no-route' });
  });

  it('services: UDP ports, ICMP type, disabled policy skipped, nested address groups', () => {
    const engine = createEngine(
      testConfig(
        base({
          addresses: [{ name: 'net', type: 'ipmask', subnet: { addr: ip('10.2.0.0'), masklen: 24 } }],
          addressGroups: [
            { name: 'inner', member: ['net'] },
            { name: 'outer', member: ['inner'] },
          ],
          policies: [
            { policyid: 1, status: false },
            { policyid: 2, dstaddr: ['outer'], service: ['DNS', 'PING'] },
          ],
        }),
      ),
      { clock: new FakeClock() },
    );
    expect(engine.process(pkt('10.1.0.1', '10.2.0.53', 17, 53)).policyId).toBe(2);
    expect(engine.process(pkt('10.1.0.1', '10.2.0.53', 17, 54)).reason).toBe('implicit-deny');
    expect(engine.process(pkt('10.1.0.1', '10.2.0.53', 1, 8, 77)).policyId).toBe(2);
    expect(engine.process(pkt('10.1.0.1', '10.2.0.53', 1, 13, 78)).reason).toBe('implicit-deny');
    expect(engine.process(pkt('10.1.0.1', '10.2.1.53', 17, 53)).reason).toBe('implicit-deny');
    const reply = { ...pkt('10.2.0.53', '10.1.0.1', 1, 0, 77) };
    expect(engine.process(reply).reason).toBe('established');
  });

  it('ZTNA: OR across ztna-ems-tag, AND with ztna-ems-tag-secondary', () => {
    const engine = createEngine(
      testConfig(
        base({
          policies: [
            { policyid: 1, service: ['SSH'], ztnaStatus: true, ztnaEmsTag: ['EMS1_ZTNA_A', 'EMS1_ZTNA_B'] },
            {
              policyid: 2,
              service: ['RDP'],
              ztnaStatus: true,
              ztnaEmsTag: ['EMS1_ZTNA_A', 'EMS1_ZTNA_B'],
              ztnaEmsTagSecondary: ['EMS1_ZTNA_C'],
            },
            { policyid: 3, service: ['HTTP'], ztnaStatus: false, ztnaEmsTag: ['EMS1_ZTNA_C'] },
          ],
        }),
      ),
      { clock: new FakeClock() },
    );
    engine.onMembershipChange(tags);
    expect(engine.process(pkt('10.1.0.10', '10.2.0.5', 6, 22)).policyId).toBe(1);
    expect(engine.process(pkt('10.1.0.11', '10.2.0.5', 6, 22)).policyId).toBe(1);
    expect(engine.process(pkt('10.1.0.12', '10.2.0.5', 6, 22)).reason).toBe('implicit-deny');
    expect(engine.process(pkt('10.1.0.10', '10.2.0.5', 6, 3389)).policyId).toBe(2);
    expect(engine.process(pkt('10.1.0.11', '10.2.0.5', 6, 3389)).reason).toBe('implicit-deny');
    expect(engine.process(pkt('10.1.0.12', '10.2.0.5', 6, 80)).policyId).toBe(3);
  });

  it('rejects unknown interfaces and services by name', () => {
    const make = (p: TestConfigInput['policies']) => () =>
      createEngine(testConfig(base({ policies: p })), { clock: new FakeClock() });
    expect(make([{ policyid: 4, srcintf: ['port99'] }])).toThrow(
      /firewall policy 4 srcintf: unknown interface "port99"/,
    );
    expect(make([{ policyid: 4, service: ['NOPE'] }])).toThrow(
      /firewall policy 4 service: unknown service "NOPE"/,
    );
    expect(make([{ policyid: 4, srcaddr: ['g'] }])).toThrow(/unknown address "g"/);
  });
});
