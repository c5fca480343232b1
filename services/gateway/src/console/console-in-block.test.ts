import { describe, expect, it } from 'vitest';
import { FakeEngine, fakeRecords } from '../../testing/fake-engine.js';
import { lines, twoPorts } from '../../testing/test-helpers.js';
import { parseConfigText } from '../fortios/parse.js';
import { createConsole } from './console.js';

/** Policy 3 as `show` prints it (FortiOS order, `schedule` always shown). */
const POLICY_3 = [
  '        set name "ZTNA-APP"',
  '        set srcintf "port1"',
  '        set dstintf "port3"',
  '        set action accept',
  '        set srcaddr "LAN"',
  '        set dstaddr "all"',
  '        set schedule "always"',
  '        set service "SSH" "HTTPS"',
];

const config = parseConfigText(
  lines(
    'config firewall address',
    '    edit "LAN"',
    '        set subnet 192.168.30.0 255.255.255.0',
    '    next',
    'end',
    'config firewall policy',
    '    edit 3',
    ...POLICY_3,
    '    next',
    '    edit 4',
    '        set name "OTHER"',
    '        set srcintf "port1"',
    '        set dstintf "port3"',
    '        set srcaddr "all"',
    '        set dstaddr "all"',
    '        set schedule "always"',
    '        set service "ALL"',
    '    next',
    'end',
  ),
  twoPorts(),
);

const cli = () => createConsole({ engine: new FakeEngine(config), records: fakeRecords([]) });

describe('show and get inside a config block', () => {
  // FortiOS CLI reference, "Sub-commands": inside `edit`, `show` displays the current object as
  // configuration commands, pending changes included; the other entries of the table are not shown.
  it('show inside edit prints that entry alone, as edited so far', () => {
    const c = cli();
    expect(c.execute('config firewall policy\nedit 3\nset comments "edited"\nshow')).toBe(
      lines(
        'config firewall policy',
        '    edit 3',
        ...POLICY_3,
        '        set comments "edited"',
        '    next',
        'end',
      ),
    );
    expect(c.prompt()).toBe('FortiGate-VM64 (3) # ');
    expect(c.execute('next\nshow')).toContain('    edit 4\n');
  });

  // FortiOS `get` inside `edit`: every attribute with its value, defaults included, names padded to
  // 20 columns (`admin-concurrent    : enable`), values bare; a list of references printed as a child
  // table (`srcintf:` / `    == [ port1 ]` / `    name: port1`).
  it('get inside edit lists the entry attributes as FortiOS get does', () => {
    const out = cli().execute('config firewall policy\nedit 3\nget');
    expect(out.split('\n').slice(0, 12)).toEqual([
      'policyid            : 3',
      'status              : enable',
      'name                : ZTNA-APP',
      'srcintf:',
      '    == [ port1 ]',
      '    name: port1',
      'dstintf:',
      '    == [ port3 ]',
      '    name: port3',
      'action              : accept',
      'ztna-status         : disable',
      'srcaddr:',
    ]);
    expect(out).toContain('schedule            : always\n');
    expect(out).toContain('service:\n    == [ SSH ]\n    name: SSH\n    == [ HTTPS ]\n    name: HTTPS\n');
    expect(out).toContain('firewall-session-dirty: check-all\n');
    expect(out).toContain('session-ttl         : 0\n');
  });

  it('get outside an entry is refused and leaves the block open', () => {
    const c = cli();
    expect(c.execute('config firewall policy\nget')).toContain("'get' here needs an entry opened by 'edit'");
    expect(c.prompt()).toBe('FortiGate-VM64 (policy) # ');
    expect(c.execute('get system status')).toContain("'get' is not a command here");
    expect(c.prompt()).toBe('FortiGate-VM64 (policy) # ');
  });
});
