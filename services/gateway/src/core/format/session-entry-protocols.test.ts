import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import type { PacketIn } from '../model/engine-api.js';
import { createEngine } from '../engine/engine.js';
import { ip, seedConfig } from '../../../testing/seed-network.js';

/** Seed network plus policy 4: anything from port9 to port3, no NAT, logged. */
function engineWithPlainPolicy() {
  const clock = new FakeClock();
  const base = seedConfig();
  const config = seedConfig({
    policies: [
      ...[...base.policies.values()],
      { policyid: 4, uuidIdx: 70, srcintf: ['port9'], dstintf: ['port3'], logtraffic: 'all' },
    ],
  });
  return { clock, engine: createEngine(config, { clock }) };
}

const packet = (p: Partial<PacketIn> & Pick<PacketIn, 'proto' | 'src' | 'dst'>): PacketIn => ({
  sport: 0,
  dport: 0,
  flags: 0,
  bytes: 84,
  ...p,
});

/** Lines of a one-entry list without the blank lines around the entry. */
const lines = (text: string): string[] =>
  text
    .trim()
    .split('\n')
    .filter((l) => l !== '');

/** Lines every entry shares, between `session info:` and `class_id=` (seed 1). */
const SHAPERS = ['origin-shaper=', 'reply-shaper=', 'per_ip_shaper='];

describe('diagnose sys session list: ICMP, UDP and SNAT entries', () => {
  // FortiOS 7.4 CLI reference, `diagnose sys session list`, ICMP echo through an SNAT policy:
  //   hook=post dir=org act=snat 10.1.100.11:1->8.8.8.8:8(172.20.120.122:62464)
  //   hook=pre dir=reply act=dnat 8.8.8.8:62464->172.20.120.122:0(10.1.100.11:1)
  // (identifier as the source port, type 8 out, type 0 back, two tuples, no `pos/` line).
  it('prints an ICMP echo through SNAT with the identifier and types in its tuples', () => {
    const { engine, clock } = engineWithPlainPolicy();
    const src = ip('192.168.100.177');
    const dst = ip('8.8.8.8');
    engine.process(packet({ proto: 1, src, sport: 1, dst, dport: 8 }));
    expect(
      engine.process(packet({ proto: 1, src: dst, sport: 1, dst: ip('10.10.12.2'), dport: 0 })).reason,
    ).toBe('established');
    clock.advance(2_000);
    expect(lines(engine.formatSessionList({ proto: 1 }))).toEqual([
      'session info: proto=1 proto_state=00 duration=2 expire=58 timeout=60 refresh_dir=both flags=00000000 socktype=0 sockport=0 av_idx=0 use=3',
      ...SHAPERS,
      'class_id=0 ha_id=0 policy_dir=0 tunnel=/ vlan_cos=0/255',
      'state=log may_dirty f00',
      'statistic(bytes/packets/allow_err): org=84/1/1 reply=84/1/1 tuples=2',
      'tx speed(Bps/kbps): 0/0 rx speed(Bps/kbps): 0/0',
      'orgin->sink: org pre->post, reply pre->post dev=40->7/7->40 gwy=10.10.12.1/192.168.100.177',
      'hook=post dir=org act=snat 192.168.100.177:1->8.8.8.8:8(10.10.12.2:1)',
      'hook=pre dir=reply act=dnat 8.8.8.8:1->10.10.12.2:0(192.168.100.177:1)',
      'misc=0 policy_id=1 pol_uuid_idx=661 auth_info=0 chk_client_info=0 vd=0',
      'serial=00000001 tos=ff/ff app_list=0 app=0 url_cat=0',
      'rpdb_link_id=00000000 ngfwid=n/a',
      'npu_state=0x000100',
      'no_ofld_reason: npu-flag-off',
      'total session 1',
    ]);
  });

  // Seed 1: `get system session list | grep 192.168.30.108` → `icmp 45 192.168.30.108:8 - 172.16.25.100:8 -`
  // (identifier as the source port, the type as the destination port).
  it('prints a plain ICMP session with act=noop tuples and its brief line as seed 1', () => {
    const { engine } = engineWithPlainPolicy();
    engine.process(
      packet({ proto: 1, src: ip('192.168.30.108'), sport: 8, dst: ip('192.168.12.99'), dport: 8 }),
    );
    const text = engine.formatSessionList({ proto: 1 });
    expect(text).toContain(
      [
        'state=log may_dirty f00',
        'statistic(bytes/packets/allow_err): org=84/1/1 reply=0/0/0 tuples=2',
        'tx speed(Bps/kbps): 0/0 rx speed(Bps/kbps): 0/0',
        'orgin->sink: org pre->post, reply pre->post dev=9->3/3->9 gwy=192.168.170.1/0.0.0.0',
        'hook=post dir=org act=noop 192.168.30.108:8->192.168.12.99:8(0.0.0.0:0)',
        'hook=pre dir=reply act=noop 192.168.12.99:8->192.168.30.108:0',
        'misc=0 policy_id=4 pol_uuid_idx=70 auth_info=0 chk_client_info=0 vd=0',
      ].join('\n'),
    );
    expect(engine.formatSessionBrief({ proto: 1 }).split('\n')[1]).toBe(
      'icmp 60 192.168.30.108:8 - 192.168.12.99:8 -',
    );
  });

  // Seed 1's entry carries `helper=dns-udp` with `org=73/1/1 reply=261/1/1`: a DNS query and its answer.
  // FortiOS 7.4 CLI reference, `config system session-helper`: dns-udp is UDP 53. UDP proto_state is 00
  // until the reply, 01 after; SNAT UDP: two NAT hooks and the `pos/` line, tuples=2.
  it('prints a DNS query through SNAT with helper=dns-udp and UDP proto_state', () => {
    const { engine } = engineWithPlainPolicy();
    const src = ip('192.168.100.177');
    const dst = ip('8.8.8.8');
    engine.process(packet({ proto: 17, src, sport: 61208, dst, dport: 53, bytes: 73 }));
    expect(engine.formatSessionList({ proto: 17 })).toContain('session info: proto=17 proto_state=00 ');
    engine.process(
      packet({ proto: 17, src: dst, sport: 53, dst: ip('10.10.12.2'), dport: 61208, bytes: 261 }),
    );
    const got = lines(engine.formatSessionList({ proto: 17 }));
    expect(got[0]).toMatch(
      /^session info: proto=17 proto_state=01 duration=0 expire=180 timeout=180 .* use=3$/,
    );
    expect(got.slice(4, 12)).toEqual([
      'class_id=0 ha_id=0 policy_dir=0 tunnel=/ helper=dns-udp vlan_cos=0/255',
      'state=log may_dirty f00',
      'statistic(bytes/packets/allow_err): org=73/1/1 reply=261/1/1 tuples=2',
      'tx speed(Bps/kbps): 0/0 rx speed(Bps/kbps): 0/0',
      'orgin->sink: org pre->post, reply pre->post dev=40->7/7->40 gwy=10.10.12.1/192.168.100.177',
      'hook=post dir=org act=snat 192.168.100.177:61208->8.8.8.8:53(10.10.12.2:61208)',
      'hook=pre dir=reply act=dnat 8.8.8.8:53->10.10.12.2:61208(192.168.100.177:61208)',
      'pos/(before,after) 0/(0,0), 0/(0,0)',
    ]);
  });

  it('prints no helper= for a session no default helper takes', () => {
    const { engine } = engineWithPlainPolicy();
    engine.process(
      packet({ proto: 17, src: ip('192.168.30.108'), sport: 5000, dst: ip('192.168.12.99'), dport: 514 }),
    );
    const text = engine.formatSessionList({ proto: 17 });
    expect(text).toContain('class_id=0 ha_id=0 policy_dir=0 tunnel=/ vlan_cos=0/255\n');
    expect(text).toContain('hook=pre dir=reply act=noop 192.168.12.99:514->192.168.30.108:5000\n');
  });
});
