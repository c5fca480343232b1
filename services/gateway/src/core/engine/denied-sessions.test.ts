import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import type { PacketIn } from '../model/engine-api.js';
import { createEngine } from './engine.js';
import { ip, seedConfig } from '../../../testing/seed-network.js';
import type { TestConfigInput } from '../../../testing/test-config.js';

function engineWith(extra: TestConfigInput) {
  const clock = new FakeClock();
  return { clock, engine: createEngine(seedConfig(extra), { clock }) };
}

/** An echo request from an endpoint on port9 to the Internet: no policy allows port9 → port7. */
const ping: PacketIn = {
  proto: 1,
  src: ip('192.168.30.108'),
  sport: 1,
  dst: ip('8.8.8.8'),
  dport: 8,
  flags: 0,
  bytes: 84,
};

const DENIED = { settings: { sesDeniedTraffic: true }, global: { blockSessionTimer: 300 } };

describe('ses-denied-traffic: denied sessions kept in the table', () => {
  // Fortinet community, "Technical Tip: How to enable denied session to be added into the session
  // table" (article 195478): an ICMP echo blocked by the implicit deny, with the values of this network.
  // The sample prints vlan_cos=0/0 and pol_uuid_idx=1; we keep seed 1's vlan_cos=0/255 and its
  // pol_uuid_idx=65 for the implicit deny (the seed wins).
  it('prints a denied ICMP echo as FortiOS does', () => {
    const { clock, engine } = engineWith(DENIED);
    expect(engine.process(ping)).toMatchObject({ action: 'deny', reason: 'implicit-deny', session: 1 });
    clock.advance(3_000);
    expect(engine.formatSessionList().split('\n')).toEqual([
      '',
      'session info: proto=1 proto_state=00 duration=3 expire=297 timeout=0 refresh_dir=both flags=00000000 socktype=0 sockport=0 av_idx=0 use=3',
      'origin-shaper=',
      'reply-shaper=',
      'per_ip_shaper=',
      'class_id=0 ha_id=0 policy_dir=0 tunnel=/ vlan_cos=0/255',
      'state=block may_dirty f15',
      'statistic(bytes/packets/allow_err): org=0/0/0 reply=0/0/0 tuples=2',
      'tx speed(Bps/kbps): 0/0 rx speed(Bps/kbps): 0/0',
      'orgin->sink: org pre->post, reply pre->post dev=9->7/7->9 gwy=10.10.12.1/0.0.0.0',
      'hook=pre dir=org act=noop 192.168.30.108:1->8.8.8.8:8(0.0.0.0:0)',
      'hook=post dir=reply act=noop 8.8.8.8:1->192.168.30.108:0(0.0.0.0:0)',
      'misc=0 policy_id=0 pol_uuid_idx=65 auth_info=0 chk_client_info=0 vd=0',
      'serial=00000001 tos=ff/ff app_list=0 app=0 url_cat=0',
      'rpdb_link_id=00000000 ngfwid=n/a',
      'npu_state=0x000100',
      'no_ofld_reason: block-by-policy npu-flag-off',
      '',
      'total session 1',
      '',
    ]);
  });

  it('drops matching packets, restarts block-session-timer on each, then deletes the session', () => {
    const { clock, engine } = engineWith(DENIED);
    engine.process(ping);
    clock.advance(200_000);
    expect(engine.process(ping)).toMatchObject({ action: 'deny', reason: 'session-blocked', session: 1 });
    clock.advance(299_000);
    engine.tick();
    expect(engine.stats()).toMatchObject({ total: 1, block: 1 });
    expect(engine.formatSessionList()).toContain('org=0/0/0 reply=0/0/0');
    clock.advance(1_000);
    engine.tick();
    expect(engine.stats().total).toBe(0);
  });

  it('records the deny policy that matched, and nothing when the knob is off (the default)', () => {
    const deny = {
      policyid: 9,
      uuidIdx: 900,
      srcintf: ['port9'],
      dstintf: ['port7'],
      action: 'deny' as const,
    };
    const on = engineWith({ ...DENIED, policies: [deny] });
    expect(on.engine.process(ping)).toMatchObject({ action: 'deny', reason: 'policy-deny', policyId: 9 });
    expect(on.engine.formatSessionList()).toContain('misc=0 policy_id=9 pol_uuid_idx=900 ');
    const off = engineWith({ policies: [deny] });
    expect(off.engine.process(ping)).toMatchObject({ action: 'deny', session: 0 });
    expect(off.engine.formatSessionList()).toBe('total session 0\n');
  });
});
