import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { TcpFlag } from '../model/engine-api.js';
import { createEngine } from './engine.js';
import {
  memberChange,
  seedConfig,
  seedMembership,
  sshOrg,
  sshReply,
  SEED_DYNAMIC_BLOCK,
} from '../../../testing/seed-network.js';

// Seed 1's second printout, blank lines included (a blank line before the entry and before the total).
const SEED_ESTABLISHED = `
session info: proto=6 proto_state=01 duration=709 expire=3540 timeout=3600 refresh_dir=both flags=00000000 socktype=0 sockport=0 av_idx=0 use=3
origin-shaper=
reply-shaper=
per_ip_shaper=
class_id=0 ha_id=0 policy_dir=0 tunnel=/ helper=dns-udp vlan_cos=0/255
state=log may_dirty f00
statistic(bytes/packets/allow_err): org=73/1/1 reply=261/1/1 tuples=2
tx speed(Bps/kbps): 0/0 rx speed(Bps/kbps): 0/0
orgin->sink: org pre->post, reply pre->post dev=9->3/3->9 gwy=192.168.170.1/0.0.0.0
hook=post dir=org act=noop 192.168.30.108:54225->192.168.12.99:22(0.0.0.0:0)
hook=pre dir=reply act=noop 192.168.12.99:22->192.168.30.108:54225
misc=0 policy_id=3 pol_uuid_idx=15849 auth_info=0 chk_client_info=0 vd=0
serial=000fb1fd tos=ff/ff app_list=0 app=0 url_cat=0
rpdb_link_id=80000000 ngfwid=n/a
npu_state=0x000100
no_ofld_reason: npu-flag-off

total session 1`;

const SEED_DIRTY = SEED_ESTABLISHED.replace('state=log may_dirty f00', 'state=dirty may_dirty acct-ext');

const SEED_BLOCK = SEED_ESTABLISHED.replace('expire=3540', 'expire=28')
  .replace('state=log may_dirty f00', 'state=block may_dirty authed acct-ext')
  .replace('policy_id=3 pol_uuid_idx=15849', 'policy_id=0 pol_uuid_idx=65')
  .replace('no_ofld_reason: npu-flag-off', 'no_ofld_reason: block-by-policy npu-flag-off');

/** Values blanked so that lines compare by structure and field names (serial, counters, times differ). */
const shape = (line: string): string =>
  line
    .replace(/ helper=dns-udp/, '')
    .replace(/\b[0-9a-f]{8}\b/g, 'HEX')
    .replace(/\d+/g, 'N');

function expectSeedLayout(actual: string, seed: string): void {
  const got = actual.trimEnd().split('\n');
  const want = seed.split('\n');
  expect(got.map(shape)).toEqual(want.map(shape));
}

function field(text: string, name: string): string {
  const m = new RegExp(`(?:^|[ \\n])${name}=([^ \\n]*)`).exec(text);
  if (m === null) throw new Error(`no ${name}= in:\n${text}`);
  return m[1]!;
}

function establish() {
  const clock = new FakeClock();
  const engine = createEngine(seedConfig(), { clock });
  engine.onMembershipChange(seedMembership(1));
  expect(engine.process(sshOrg(TcpFlag.SYN, 60))).toMatchObject({
    action: 'accept',
    policyId: 3,
    reason: 'new-session',
  });
  expect(engine.process(sshReply(TcpFlag.SYN | TcpFlag.ACK, 60)).reason).toBe('established');
  expect(engine.process(sshOrg(TcpFlag.ACK, 13)).action).toBe('accept');
  return { clock, engine };
}

describe('seed 1 replay: ZTNA tag removal and existing sessions', () => {
  it('prints the established session with the seed layout and values', () => {
    const { clock, engine } = establish();
    clock.advance(4_000);
    const text = engine.formatSessionList();
    expectSeedLayout(text, SEED_ESTABLISHED);
    expect(text).toContain('state=log may_dirty f00\n');
    expect(text).toContain('dev=9->3/3->9 gwy=192.168.170.1/0.0.0.0\n');
    expect(text).toContain('hook=post dir=org act=noop 192.168.30.108:54225->192.168.12.99:22(0.0.0.0:0)\n');
    expect(text).toContain('hook=pre dir=reply act=noop 192.168.12.99:22->192.168.30.108:54225\n');
    expect(text).toContain('misc=0 policy_id=3 pol_uuid_idx=15849 auth_info=0 chk_client_info=0 vd=0\n');
    expect(field(text, 'proto_state')).toBe('01');
    expect(field(text, 'timeout')).toBe('3600');
    expect(field(text, 'duration')).toBe('4');
    expect(field(text, 'expire')).toBe('3596');
    expect(engine.formatSessionBrief()).toBe(
      'PROTO EXPIRE SOURCE SOURCE-NAT DESTINATION DESTINATION-NAT\ntcp 3596 192.168.30.108:54225 - 192.168.12.99:22 -\n',
    );
    expect(engine.formatDynamicList('EMS1_ZTNA_APP_SERVERS')).toBe([...SEED_DYNAMIC_BLOCK, ''].join('\n'));
  });

  it('knob disabled, then enabled: survives the removal, then goes dirty, then block, then expires', () => {
    const { clock, engine } = establish();
    clock.advance(700_000);
    engine.onMembershipChange(memberChange(2, '192.168.30.108', 'remove'));
    expect(engine.formatDynamicList('EMS1_ZTNA_APP_SERVERS')).toContain('Total IP dynamic addresses: 3.');
    expect(engine.process(sshOrg()).action).toBe('accept');
    expect(engine.process(sshReply())).toMatchObject({ action: 'accept', policyId: 3, reason: 'persistent' });
    clock.advance(20_000);
    engine.tick();
    const kept = engine.formatSessionList();
    expectSeedLayout(kept, SEED_ESTABLISHED);
    expect(field(kept, 'policy_id')).toBe('3');
    expect(engine.stats()).toMatchObject({ total: 1, persistent: 1, dirty: 0, block: 0 });
    // A new session from the untagged endpoint is refused while the old one lives on.
    expect(engine.process({ ...sshOrg(TcpFlag.SYN), sport: 54226 })).toMatchObject({
      action: 'deny',
      reason: 'implicit-deny',
    });

    engine.onMembershipChange(memberChange(3, '192.168.30.108', 'add'));
    engine.applyConfig(seedConfig({ settings: { dynAddrSessionCheck: true } }));
    engine.onMembershipChange(memberChange(4, '192.168.30.108', 'remove'));
    const dirty = engine.formatSessionList();
    expectSeedLayout(dirty, SEED_DIRTY);
    expect(field(dirty, 'state')).toBe('dirty');
    expect(dirty).toContain('state=dirty may_dirty acct-ext\n');
    expect(field(dirty, 'policy_id')).toBe('3');

    clock.advance(9_999);
    engine.tick();
    expect(engine.stats()).toMatchObject({ dirty: 1, block: 0 });
    clock.advance(1);
    engine.tick();
    const blocked = engine.formatSessionList();
    expectSeedLayout(blocked, SEED_BLOCK);
    expect(blocked).toContain('state=block may_dirty authed acct-ext\n');
    expect(blocked).toContain('policy_id=0 pol_uuid_idx=65');
    expect(blocked).toContain('no_ofld_reason: block-by-policy npu-flag-off\n');
    expect(Number(field(blocked, 'expire'))).toBeLessThanOrEqual(30);
    expect(field(blocked, 'timeout')).toBe('3600');

    clock.advance(25_000);
    expect(engine.process(sshOrg())).toMatchObject({
      action: 'deny',
      policyId: 0,
      reason: 'session-blocked',
    });
    expect(engine.process(sshReply()).reason).toBe('session-blocked');
    expect(field(engine.formatSessionList(), 'expire')).toBe('30');
    clock.advance(29_000);
    engine.tick();
    expect(engine.stats().total).toBe(1);
    clock.advance(1_000);
    engine.tick();
    expect(engine.formatSessionList()).toBe('total session 0\n');
  });

  it('knob enabled: the next packet re-checks at once, before the sweep', () => {
    const { engine } = establish();
    engine.applyConfig(seedConfig({ settings: { dynAddrSessionCheck: true } }));
    engine.onMembershipChange(memberChange(2, '192.168.30.108', 'remove'));
    expect(engine.stats()).toMatchObject({ dirty: 1 });
    expect(engine.process(sshReply())).toMatchObject({
      action: 'deny',
      policyId: 0,
      reason: 'session-blocked',
    });
    expect(engine.stats()).toMatchObject({ dirty: 0, block: 1 });
  });

  it('ignores a membership revision it has already applied', () => {
    const { engine } = establish();
    engine.applyConfig(seedConfig({ settings: { dynAddrSessionCheck: true } }));
    engine.onMembershipChange(memberChange(1, '192.168.30.108', 'remove'));
    expect(engine.revision).toBe(1);
    expect(engine.dynamicAddresses()[0]!.members).toContain('192.168.30.108');
    expect(engine.stats().dirty).toBe(0);
  });
});
