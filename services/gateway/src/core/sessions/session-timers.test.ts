import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { TcpFlag, type PacketIn } from '../model/engine-api.js';
import { createEngine } from '../engine/engine.js';
import { ip, seedConfig, seedMembership, sshOrg, sshReply } from '../../../testing/seed-network.js';
import type { TestConfigInput } from '../../../testing/test-config.js';

function established(extra: TestConfigInput = {}) {
  const clock = new FakeClock();
  const engine = createEngine(seedConfig(extra), { clock });
  engine.onMembershipChange(seedMembership(1));
  engine.process(sshOrg(TcpFlag.SYN));
  engine.process(sshReply(TcpFlag.SYN | TcpFlag.ACK));
  engine.process(sshOrg(TcpFlag.ACK));
  return { clock, engine };
}

const field = (engine: ReturnType<typeof established>['engine'], name: string): string =>
  new RegExp(`${name}=(\\S+)`).exec(engine.formatSessionList())?.[1] ?? 'none';

/** Advances the clock, runs tick(), and checks how many sessions remain. */
function expectTotalAfter(
  engine: ReturnType<typeof established>['engine'],
  clock: FakeClock,
  ms: number,
  total: number,
): void {
  clock.advance(ms);
  engine.tick();
  expect(engine.stats().total).toBe(total);
}

const dns = (bytes = 70): PacketIn => ({
  proto: 17,
  src: ip('192.168.100.177'),
  sport: 5353,
  dst: ip('8.8.8.8'),
  dport: 53,
  flags: 0,
  bytes,
});

describe('session timers', () => {
  it('half-open TCP uses tcp-halfopen-timer (10 s) and expires', () => {
    const clock = new FakeClock();
    const engine = createEngine(seedConfig(), { clock });
    engine.onMembershipChange(seedMembership(1));
    engine.process(sshOrg(TcpFlag.SYN));
    expect(field(engine, 'proto_state')).toBe('02');
    expect(field(engine, 'timeout')).toBe('10');
    expectTotalAfter(engine, clock, 9_999, 1);
    expectTotalAfter(engine, clock, 1, 0);
  });

  it('established TCP lives for session-ttl default (3600 s), refreshed by traffic', () => {
    const { clock, engine } = established();
    expect(field(engine, 'proto_state')).toBe('01');
    expect(field(engine, 'timeout')).toBe('3600');
    clock.advance(3_000_000);
    engine.process(sshReply());
    expectTotalAfter(engine, clock, 3_000_000, 1);
    expectTotalAfter(engine, clock, 600_000, 0);
  });

  it('policy session-ttl overrides the default; a session-ttl port entry applies without it', () => {
    const a = established({
      sessionTtl: { default: 3600, port: [{ id: 1, protocol: 6, startPort: 22, endPort: 22, timeout: 900 }] },
    });
    expect(field(a.engine, 'timeout')).toBe('900');
    const b = established({
      policies: [
        {
          policyid: 3,
          srcintf: ['port9'],
          service: ['SSH'],
          ztnaStatus: true,
          ztnaEmsTag: ['EMS1_ZTNA_APP_SERVERS'],
          sessionTtl: 300,
        },
      ],
    });
    expect(field(b.engine, 'timeout')).toBe('300');
  });

  it('FIN from one side → tcp-halfclose-timer; FIN from both → tcp-timewait-timer, then gone', () => {
    const { clock, engine } = established({ global: { tcpHalfcloseTimer: 120, tcpTimewaitTimer: 1 } });
    engine.process(sshOrg(TcpFlag.FIN | TcpFlag.ACK));
    expect(field(engine, 'proto_state')).toBe('04');
    expect(field(engine, 'timeout')).toBe('120');
    engine.process(sshReply(TcpFlag.FIN | TcpFlag.ACK));
    expect(field(engine, 'proto_state')).toBe('05');
    expect(field(engine, 'timeout')).toBe('1');
    expectTotalAfter(engine, clock, 1_000, 0);
  });

  // FortiOS 7.4 CLI reference, `config system global`: tcp-rst-timer, "Length of the TCP CLOSE state
  // in seconds (5 - 300 sec, default = 5)".
  it('RST closes the session on tcp-rst-timer (default 5 s)', () => {
    const { clock, engine } = established();
    engine.process(sshReply(TcpFlag.RST));
    expect(field(engine, 'proto_state')).toBe('06');
    expect(field(engine, 'timeout')).toBe('5');
    expectTotalAfter(engine, clock, 4_000, 1);
    expectTotalAfter(engine, clock, 1_000, 0);
  });

  it('RST: a configured tcp-rst-timer sets the CLOSE lifetime', () => {
    const { clock, engine } = established({ global: { tcpRstTimer: 30 } });
    engine.process(sshOrg(TcpFlag.RST));
    expect(field(engine, 'timeout')).toBe('30');
    expectTotalAfter(engine, clock, 29_000, 1);
    expectTotalAfter(engine, clock, 1_000, 0);
  });

  it('UDP: proto_state 00 until a reply, 01 after; udp-idle-timer; reply counters', () => {
    const clock = new FakeClock();
    const engine = createEngine(seedConfig(), { clock });
    engine.process(dns());
    expect(field(engine, 'proto_state')).toBe('00');
    expect(field(engine, 'timeout')).toBe('180');
    const reply: PacketIn = {
      proto: 17,
      src: ip('8.8.8.8'),
      sport: 53,
      dst: ip('10.10.12.2'),
      dport: 5353,
      flags: 0,
      bytes: 120,
    };
    expect(engine.process(reply).reason).toBe('established');
    const text = engine.formatSessionList();
    expect(text).toContain('proto_state=01');
    // UDP through SNAT: two tuples (only TCP SNAT prints seed 2's third hook).
    expect(text).toContain('org=70/1/1 reply=120/1/1 tuples=2');
    expect(text).toContain('helper=dns-udp');
    expectTotalAfter(engine, clock, 180_000, 0);
  });

  it('a session whose deadline passed is replaced by a new one even before tick()', () => {
    const clock = new FakeClock();
    const engine = createEngine(seedConfig(), { clock });
    const first = engine.process(dns());
    clock.advance(181_000);
    const second = engine.process(dns());
    expect(second.reason).toBe('new-session');
    expect(second.session).not.toBe(first.session);
    expect(engine.stats().total).toBe(1);
  });

  it('a non-SYN first TCP packet creates no session', () => {
    const engine = createEngine(seedConfig(), { clock: new FakeClock() });
    engine.onMembershipChange(seedMembership(1));
    expect(engine.process(sshOrg(TcpFlag.ACK))).toMatchObject({ action: 'deny', reason: 'invalid-packet' });
  });

  it('time jumps longer than the expiry wheel still expire everything due', () => {
    const clock = new FakeClock();
    const engine = createEngine(seedConfig({ sessionTtl: { default: 100_000 } }), { clock });
    engine.onMembershipChange(seedMembership(1));
    engine.process(sshOrg(TcpFlag.SYN));
    engine.process(sshReply(TcpFlag.SYN | TcpFlag.ACK));
    engine.process(sshOrg(TcpFlag.ACK));
    expectTotalAfter(engine, clock, 99_000_000, 1);
    expectTotalAfter(engine, clock, 1_000_000, 0);
  });
});
