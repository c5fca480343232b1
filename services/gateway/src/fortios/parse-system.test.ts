import { ipv4ToInt } from '@ztna/proto';
import { describe, expect, it } from 'vitest';
import { factoryConfig } from './factory.js';
import { parseConfigText } from './parse.js';
import { lines, twoPorts } from '../../testing/test-helpers.js';

const ip = ipv4ToInt;
const base = factoryConfig();
const withPorts = twoPorts();

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
        'set tcp-rst-timer 30',
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
      tcpRstTimer: 30,
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
