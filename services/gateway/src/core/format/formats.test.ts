import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { TcpFlag } from '../model/engine-api.js';
import { createEngine } from '../engine/engine.js';
import { ip, seedConfig, seedMembership, snatSyn, sshOrg } from '../../../testing/seed-network.js';
import type { EndpointRecord } from '../model/membership.js';
import { formatEndpointRecords } from './endpoint-record-format.js';

const SEED2_SNAT = [
  'orgin->sink: org pre->post, reply pre->post dev=40->7/7->40 gwy=10.10.12.1/192.168.100.177',
  'hook=post dir=org act=snat 192.168.100.177:54449->223.5.5.5:443(10.10.12.2:54449)',
  'hook=pre dir=reply act=dnat 223.5.5.5:443->10.10.12.2:54449(192.168.100.177:54449)',
  'hook=post dir=reply act=noop 223.5.5.5:443->192.168.100.177:54449(0.0.0.0:0)',
  'pos/(before,after) 0/(0,0), 0/(0,0)',
  'src_mac=0c:37:96:06:d7:5d',
  'misc=0 policy_id=1 pol_uuid_idx=661 auth_info=0 chk_client_info=0 vd=0',
];

function twoSessions() {
  const clock = new FakeClock();
  const engine = createEngine(seedConfig(), { clock });
  engine.onMembershipChange(seedMembership(1));
  engine.process(sshOrg(TcpFlag.SYN));
  engine.process(snatSyn('0c:37:96:06:d7:5d'));
  return { clock, engine };
}

describe('session formats', () => {
  it('prints an SNAT entry like seed 2', () => {
    const { engine } = twoSessions();
    const text = engine.formatSessionList({ policy: 1 });
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('orgin->sink'));
    expect(lines.slice(at, at + SEED2_SNAT.length)).toEqual(SEED2_SNAT);
    expect(text).toContain('statistic(bytes/packets/allow_err): org=60/1/1 reply=0/0/0 tuples=3\n');
    expect(text).toContain('rpdb_link_id=00000000 ngfwid=n/a\n');
    // Seed 1's second printout: a blank line before the entry and before the total.
    expect(text.startsWith('\nsession info: proto=6 ')).toBe(true);
    expect(text.endsWith('no_ofld_reason: npu-flag-off\n\ntotal session 1\n')).toBe(true);
  });

  it('lists several sessions separated by a blank line, in serial order, with the total last', () => {
    const { engine } = twoSessions();
    const text = engine.formatSessionList();
    expect(text.match(/^session info:/gm)).toHaveLength(2);
    expect(text).toContain('npu-flag-off\n\nsession info:');
    expect(text).toMatch(/serial=00000001[\s\S]*serial=00000002/);
    expect(text.endsWith('total session 2\n')).toBe(true);
  });

  it('get system session list: header, `-` for no NAT, the SNAT address otherwise', () => {
    const { engine } = twoSessions();
    expect(engine.formatSessionBrief()).toBe(
      [
        'PROTO EXPIRE SOURCE SOURCE-NAT DESTINATION DESTINATION-NAT',
        'tcp 10 192.168.30.108:54225 - 192.168.12.99:22 -',
        'tcp 10 192.168.100.177:54449 10.10.12.2:54449 223.5.5.5:443 -',
        '',
      ].join('\n'),
    );
  });

  it('filters by every field and clears only the matching sessions', () => {
    const { engine } = twoSessions();
    expect(engine.formatSessionList({ src: ip('192.168.30.108') })).toContain('total session 1');
    expect(engine.formatSessionList({ dst: ip('223.5.5.5'), dport: 443, sport: 54449, proto: 6 })).toContain(
      'total session 1',
    );
    expect(engine.formatSessionList({ intf: 'port3' })).toContain('total session 1');
    expect(engine.formatSessionList({ proto: 17 })).toBe('total session 0\n');
    expect(engine.clearSessions({ policy: 3 })).toBe(1);
    expect(engine.stats().total).toBe(1);
    expect(engine.clearSessions()).toBe(1);
    expect(engine.formatSessionStatus()).toBe('The total number of sessions for the current VDOM: 0\n');
  });

  it('diagnose firewall dynamic list without a name lists all under the VDOM header', () => {
    const { engine } = twoSessions();
    expect(engine.formatDynamicList()).toBe(
      [
        'List all dynamic addresses:',
        'IP dynamic addresses in VDOM root(vfid: 0):',
        'CMDB name: EMS1_ZTNA_APP_SERVERS',
        'TAG name: APP_SERVERS',
        'EMS1_ZTNA_APP_SERVERS: ID(115)',
        'ADDR(192.168.30.47)',
        'ADDR(192.168.30.35)',
        'ADDR(192.168.30.108)',
        'ADDR(192.168.30.126)',
        'Total IP dynamic range blocks: 0.',
        'Total IP dynamic addresses: 4.',
        '',
      ].join('\n'),
    );
    expect(engine.formatDynamicList('EMS1_ZTNA_NONE')).toBe('');
  });
});

describe('formatEndpointRecords', () => {
  const record = (over: Partial<EndpointRecord>): EndpointRecord => ({
    emsId: 1,
    emsSerial: 'FCTEMS8821001322',
    tenantId: undefined,
    registered: true,
    uid: '5FCFA3ECDE4D478C911D9232EC9299FD',
    hostname: 'WIN10-01',
    user: 'Administrator',
    ips: ['192.168.30.108'],
    macs: ['0c:37:96:06:d7:5d', '0c:37:96:06:d7:5e'],
    online: true,
    quarantined: false,
    ztnaTags: ['APP_SERVERS'],
    classificationTags: [],
    outOfSync: false,
    ...over,
  });
  const ctx = {
    serial: 'FGVM00ZTNASIM001',
    interfaceOf: (ip: string) => (ip.startsWith('192.168.30.') ? 'port9' : undefined),
  };

  // Fortinet docs: "ZTNA troubleshooting and debugging commands" (FortiOS 7.2), `diagnose endpoint record
  // list 10.1.100.189`: same fields in the same order, with this endpoint's values. The fields EMS does not
  // send the simulator (FortiClient/AVDB versions, OS, hardware, client cert SN, public IP) are left out.
  it('prints a record with FortiOS fields in FortiOS order, then the counts', () => {
    expect(formatEndpointRecords([record({})], ctx).split('\n')).toEqual([
      'Record #1:',
      '\tIP Address = 192.168.30.108',
      '\tMAC Address = 0c:37:96:06:d7:5d',
      '\tMAC list = 0c:37:96:06:d7:5d;0c:37:96:06:d7:5e;',
      '\tVDOM = root (0)',
      '\tEMS serial number: FCTEMS8821001322',
      '\tEMS tenant id: 00000000000000000000000000000000',
      '\tQuarantined: no',
      '\tOnline status: online',
      '\tRegistration status: registered',
      '\tOn-net status: on-net',
      '\tGateway Interface: port9',
      '\tFortiClient UID: 5FCFA3ECDE4D478C911D9232EC9299FD',
      '\tHost Name: WIN10-01',
      '\tLast Login User: Administrator',
      '\tNumber of Routes: (1)',
      '\t\tGateway Route #0:',
      '\t\t\t- IP:192.168.30.108, MAC: 0c:37:96:06:d7:5d, Indirect: no',
      '\t\t\t- Interface:port9, VFID:0, SN: FGVM00ZTNASIM001',
      'online records: 1; offline records: 0; quarantined records: 0; out-of-sync records: 0',
      '',
    ]);
  });

  it('prints the tenant, offline, unregistered and quarantined states and counts each', () => {
    const text = formatEndpointRecords(
      [
        record({}),
        record({
          emsSerial: 'FCTEMS0000000002',
          tenantId: 'a1b2c3',
          ips: ['10.9.9.9'],
          online: false,
          registered: false,
          quarantined: true,
          outOfSync: true,
        }),
      ],
      ctx,
    );
    expect(text).toContain(
      'Record #2:\n\tIP Address = 10.9.9.9\n\tMAC Address = 0c:37:96:06:d7:5d\n\tMAC list = 0c:37:96:06:d7:5d;0c:37:96:06:d7:5e;\n\tVDOM = root (0)\n\tEMS serial number: FCTEMS0000000002\n\tEMS tenant id: a1b2c3\n\tQuarantined: yes\n\tOnline status: offline\n\tRegistration status: unregistered\n\tOn-net status: off-net\n\tGateway Interface: \n',
    );
    expect(text).toContain(
      '\tNumber of Routes: (0)\nonline records: 1; offline records: 1; quarantined records: 1; out-of-sync records: 1\n',
    );
  });

  it('with no records prints only the counts', () => {
    expect(formatEndpointRecords([], ctx)).toBe(
      'online records: 0; offline records: 0; quarantined records: 0; out-of-sync records: 0\n',
    );
  });
});
