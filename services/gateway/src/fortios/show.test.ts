import { describe, expect, it } from 'vitest';
import { CliError } from '../errors.js';
import type { GatewayConfig } from '../core/model/config.js';
import { factoryConfig } from './factory.js';
import { parseConfigText } from './parse.js';
import { showConfig } from './show.js';
import { emsTagAddress, lines } from '../../testing/test-helpers.js';

const rich = parseConfigText(
  lines(
    'config system global',
    'set hostname "FW-FGT-VM"',
    'set block-session-timer 45',
    'set snat-route-change enable',
    'end',
    'config system settings',
    'set dyn-addr-session-check enable',
    'set firewall-session-dirty check-policy-option',
    'end',
    'config system interface',
    'edit "port1"',
    'set index 9',
    'set ip 192.168.30.1 255.255.255.0',
    'next',
    'edit "port3"',
    'set index 3',
    'set preserve-session-route enable',
    'next',
    'edit "port4"',
    'set alias "quoted \\"alias\\""',
    'next',
    'end',
    'config system external-resource',
    'edit "feed"',
    'set resource "https://feeds.example/ips.txt"',
    'end',
    'config system session-ttl',
    'set default 1800',
    'config port',
    'edit 1',
    'set protocol 17',
    'set start-port 53',
    'set end-port 53',
    'set timeout 30',
    'next',
    'end',
    'end',
    'config endpoint-control fctems',
    'edit 1',
    'set name "ems1"',
    'set status disable',
    'next',
    'end',
    'config firewall address',
    ...emsTagAddress('APP_SERVERS'),
    'edit "range"',
    'set type iprange',
    'set start-ip 10.0.0.1',
    'set end-ip 10.0.0.20',
    'next',
    'edit "www.fortinet.com"',
    'set type fqdn',
    'set fqdn "www.fortinet.com"',
    'next',
    'end',
    'config firewall addrgrp',
    'edit "grp"',
    'set member "range" "feed"',
    'next',
    'end',
    'config firewall service custom',
    'edit "APP"',
    'set tcp-portrange 8000-8080 9000',
    'next',
    'edit "ALL_TCP"',
    'set tcp-portrange 1-1024',
    'next',
    'end',
    'config firewall service group',
    'edit "apps"',
    'set member "APP" "SSH"',
    'next',
    'end',
    'config router static',
    'edit 1',
    'set dst 192.168.12.0/24',
    'set gateway 192.168.170.1',
    'set device "port3"',
    'next',
    'end',
    'config firewall policy',
    'edit 3',
    'set srcintf "port1"',
    'set dstintf "port3"',
    'set srcaddr "grp"',
    'set dstaddr "all"',
    'set service "apps"',
    'set action accept',
    'set ztna-status enable',
    'set ztna-ems-tag "EMS1_ZTNA_APP_SERVERS"',
    'set logtraffic all',
    'next',
    'edit 1',
    'set srcintf "any"',
    'set dstintf "port4"',
    'set srcaddr "all"',
    'set dstaddr "www.fortinet.com"',
    'set service "ALL"',
    'set nat enable',
    'set firewall-session-dirty check-new',
    'next',
    'move 1 before 3',
    'end',
  ),
);

const roundTrip = (c: GatewayConfig): GatewayConfig => parseConfigText(showConfig(c), factoryConfig());

describe('showConfig', () => {
  it('prints only non-default values, in FortiOS layout', () => {
    expect(showConfig(rich, 'system settings')).toBe(
      lines(
        'config system settings',
        '    set firewall-session-dirty check-policy-option',
        '    set dyn-addr-session-check enable',
        'end',
      ),
    );
    expect(showConfig(rich, 'system global')).toBe(
      lines(
        'config system global',
        '    set hostname "FW-FGT-VM"',
        '    set block-session-timer 45',
        '    set snat-route-change enable',
        'end',
      ),
    );
    expect(showConfig(factoryConfig(), 'system settings')).toBe(lines('config system settings', 'end'));
  });

  it('prints one entry, with abbreviated words', () => {
    expect(showConfig(rich, 'fire pol 3')).toBe(
      lines(
        'config firewall policy',
        '    edit 3',
        '        set srcintf "port1"',
        '        set dstintf "port3"',
        '        set action accept',
        '        set ztna-status enable',
        '        set srcaddr "grp"',
        '        set dstaddr "all"',
        '        set ztna-ems-tag "EMS1_ZTNA_APP_SERVERS"',
        '        set schedule "always"',
        '        set service "apps"',
        '        set logtraffic all',
        '    next',
        'end',
      ),
    );
    expect(showConfig(rich, 'system interface port4')).toContain('set alias "quoted \\"alias\\""');
  });

  it('prints nested tables and the index only where creation order would not give it', () => {
    expect(showConfig(rich, 'system session-ttl')).toBe(
      lines(
        'config system session-ttl',
        '    set default 1800',
        '    config port',
        '        edit 1',
        '            set protocol 17',
        '            set start-port 53',
        '            set end-port 53',
        '            set timeout 30',
        '        next',
        '    end',
        'end',
      ),
    );
    const intf = showConfig(rich, 'system interface');
    expect(intf).toContain('set index 9');
    expect(intf).toContain('set index 3');
    expect(intf).not.toContain('set index 10');
  });

  it('full-configuration prints defaults too', () => {
    const full = showConfig(factoryConfig(), 'system global', { full: true });
    expect(full).toContain('    set block-session-timer 30\n');
    expect(full).toContain('    set strict-dirty-session-check enable\n');
    expect(full).toContain('    set udp-idle-timer 180\n');
    expect(parseConfigText(showConfig(rich, undefined, { full: true }))).toEqual(rich);
  });

  it('round-trips every section onto the factory config, policy order included', () => {
    const again = roundTrip(rich);
    expect(again).toEqual(rich);
    expect([...again.policies.keys()]).toEqual([1, 3]);
    expect([...again.interfaces.values()].map((i) => i.index)).toEqual([9, 3, 10]);
    expect(showConfig(again)).toBe(showConfig(rich));
    expect(roundTrip(factoryConfig())).toEqual(factoryConfig());
  });

  it('quotes names with quotes and backslashes so that they parse back', () => {
    const odd = parseConfigText(lines('config firewall address', 'edit "a \\"b\\" \\\\ c"', 'next', 'end'));
    expect(odd.addresses.has('a "b" \\ c')).toBe(true);
    expect(showConfig(odd, 'firewall address')).toContain('    edit "a \\"b\\" \\\\ c"\n');
    expect(roundTrip(odd)).toEqual(odd);
  });

  it('refuses a path that names no section or entry', () => {
    expect(() => showConfig(rich, 'firewall bogus')).toThrow(CliError);
    expect(() => showConfig(rich, 'firewall policy 99')).toThrow(/has no entry '99'/);
    expect(() => showConfig(rich, 'system settings extra')).toThrow(/no config section or entry/);
  });
});
