import { describe, expect, it } from 'vitest';
import { parseConfigText } from './parse.js';
import { emsTagAddress, lines } from '../../testing/test-helpers.js';

const topology = parseConfigText(
  lines(
    'config system interface',
    'edit "port1"',
    'next',
    'edit "port3"',
    'next',
    'end',
    'config firewall address',
    ...emsTagAddress('APP_SERVERS'),
    ...emsTagAddress('MANAGED'),
    'end',
  ),
);

const policy = (id: number, ...body: string[]): string[] => [
  `edit ${id}`,
  'set srcintf "port1"',
  'set dstintf "port3"',
  'set srcaddr "all"',
  'set dstaddr "all"',
  'set service "SSH"',
  ...body,
  'next',
];

describe('parseConfigText: firewall policy', () => {
  it('reads every attribute, with FortiOS defaults for the rest', () => {
    const c = parseConfigText(
      lines(
        'config firewall policy',
        ...policy(
          3,
          'set name "ztna-ssh"',
          'set action accept',
          'set schedule "always"',
          'set logtraffic all',
          'set nat enable',
          'set ztna-status enable',
          'set ztna-ems-tag "EMS1_ZTNA_APP_SERVERS" "EMS1_ZTNA_MANAGED"',
          'set ztna-ems-tag-secondary "EMS1_ZTNA_MANAGED"',
          'set firewall-session-dirty check-new',
          'set session-ttl 7200',
          'append service "RDP"',
        ),
        ...policy(7),
        'end',
      ),
      topology,
    );
    expect(c.policies.get(3)).toEqual({
      policyid: 3,
      uuidIdx: 15849,
      name: 'ztna-ssh',
      status: true,
      srcintf: ['port1'],
      dstintf: ['port3'],
      srcaddr: ['all'],
      dstaddr: ['all'],
      service: ['SSH', 'RDP'],
      schedule: 'always',
      action: 'accept',
      nat: true,
      logtraffic: 'all',
      ztnaStatus: true,
      ztnaEmsTag: ['EMS1_ZTNA_APP_SERVERS', 'EMS1_ZTNA_MANAGED'],
      ztnaEmsTagSecondary: ['EMS1_ZTNA_MANAGED'],
      firewallSessionDirty: 'check-new',
      sessionTtl: 7200,
    });
    expect(c.policies.get(7)).toMatchObject({
      action: 'deny',
      logtraffic: 'utm',
      nat: false,
      ztnaStatus: false,
      firewallSessionDirty: 'check-all',
      sessionTtl: 0,
      schedule: 'always',
    });
  });

  it('keeps creation order, and move before/after changes the evaluation order', () => {
    const c = parseConfigText(
      lines('config firewall policy', ...policy(1), ...policy(2), ...policy(3), 'end'),
      topology,
    );
    expect([...c.policies.keys()]).toEqual([1, 2, 3]);
    const moved = parseConfigText(
      lines('config firewall policy', 'move 3 before 1', 'move 1 after 2', 'end'),
      c,
    );
    expect([...moved.policies.keys()]).toEqual([3, 2, 1]);
    const edited = parseConfigText(
      lines('config firewall policy', 'edit 2', 'set action accept', 'next', 'end'),
      moved,
    );
    expect([...edited.policies.keys()]).toEqual([3, 2, 1]);
    expect([...c.policies.keys()]).toEqual([1, 2, 3]);
    expect(moved.policies.get(2)?.action).toBe('deny');
    expect(edited.policies.get(2)?.action).toBe('accept');
    expect(edited.addresses).toBe(c.addresses);
  });

  it('edit 0 takes the next free id; delete removes', () => {
    const c = parseConfigText(
      lines('config firewall policy', ...policy(5), ...policy(0), 'delete 5', 'end'),
      topology,
    );
    expect([...c.policies.keys()]).toEqual([6]);
    expect(c.policies.get(6)?.uuidIdx).toBe(15852);
  });

  it('accepts EMS dynamic address names that tag sync has not created yet', () => {
    const c = parseConfigText(
      lines(
        'config firewall policy',
        ...policy(1, 'set ztna-ems-tag "EMS2_ZTNA_LATER"', 'set srcaddr "MAC_EMS2_ZTNA_LATER"'),
        'end',
      ),
      topology,
    );
    expect(c.policies.get(1)).toMatchObject({
      ztnaEmsTag: ['EMS2_ZTNA_LATER'],
      srcaddr: ['MAC_EMS2_ZTNA_LATER'],
    });
  });

  it('accepts srcintf "any" and abbreviated config words', () => {
    const c = parseConfigText(
      lines('conf fire pol', ...policy(1, 'set srcintf "any"', 'set status disable'), 'end'),
      topology,
    );
    expect(c.policies.get(1)).toMatchObject({ srcintf: ['any'], status: false });
  });

  it('end inside an entry saves it; abort drops the block', () => {
    const c = parseConfigText(lines('config firewall policy', ...policy(1).slice(0, -1), 'end'), topology);
    expect(c.policies.has(1)).toBe(true);
    const aborted = parseConfigText(
      lines(
        'config firewall policy',
        'delete 1',
        'abort',
        'config system global',
        'set block-session-timer 9',
        'end',
      ),
      c,
    );
    expect(aborted.policies.has(1)).toBe(true);
    expect(aborted.systemGlobal.blockSessionTimer).toBe(9);
    const kept = parseConfigText(
      lines(
        'config system global',
        'set block-session-timer 8',
        'end',
        'config firewall policy',
        'delete 1',
        'abort',
      ),
      c,
    );
    expect(kept.systemGlobal.blockSessionTimer).toBe(8);
    expect(kept.policies.has(1)).toBe(true);
    expect(c.policies.has(1)).toBe(true);
  });
});
