import { ipv4ToInt } from '@ztna/proto';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from './parse.js';
import { showConfig } from './show.js';
import { lines, twoPorts } from '../../testing/test-helpers.js';

const ip = ipv4ToInt;
const withPorts = twoPorts();

describe('parseConfigText: routes, addresses, groups and services', () => {
  it('router static: seq-num from edit id (0 = next free), defaults, every attribute', () => {
    const c = parseConfigText(
      lines(
        'config router static',
        'edit 5',
        'set dst 192.168.12.0 255.255.255.0',
        'set gateway 192.168.170.1',
        'set device "port3"',
        'set distance 20',
        'set priority 5',
        'set status disable',
        'next',
        'edit 0',
        'set device "port1"',
        'next',
        'end',
      ),
      withPorts,
    );
    expect(c.staticRoutes.get(5)).toEqual({
      seqNum: 5,
      dst: { addr: ip('192.168.12.0'), masklen: 24 },
      gateway: ip('192.168.170.1'),
      device: 'port3',
      distance: 20,
      priority: 5,
      status: false,
    });
    expect(c.staticRoutes.get(6)).toEqual({
      seqNum: 6,
      dst: { addr: 0, masklen: 0 },
      gateway: 0,
      device: 'port1',
      distance: 10,
      priority: 1,
      status: true,
    });
  });

  it('firewall address: ipmask (host bits cleared), iprange, dynamic ems-tag IP and MAC, comment', () => {
    const c = parseConfigText(
      lines(
        'config firewall address',
        'edit "h"',
        'set subnet 192.168.12.99/24',
        'set comment "app net"',
        'next',
        'edit "r"',
        'set type iprange',
        'set start-ip 10.0.0.1',
        'set end-ip 10.0.0.9',
        'next',
        'edit "EMS1_ZTNA_APP_SERVERS"',
        'set type dynamic',
        'set sub-type ems-tag',
        'set obj-tag "APP_SERVERS"',
        'next',
        'edit "MAC_EMS1_ZTNA_APP_SERVERS"',
        'set type dynamic',
        'set sub-type ems-tag',
        'set obj-type mac',
        'set obj-tag "APP_SERVERS"',
        'next',
        'end',
      ),
    );
    expect(c.addresses.get('h')).toEqual({
      name: 'h',
      type: 'ipmask',
      subnet: { addr: ip('192.168.12.0'), masklen: 24 },
      comment: 'app net',
    });
    expect(c.addresses.get('r')).toEqual({
      name: 'r',
      type: 'iprange',
      startIp: ip('10.0.0.1'),
      endIp: ip('10.0.0.9'),
    });
    expect(c.addresses.get('EMS1_ZTNA_APP_SERVERS')).toEqual({
      name: 'EMS1_ZTNA_APP_SERVERS',
      type: 'dynamic',
      subType: 'ems-tag',
      objTag: 'APP_SERVERS',
      macAddr: false,
    });
    expect(c.addresses.get('MAC_EMS1_ZTNA_APP_SERVERS')).toMatchObject({ macAddr: true });
    expect(c.addresses.get('all')).toEqual({ name: 'all', type: 'ipmask', subnet: { addr: 0, masklen: 0 } });
  });

  // FortiOS 7.x config backups carry the factory object FCTEMS_ALL_FORTICLOUD_SERVERS as
  // `set uuid …` / `set type dynamic` / `set sub-type ems-tag` with no obj-tag; it pastes and shows back
  it('firewall address: a dynamic ems-tag object without obj-tag (FCTEMS_ALL_FORTICLOUD_SERVERS)', () => {
    const text = lines(
      'config firewall address',
      '    edit "FCTEMS_ALL_FORTICLOUD_SERVERS"',
      '        set uuid 94f4fec4-9ba7-51eb-acbf-5d2685a0fee6',
      '        set type dynamic',
      '        set sub-type ems-tag',
      '    next',
      'end',
    );
    const c = parseConfigText(text);
    expect(c.addresses.get('FCTEMS_ALL_FORTICLOUD_SERVERS')).toMatchObject({
      type: 'dynamic',
      subType: 'ems-tag',
      macAddr: false,
    });
    expect(c.addresses.get('FCTEMS_ALL_FORTICLOUD_SERVERS')).not.toHaveProperty('objTag');
    expect(showConfig(c, 'firewall address FCTEMS_ALL_FORTICLOUD_SERVERS')).toBe(text);
  });

  it('firewall addrgrp (nested), external resource, append and unselect', () => {
    const c = parseConfigText(
      lines(
        'config system external-resource',
        'edit "feed"',
        'set type address',
        'set resource "https://feeds.example/ips.txt"',
        'set refresh-rate 15',
        'next',
        'end',
        'config firewall addrgrp',
        'edit "inner"',
        'set member "all" "feed"',
        'next',
        'edit "outer"',
        'set member "inner"',
        'append member "none"',
        'next',
        'edit "inner"',
        'unselect member "all"',
        'next',
        'end',
      ),
    );
    expect(c.externalResources.get('feed')).toEqual({
      name: 'feed',
      type: 'address',
      resource: 'https://feeds.example/ips.txt',
      refreshRate: 15,
      status: true,
    });
    expect(c.addressGroups.get('outer')).toEqual({ name: 'outer', member: ['inner', 'none'] });
    expect(c.addressGroups.get('inner')).toEqual({ name: 'inner', member: ['feed'] });
  });

  it('firewall service custom and group: port ranges, ICMP type, IP protocol number', () => {
    const c = parseConfigText(
      lines(
        'config firewall service custom',
        'edit "APP"',
        'set tcp-portrange 22 1000-2000',
        'set udp-portrange 53',
        'next',
        'edit "ECHO"',
        'set protocol ICMP',
        'set icmptype 8',
        'next',
        'edit "VRRP"',
        'set protocol IP',
        'set protocol-number 112',
        'next',
        'end',
        'config firewall service group',
        'edit "G"',
        'set member "APP" "ECHO" "Web Access"',
        'next',
        'end',
      ),
    );
    expect(c.services.get('APP')).toEqual({
      name: 'APP',
      protocol: 'TCP/UDP/SCTP',
      tcpPortrange: [
        { low: 22, high: 22 },
        { low: 1000, high: 2000 },
      ],
      udpPortrange: [{ low: 53, high: 53 }],
    });
    expect(c.services.get('ECHO')).toMatchObject({ protocol: 'ICMP', icmptype: 8, tcpPortrange: [] });
    expect(c.services.get('VRRP')).toMatchObject({ protocol: 'IP', protocolNumber: 112 });
    expect(c.serviceGroups.get('G')?.member).toEqual(['APP', 'ECHO', 'Web Access']);
  });
});
