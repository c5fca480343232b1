import { describe, expect, it } from 'vitest';
import { faultOf, lines, twoPorts } from '../../testing/test-helpers.js';
import { parseConfigText } from './parse.js';
import { showConfig } from './show.js';

const base = parseConfigText(
  lines(
    'config firewall address',
    '    edit "LAN"',
    '        set uuid 8a4c1e2e-0d3f-51ef-0c11-5b1d2c3e4f50',
    '        set subnet 192.168.30.0 255.255.255.0',
    '    next',
    'end',
    'config firewall addrgrp',
    '    edit "G"',
    '        set member "LAN"',
    '    next',
    'end',
    'config firewall policy',
    '    edit 3',
    '        set srcintf "port1"',
    '        set dstintf "port3"',
    '        set srcaddr "LAN"',
    '        set dstaddr "all"',
    '        set schedule "always"',
    '        set service "ALL"',
    '    next',
    'end',
  ),
  twoPorts(),
);

// FortiOS CLI reference, "Subcommands" of a table: `rename <old> to <new>` renames an entry (the
// objects using it follow), `clone <old> to <new>` copies one under a new name.
describe('rename and clone in table sections', () => {
  it('rename keeps the entry in place and every reference follows it', () => {
    const c = parseConfigText('config firewall address\nrename "LAN" to "LAN-NET"\nend\n', base);
    expect(c.addresses.has('LAN')).toBe(false);
    expect(c.addresses.get('LAN-NET')).toMatchObject({ name: 'LAN-NET', type: 'ipmask' });
    expect(c.addressGroups.get('G')?.member).toEqual(['LAN-NET']);
    expect(c.policies.get(3)?.srcaddr).toEqual(['LAN-NET']);
    expect(showConfig(c, 'firewall address LAN-NET')).toContain(
      '    edit "LAN-NET"\n        set uuid 8a4c1e2e-0d3f-51ef-0c11-5b1d2c3e4f50\n',
    );
  });

  it('clone copies the entry under the new key, at the end, without the uuid', () => {
    const c = parseConfigText(
      'config firewall address\nclone "LAN" to "LAN2"\nend\nconfig firewall policy\nclone 3 to 9\nend\n',
      base,
    );
    const lan = c.addresses.get('LAN') as { subnet: unknown };
    expect(c.addresses.get('LAN2')).toMatchObject({ name: 'LAN2', type: 'ipmask', subnet: lan.subnet });
    expect(showConfig(c, 'firewall address LAN2')).not.toContain('uuid');
    expect([...c.policies.keys()]).toEqual([3, 9]);
    expect(c.policies.get(9)).toMatchObject({ policyid: 9, srcaddr: ['LAN'] });
  });

  it('refuses a missing source, a taken name and a malformed command, naming the token', () => {
    const fault = (cmd: string) => faultOf(`config firewall address\n${cmd}\nend\n`, base);
    expect(fault('rename "NOPE" to "X"')).toMatchObject({
      returnCode: -3,
      line: 2,
      column: 8,
      message: expect.stringContaining("has no entry 'NOPE'"),
    });
    expect(fault('clone "LAN" to "G"')).toMatchObject({
      fortiosText: 'A duplicate entry already exists.',
      line: 2,
      column: 16,
      message: expect.stringContaining("name 'G' is already used"),
    });
    expect(fault('rename "LAN" "X"')).toMatchObject({
      returnCode: -61,
      line: 2,
      column: 14,
      message: expect.stringContaining('usage: rename <old> to <new>'),
    });
  });
});
