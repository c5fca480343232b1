import { ipv4ToInt } from '@ztna/proto';
import { describe, expect, it } from 'vitest';
import { factoryConfig } from './factory.js';
import { parseConfigText } from './parse.js';
import { lines } from './test-helpers.js';

const ip = ipv4ToInt;
const base = factoryConfig();
const withPorts = parseConfigText(
  lines(
    'config system interface',
    '  edit "port1"',
    '    set ip 192.168.30.1/24',
    '  next',
    '  edit "port3"',
    '    set ip 192.168.170.2 255.255.255.0',
    '  next',
    'end',
  ),
);

describe('parseConfigText: the seed snippets', () => {
  it('seed 1: config system settings / set dyn-addr-session-check enable / end', () => {
    const c = parseConfigText(
      lines('config system settings', '    set dyn-addr-session-check enable', 'end'),
      base,
    );
    expect(c.systemSettings.dynAddrSessionCheck).toBe(true);
    expect(base.systemSettings.dynAddrSessionCheck).toBe(false);
  });

  it('seed 2: firewall-session-dirty, the fqdn address, preserve-session-route, snat-route-change', () => {
    const c = parseConfigText(
      lines(
        'config system settings',
        'set firewall-session-dirty check-new',
        'end',
        'config system settings',
        'set fqdn-session-check enable',
        'set snat-route-change enable',
        'end',
        'config firewall address',
        'edit "www.fortinet.com"',
        'set type fqdn',
        'set fqdn "www.fortinet.com"',
        'next',
        'end',
        'config system interface',
        'edit "port2"',
        'set preserve-session-route enable',
        'next',
        'end',
      ),
      base,
    );
    expect(c.systemSettings).toMatchObject({ firewallSessionDirty: 'check-new', fqdnSessionCheck: true });
    expect(c.systemGlobal.snatRouteChange).toBe(true);
    expect(c.addresses.get('www.fortinet.com')).toEqual({
      name: 'www.fortinet.com',
      type: 'fqdn',
      fqdn: 'www.fortinet.com',
    });
    expect(c.interfaces.get('port2')).toMatchObject({ preserveSessionRoute: true, index: 3, status: true });
  });
});

describe('parseConfigText: sections', () => {
  it('system global: every knob, and snat-route-change stored once', () => {
    const c = parseConfigText(
      lines(
        'config system global',
        'set hostname "FW-FGT-VM"',
        'set block-session-timer 300',
        'set strict-dirty-session-check disable',
        'set snat-route-change enable',
        'set tcp-halfclose-timer 60',
        'set tcp-halfopen-timer 5',
        'set tcp-timewait-timer 0',
        'set udp-idle-timer 90',
        'end',
      ),
    );
    expect(c.systemGlobal).toEqual({
      hostname: 'FW-FGT-VM',
      blockSessionTimer: 300,
      strictDirtySessionCheck: false,
      snatRouteChange: true,
      tcpHalfcloseTimer: 60,
      tcpHalfopenTimer: 5,
      tcpTimewaitTimer: 0,
      udpIdleTimer: 90,
    });
    const back = parseConfigText(lines('config system settings', 'set snat-route-change disable', 'end'), c);
    expect(back.systemGlobal.snatRouteChange).toBe(false);
  });

  it('system settings: ext-resource-session-check, ses-denied-traffic, unset restores the default', () => {
    const c = parseConfigText(
      lines(
        'config system settings',
        'set ext-resource-session-check enable',
        'set ses-denied-traffic enable',
        'end',
      ),
    );
    expect(c.systemSettings).toMatchObject({ extResourceSessionCheck: true, sesDeniedTraffic: true });
    const u = parseConfigText(lines('config system settings', 'unset ses-denied-traffic', 'end'), c);
    expect(u.systemSettings).toMatchObject({ extResourceSessionCheck: true, sesDeniedTraffic: false });
  });

  it('system interface: ip forms, alias, status, indexes from 3 in creation order or set', () => {
    const c = parseConfigText(
      lines(
        'config system interface',
        'edit "port9"',
        'set index 9',
        'next',
        'edit "port4"',
        'set alias "DMZ"',
        'set status down',
        'next',
        'end',
      ),
      withPorts,
    );
    expect(withPorts.interfaces.get('port1')).toEqual({
      name: 'port1',
      index: 3,
      status: true,
      preserveSessionRoute: false,
      ip: { host: ip('192.168.30.1'), addr: ip('192.168.30.0'), masklen: 24 },
    });
    expect(withPorts.interfaces.get('port3')?.index).toBe(4);
    expect(c.interfaces.get('port9')?.index).toBe(9);
    expect(c.interfaces.get('port4')).toMatchObject({ index: 10, alias: 'DMZ', status: false });
  });

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

  it('the factory services carry FortiOS port ranges', () => {
    expect(base.services.get('SSH')?.tcpPortrange).toEqual([{ low: 22, high: 22 }]);
    expect(base.services.get('DNS')).toMatchObject({
      tcpPortrange: [{ low: 53, high: 53 }],
      udpPortrange: [{ low: 53, high: 53 }],
    });
    expect(base.services.get('PING')).toMatchObject({ protocol: 'ICMP', icmptype: 8 });
    expect(base.services.get('ALL')).toMatchObject({ protocol: 'IP' });
    expect(base.services.get('ALL_ICMP')?.icmptype).toBeUndefined();
    expect(base.services.get('ALL_UDP')?.udpPortrange).toEqual([{ low: 1, high: 65535 }]);
    expect(base.sessionTtl.default).toBe(3600);
  });

  it('system session-ttl with a nested config port table', () => {
    const c = parseConfigText(
      lines(
        'config system session-ttl',
        'set default 7200',
        'config port',
        'edit 1',
        'set protocol 6',
        'set start-port 22',
        'set end-port 22',
        'set timeout 600',
        'next',
        'end',
        'end',
      ),
    );
    expect(c.sessionTtl).toEqual({
      default: 7200,
      port: [{ id: 1, protocol: 6, startPort: 22, endPort: 22, timeout: 600 }],
    });
  });

  it('endpoint-control fctems: id 1-7 with defaults', () => {
    const c = parseConfigText(
      lines(
        'config endpoint-control fctems',
        'edit 2',
        'set name "ems2"',
        'set server "10.0.0.5"',
        'set serial-number "FCTEMS0000000002"',
        'set out-of-sync-threshold 600',
        'next',
        'end',
      ),
    );
    expect(c.fctems.get(2)).toEqual({
      id: 2,
      name: 'ems2',
      serverAddress: '10.0.0.5',
      serialNumber: 'FCTEMS0000000002',
      status: true,
      outOfSyncThreshold: 600,
    });
  });
});
