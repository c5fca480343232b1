import { describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { createEngine } from '../core/engine/engine.js';
import { TcpFlag } from '../core/model/engine-api.js';
import { memberChange, seedConfig, seedMembership, sshOrg, sshReply } from '../../testing/seed-network.js';
import { MembershipEvents } from '../runtime/membership-events.js';
import { EventFeed } from './event-feed.js';
import { EPOCH_SPAN, type FeedEvent } from './feed-event.js';

function setup(ringSize = 100, dirty = true) {
  const clock = new FakeClock(Date.UTC(2025, 4, 10, 11, 50, 48));
  const base = seedConfig();
  const config = {
    ...base,
    systemGlobal: { ...base.systemGlobal, hostname: 'FW-FGT-VM' },
    systemSettings: { ...base.systemSettings, dynAddrSessionCheck: dirty },
    logSetting: { fwpolicyImplicitLog: true },
  };
  const holder: { engine?: ReturnType<typeof createEngine> } = {};
  const feed = new EventFeed({
    gatewayId: 'gw1',
    ringSize,
    serial: 'FGVM02TM00000001',
    config: () => holder.engine!.config,
    revision: () => holder.engine!.revision,
  });
  const engine = createEngine(config, { clock, dirtySweepDelayMs: 10_000, events: feed });
  holder.engine = engine;
  const events: FeedEvent[] = [];
  feed.subscribe((e) => events.push(e));
  const membership = new MembershipEvents(() => undefined);
  const apply = (change: Parameters<typeof engine.onMembershipChange>[0]): void => {
    membership.emit(change, feed, clock.now());
    engine.onMembershipChange(change);
  };
  return { clock, feed, engine, events, apply };
}

describe('event feed', () => {
  it('tells seed 1: membership, dirty on the tag removal, block (policy 0) on the sweep, with log lines', () => {
    const { clock, feed, engine, events, apply } = setup();
    feed.begin(3);
    apply(seedMembership(1));
    expect(engine.process(sshOrg(TcpFlag.SYN)).action).toBe('accept');
    engine.process(sshReply(TcpFlag.SYN | TcpFlag.ACK));
    engine.process(sshOrg(TcpFlag.ACK, 0));
    apply(memberChange(2, '192.168.30.108', 'remove'));
    clock.advance(10_000);
    engine.tick();
    expect(events.map((e) => e.kind)).toEqual(['membership', 'membership', 'session', 'log', 'session']);
    expect(events.map((e) => e.id)).toEqual([1, 2, 3, 4, 5].map((n) => 3 * EPOCH_SPAN + n));
    const [added, removed, dirty, log, block] = events;
    expect(added).toMatchObject({
      gatewayId: 'gw1',
      revision: 1,
      membership: { address: 'EMS1_ZTNA_APP_SERVERS', tag: 'APP_SERVERS', addressId: 115, removed: [] },
    });
    expect(removed).toMatchObject({ revision: 2, membership: { added: [], removed: ['192.168.30.108'] } });
    expect(dirty).toMatchObject({
      session: {
        transition: 'dirty',
        trigger: 'dyn-addr',
        policyBefore: 3,
        policyAfter: 3,
        src: '192.168.30.108',
      },
    });
    expect(block).toMatchObject({
      session: { transition: 'block', trigger: 'sweep', policyBefore: 3, policyAfter: 0 },
    });
    expect(log).toMatchObject({ log: { action: 'deny', policyId: 0 } });
    expect(log?.kind === 'log' && log.log.line).toMatch(
      /^date=2025-05-10 time=11:50:58 devname="FW-FGT-VM" devid="FGVM02TM00000001" eventtime=\d+000000 tz="\+0000" logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip=192\.168\.30\.108 srcport=54225 srcintf="port9" srcintfrole="undefined" dstip=192\.168\.12\.99 dstport=22 dstintf="port3" dstintfrole="undefined" sessionid=1 proto=6 action="deny" policyid=0 policytype="policy" service="SSH" trandisp="noop" duration=10 sentbyte=73 rcvdbyte=261 sentpkt=2 rcvdpkt=1/,
    );
  });

  it('logs the implicit deny of a new session, and nothing on the established path', () => {
    const { feed, engine, events, apply } = setup();
    feed.begin(1);
    apply(seedMembership(1));
    engine.process(sshOrg(TcpFlag.SYN));
    const before = events.length;
    for (let i = 0; i < 5; i++) engine.process(sshOrg(TcpFlag.ACK));
    expect(events.length).toBe(before);
    engine.process({ ...sshOrg(TcpFlag.SYN), src: (192 << 24) + (168 << 16) + (30 << 8) + 200 });
    const last = events.at(-1);
    expect(last?.kind).toBe('log');
    expect(last?.kind === 'log' && last.log.line).toContain(
      'srcip=192.168.30.200 srcport=54225 srcintf="port9" srcintfrole="undefined" dstip=192.168.12.99 dstport=22 dstintf="port3" dstintfrole="undefined" sessionid=0 proto=6 action="deny" policyid=0 policytype="policy" service="SSH" trandisp="noop" duration=0 sentbyte=73 rcvdbyte=0 sentpkt=1 rcvdpkt=0 appcat="unscanned" crscore=30 craction=131072 crlevel="high"',
    );
  });

  it('marks persistent with the knob off, and tells a clear and an expiry', () => {
    const { clock, feed, engine, events, apply } = setup(100, false);
    feed.begin(1);
    apply(seedMembership(1));
    engine.process(sshOrg(TcpFlag.SYN));
    apply(memberChange(2, '192.168.30.108', 'remove'));
    expect(events.at(-1)).toMatchObject({ session: { transition: 'persistent', trigger: 'dyn-addr' } });
    clock.advance(11_000);
    engine.tick();
    expect(events.at(-2)).toMatchObject({ session: { transition: 'expired', trigger: 'expiry' } });
    expect(events.at(-1)).toMatchObject({ kind: 'log', log: { action: 'timeout', policyId: 3 } });
    engine.process(sshOrg(TcpFlag.SYN));
    engine.process({ ...sshOrg(TcpFlag.SYN), sport: 40000, src: (192 << 24) + (168 << 16) + (30 << 8) + 47 });
    expect(engine.clearSessions()).toBe(1);
    expect(events.filter((e) => e.kind === 'session').at(-1)).toMatchObject({
      session: { transition: 'cleared', trigger: 'clear', sport: 40000 },
    });
  });

  it('keeps events produced before its epoch and numbers them at begin; the ring answers 410 when too old', () => {
    const { feed, events, apply } = setup(4);
    apply(seedMembership(1));
    expect(events).toEqual([]);
    expect(() => feed.ring).toThrow(/starting/);
    feed.begin(2);
    expect(events.map((e) => e.id)).toEqual([2 * EPOCH_SPAN + 1]);
    for (let r = 2; r <= 7; r++) apply(memberChange(r, `192.168.30.${r}`, 'add'));
    const last = feed.lastId;
    expect(last).toBe(2 * EPOCH_SPAN + 7);
    expect(feed.ring.oldestId).toBe(last - 3);
    const read = feed.ring.since(last - 2, 10);
    expect('events' in read && read.events.map((e) => e.id)).toEqual([last - 1, last]);
    expect(feed.ring.since(last - 5, 10)).toEqual({ gone: true, oldestId: last - 3 });
    expect(feed.ring.since(1 * EPOCH_SPAN + 9, 10)).toEqual({ gone: true, oldestId: last - 3 });
    const typed = feed.ring.since(0, 10, new Set(['session']));
    expect('events' in typed && typed.events).toEqual([]);
  });
});
