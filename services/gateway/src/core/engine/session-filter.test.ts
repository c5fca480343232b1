import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { TcpFlag } from '../model/engine-api.js';
import { createEngine } from './engine.js';
import { ip, seedConfig, seedMembership, snatSyn, sshOrg } from '../../../testing/seed-network.js';

/** Seed 1's SSH session (port9 → port3, no NAT) and seed 2's SNAT session (port40 → port7). */
function twoSessions() {
  const engine = createEngine(seedConfig(), { clock: new FakeClock() });
  engine.onMembershipChange(seedMembership(1));
  engine.process(sshOrg(TcpFlag.SYN));
  engine.process(snatSyn());
  return engine;
}

const serials = (engine: ReturnType<typeof twoSessions>, filter: Parameters<typeof engine.sessions>[0]) =>
  engine.sessions(filter).map((r) => r.serial);

describe('session filter: FortiOS fields, ranges and negate', () => {
  it('matches address and port ranges', () => {
    const engine = twoSessions();
    expect(serials(engine, { src: ip('192.168.30.1'), srcTo: ip('192.168.30.200') })).toEqual([1]);
    expect(serials(engine, { dport: 20, dportTo: 443 })).toEqual([1, 2]);
    expect(serials(engine, { sport: 54300, sportTo: 65535 })).toEqual([2]);
  });

  it('matches the NAT source address and port (nsrc, nport), and the ingress and egress interfaces', () => {
    const engine = twoSessions();
    expect(serials(engine, { nsrc: ip('10.10.12.2') })).toEqual([2]);
    expect(serials(engine, { nport: 54449 })).toEqual([2]);
    expect(serials(engine, { sintf: 'port9' })).toEqual([1]);
    expect(serials(engine, { dintf: 'port7' })).toEqual([2]);
    expect(serials(engine, { dintf: 'port9' })).toEqual([]);
  });

  it('negate inverts a field, and the other fields still AND', () => {
    const engine = twoSessions();
    expect(serials(engine, { dport: 22, negate: ['dport'] })).toEqual([2]);
    expect(serials(engine, { nsrc: ip('10.10.12.2'), negate: ['nsrc'] })).toEqual([1]);
    expect(serials(engine, { dport: 22, negate: ['dport'], proto: 17 })).toEqual([]);
    expect(engine.clearSessions({ policy: 3, negate: ['policy'] })).toBe(1);
    expect(serials(engine, {})).toEqual([1]);
  });
});
