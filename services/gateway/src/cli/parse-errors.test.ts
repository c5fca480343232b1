import { describe, expect, it } from 'vitest';
import { factoryConfig } from './factory.js';
import { parseConfigText } from './parse.js';
import { faultOf, lines } from './test-helpers.js';

const base = parseConfigText(
  lines(
    'config system interface',
    'edit "port1"',
    'next',
    'end',
    'config firewall addrgrp',
    'edit "g1"',
    'set member "all"',
    'next',
    'edit "g2"',
    'set member "g1"',
    'next',
    'end',
    'config firewall policy',
    'edit 1',
    'set srcintf "port1"',
    'set dstintf "port1"',
    'set srcaddr "g2"',
    'set dstaddr "all"',
    'set service "SSH"',
    'next',
    'end',
  ),
);

interface Case {
  readonly name: string;
  readonly text: string;
  readonly code: string;
  readonly line: number;
  readonly column: number;
  readonly fortios: string;
  readonly rc: number;
  readonly reason: string;
}

const cases: Case[] = [
  {
    name: 'unknown section',
    text: lines('config system bogus', 'end'),
    code: 'ZTNA_ERR_CLI_SYNTAX',
    line: 1,
    column: 15,
    fortios: "command parse error before 'bogus'",
    rc: -61,
    reason: "unknown config section 'system bogus'",
  },
  {
    name: 'unknown attribute',
    text: lines('config system settings', '    set xyz enable', 'end'),
    code: 'ZTNA_ERR_CLI_SYNTAX',
    line: 2,
    column: 9,
    fortios: "command parse error before 'xyz'",
    rc: -61,
    reason: "unknown attribute 'xyz' in config system settings",
  },
  {
    name: 'bad enum value',
    text: lines('config system settings', 'set dyn-addr-session-check maybe', 'end'),
    code: 'ZTNA_ERR_CLI_SYNTAX',
    line: 2,
    column: 28,
    fortios: "command parse error before 'maybe'",
    rc: -61,
    reason: "'dyn-addr-session-check' must be enable or disable, got 'maybe'",
  },
  {
    name: 'integer out of range',
    text: lines('config system global', 'set block-session-timer 301', 'end'),
    code: 'ZTNA_ERR_CLI_VALUE',
    line: 2,
    column: 25,
    fortios: "value parse error before '301'",
    rc: -651,
    reason: "'block-session-timer' must be an integer 1-300, got '301'",
  },
  {
    name: 'bad IPv4',
    text: lines('config system interface', 'edit "port2"', 'set ip 10.0.0.256 255.255.255.0', 'next', 'end'),
    code: 'ZTNA_ERR_CLI_VALUE',
    line: 3,
    column: 8,
    fortios: "value parse error before '10.0.0.256'",
    rc: -651,
    reason: "'ip' needs a dotted IPv4 address, got '10.0.0.256'",
  },
  {
    name: 'non-contiguous netmask',
    text: lines('config firewall address', 'edit "x"', 'set subnet 10.0.0.0 255.0.255.0', 'next', 'end'),
    code: 'ZTNA_ERR_CLI_VALUE',
    line: 3,
    column: 21,
    fortios: "value parse error before '255.0.255.0'",
    rc: -651,
    reason: "'subnet' needs a contiguous netmask, got '255.0.255.0'",
  },
  {
    name: 'unknown address in a policy',
    text: lines('config firewall policy', 'edit 1', 'set dstaddr "all" "nowhere"', 'next', 'end'),
    code: 'ZTNA_ERR_CLI_REFERENCE',
    line: 3,
    column: 19,
    fortios: "entry not found in datasource\n\nvalue parse error before 'nowhere'",
    rc: -3,
    reason:
      "'dstaddr' refers to 'nowhere', which is not a firewall address, address group, external resource or EMS dynamic address",
  },
  {
    name: 'unknown interface in a policy',
    text: lines('config firewall policy', 'edit 1', 'set srcintf port9', 'next', 'end'),
    code: 'ZTNA_ERR_CLI_REFERENCE',
    line: 3,
    column: 13,
    fortios: "entry not found in datasource\n\nvalue parse error before 'port9'",
    rc: -3,
    reason: "'srcintf' refers to 'port9'",
  },
  {
    name: 'unknown service',
    text: lines('config firewall policy', 'edit 1', 'set service "SSH" "GOPHERZ"', 'next', 'end'),
    code: 'ZTNA_ERR_CLI_REFERENCE',
    line: 3,
    column: 19,
    fortios: "entry not found in datasource\n\nvalue parse error before 'GOPHERZ'",
    rc: -3,
    reason: "'service' refers to 'GOPHERZ'",
  },
  {
    name: 'ztna-ems-tag naming a plain address',
    text: lines('config firewall policy', 'edit 1', 'set ztna-ems-tag "all"', 'next', 'end'),
    code: 'ZTNA_ERR_CLI_REFERENCE',
    line: 3,
    column: 18,
    fortios: "entry not found in datasource\n\nvalue parse error before 'all'",
    rc: -3,
    reason: 'which is not an EMS dynamic address',
  },
  {
    name: 'deleting an address still in use',
    text: lines('config firewall addrgrp', 'delete "g2"', 'end'),
    code: 'ZTNA_ERR_CLI_REFERENCE',
    line: 2,
    column: 8,
    fortios: 'This object is being used by:\n    firewall policy 1 (srcaddr)',
    rc: -23,
    reason: "cannot delete 'g2': still used by firewall policy 1 (srcaddr)",
  },
  {
    name: 'deleting an interface still in use',
    text: lines('config system interface', 'delete port1', 'end'),
    code: 'ZTNA_ERR_CLI_REFERENCE',
    line: 2,
    column: 8,
    fortios:
      'This object is being used by:\n    firewall policy 1 (srcintf)\n    firewall policy 1 (dstintf)',
    rc: -23,
    reason: "cannot delete 'port1'",
  },
  {
    name: 'a group loop',
    text: lines('config firewall addrgrp', 'edit "g1"', 'set member "g2"', 'next', 'end'),
    code: 'ZTNA_ERR_CLI_VALUE',
    line: 4,
    column: 1,
    fortios: 'Loop detected in group members.',
    rc: -56,
    reason: "member 'g1' makes the group contain itself",
  },
  {
    name: 'a policy without required attributes',
    text: lines('config firewall policy', 'edit 9', 'set srcintf "port1"', 'next', 'end'),
    code: 'ZTNA_ERR_CLI_VALUE',
    line: 4,
    column: 1,
    fortios: "Attribute 'dstintf' MUST be set.",
    rc: -56,
    reason: "firewall policy 9: 'dstintf' must be set",
  },
  {
    name: 'a route without a device',
    text: lines('config router static', 'edit 1', 'set gateway 10.0.0.1', 'end'),
    code: 'ZTNA_ERR_CLI_VALUE',
    line: 4,
    column: 1,
    fortios: "Attribute 'device' MUST be set.",
    rc: -56,
    reason: "router static 1: 'device' must be set",
  },
  {
    name: 'an fqdn address without fqdn',
    text: lines('config firewall address', 'edit "f"', 'set type fqdn', 'next', 'end'),
    code: 'ZTNA_ERR_CLI_VALUE',
    line: 4,
    column: 1,
    fortios: "Attribute 'fqdn' MUST be set.",
    rc: -56,
    reason: 'firewall address "f"',
  },
  {
    name: 'a name used by another object of the same namespace',
    text: lines('config firewall address', 'edit "g1"', 'next', 'end'),
    code: 'ZTNA_ERR_CLI_VALUE',
    line: 2,
    column: 6,
    fortios: 'A duplicate entry already exists.',
    rc: -56,
    reason: "name 'g1' is already used by another object",
  },
  {
    name: 'fctems id out of range',
    text: lines('config endpoint-control fctems', 'edit 8', 'next', 'end'),
    code: 'ZTNA_ERR_CLI_VALUE',
    line: 2,
    column: 6,
    fortios: "value parse error before '8'",
    rc: -651,
    reason: "config endpoint-control fctems ids are 1-7, got '8'",
  },
  {
    name: 'out-of-sync-threshold out of range',
    text: lines('config endpoint-control fctems', 'edit 1', 'set out-of-sync-threshold 5', 'next', 'end'),
    code: 'ZTNA_ERR_CLI_VALUE',
    line: 3,
    column: 27,
    fortios: "value parse error before '5'",
    rc: -651,
    reason: "'out-of-sync-threshold' must be an integer 10-3600, got '5'",
  },
  {
    name: 'a bad port range',
    text: lines('config firewall service custom', 'edit "s"', 'set tcp-portrange 2000-1000', 'next', 'end'),
    code: 'ZTNA_ERR_CLI_VALUE',
    line: 3,
    column: 19,
    fortios: "value parse error before '2000-1000'",
    rc: -651,
    reason: "'tcp-portrange' needs ports 0-65535",
  },
  {
    name: 'an extra value',
    text: lines('config system settings', 'set dyn-addr-session-check enable now', 'end'),
    code: 'ZTNA_ERR_CLI_SYNTAX',
    line: 2,
    column: 35,
    fortios: "command parse error before 'now'",
    rc: -61,
    reason: "takes one value, got extra 'now'",
  },
  {
    name: 'a command outside any config block',
    text: lines('set hostname "x"'),
    code: 'ZTNA_ERR_CLI_SYNTAX',
    line: 1,
    column: 1,
    fortios: "command parse error before 'set'",
    rc: -61,
    reason: "expected 'config <section>', got 'set'",
  },
  {
    name: 'edit in a singleton section',
    text: lines('config system global', 'edit 1', 'end'),
    code: 'ZTNA_ERR_CLI_SYNTAX',
    line: 2,
    column: 1,
    fortios: "command parse error before 'edit'",
    rc: -61,
    reason: "'edit' is not a command here (in config system global)",
  },
  {
    name: 'a missing end',
    text: lines('config system settings', 'set dyn-addr-session-check enable'),
    code: 'ZTNA_ERR_CLI_SYNTAX',
    line: 2,
    column: 34,
    fortios: "command parse error before 'enable'",
    rc: -61,
    reason: "missing 'end'",
  },
  {
    name: 'moving a policy that does not exist',
    text: lines('config firewall policy', 'move 1 before 42', 'end'),
    code: 'ZTNA_ERR_CLI_REFERENCE',
    line: 2,
    column: 15,
    fortios: "entry not found in datasource\n\nvalue parse error before '42'",
    rc: -3,
    reason: "has no entry '42'",
  },
];

describe('parseConfigText: errors name the line, the column and the value', () => {
  it.each(cases)('$name', (c) => {
    const fault = faultOf(c.text, base);
    expect(fault).toMatchObject({
      code: c.code,
      line: c.line,
      column: c.column,
      fortiosText: c.fortios,
      returnCode: c.rc,
    });
    expect(fault.message).toContain(`line ${c.line}, column ${c.column}: `);
    expect(fault.message).toContain(c.reason);
  });

  it('changes nothing: the base is untouched and no partial config comes back', () => {
    const before = factoryConfig();
    const text = lines(
      'config system settings',
      'set dyn-addr-session-check enable',
      'end',
      'config system global',
      'set block-session-timer 0',
      'end',
    );
    expect(faultOf(text, before).line).toBe(5);
    expect(before.systemSettings.dynAddrSessionCheck).toBe(false);
    expect(before.systemGlobal.blockSessionTimer).toBe(30);
  });

  it('refuses at the closing end a reference broken by a later edit', () => {
    const text = lines(
      'config firewall address',
      'edit "T"',
      'set type dynamic',
      'set sub-type ems-tag',
      'set obj-tag "X"',
      'next',
      'end',
      'config firewall policy',
      'edit 2',
      'set srcintf "port1"',
      'set dstintf "port1"',
      'set srcaddr "all"',
      'set dstaddr "all"',
      'set service "ALL"',
      'set ztna-ems-tag "T"',
      'next',
      'end',
      'config firewall address',
      'edit "T"',
      'set type ipmask',
      'next',
      'end',
    );
    const fault = faultOf(text, base);
    expect(fault).toMatchObject({ line: 22, code: 'ZTNA_ERR_CLI_REFERENCE' });
    expect(fault.message).toContain("firewall policy 2: 'ztna-ems-tag' refers to 'T'");
  });
});
