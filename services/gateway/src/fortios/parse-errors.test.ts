import { describe, expect, it } from 'vitest';
import { factoryConfig } from './factory.js';
import { expectFault, type FaultCase, faultOf, lines } from '../../testing/test-helpers.js';

const base = factoryConfig();

const cases: FaultCase[] = [
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
];

describe('parseConfigText: syntax and value errors name the line, the column and the value', () => {
  it.each(cases)('$name', (c) => expectFault(c, base));

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
});
