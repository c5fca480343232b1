import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliError } from '../errors.js';
import { parseConfigText } from './parse.js';
import { showConfig } from './show.js';

/*
 * Real `show` / `show full-configuration` text from a FortiGate-VM64 on FortiOS 7.4 (attribute names,
 * order and layout as FortiOS 7.4 CLI reference, `config firewall policy`, `config firewall address`,
 * `config system interface`, `config endpoint-control fctems`).
 */
const FULL = readFileSync(new URL('./fixtures/fgt-vm-full-configuration.conf', import.meta.url), 'utf8');
const SECTIONS = [
  'system interface',
  'endpoint-control fctems',
  'firewall address',
  'firewall addrgrp',
  'firewall policy',
];
const body = (text: string): string =>
  text
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');
const lines = (...l: string[]): string => l.join('\n') + '\n';

describe('pasting real FortiOS configuration', () => {
  it('a show full-configuration excerpt (uuids, vdom, allowaccess, fctems capabilities) pastes whole and shows back line for line', () => {
    const config = parseConfigText(FULL);
    const shown = SECTIONS.map((s) => showConfig(config, s, { full: true })).join('');
    expect(shown.split('\n')).toEqual(body(FULL).split('\n'));
  });

  it('keeps what it simulates working: interfaces, the EMS connector, the ZTNA policy', () => {
    const config = parseConfigText(FULL);
    expect(config.interfaces.get('port2')?.preserveSessionRoute).toBe(true);
    expect(config.fctems.get(1)).toMatchObject({ serialNumber: 'FCTEMS8822000001', outOfSyncThreshold: 180 });
    expect(config.policies.get(3)).toMatchObject({
      action: 'accept',
      ztnaStatus: true,
      ztnaEmsTag: ['EMS1_ZTNA_APP_SERVERS'],
      logtraffic: 'all',
    });
    expect(config.policies.get(3)?.attrs?.uuid).toBe('4f5a6b7c-8d9e-51ee-af01-2b3c4d5e6f70');
  });

  it('a plain show excerpt shows back as pasted; stored attributes survive an edit of another attribute', () => {
    const plain = lines(
      'config firewall address',
      '    edit "servers"',
      '        set uuid 1c2d3e4f-5a6b-51ee-9c8d-7e6f5a4b3c2d',
      '        set subnet 192.168.12.0 255.255.255.0',
      '        set associated-interface "port2"',
      '    next',
      'end',
    );
    const base = parseConfigText(lines('config system interface', 'edit "port2"', 'next', 'end'));
    const config = parseConfigText(plain, base);
    expect(showConfig(config, 'firewall address servers')).toBe(plain);
    const edited = parseConfigText(
      lines(
        'config firewall address',
        'edit "servers"',
        'set comment "x"',
        'unset associated-interface',
        'next',
        'end',
      ),
      config,
    );
    expect(showConfig(edited, 'firewall address servers')).toBe(
      lines(
        'config firewall address',
        '    edit "servers"',
        '        set uuid 1c2d3e4f-5a6b-51ee-9c8d-7e6f5a4b3c2d',
        '        set subnet 192.168.12.0 255.255.255.0',
        '        set comment "x"',
        '    next',
        'end',
      ),
    );
  });

  it('refuses what FortiOS refuses, naming line and column, and applies nothing', () => {
    const bad = (line: string): CliError => {
      try {
        parseConfigText(lines('config system interface', 'edit "port1"', line, 'next', 'end'));
      } catch (e) {
        return e as CliError;
      }
      throw new Error('accepted');
    };
    expect(bad('set allowaccess ping telnet bogus')).toMatchObject({ line: 3, column: 29 });
    expect(bad('set allowaccess ping telnet bogus').message).toMatch(/allowaccess.*'bogus'/);
    expect(bad('set role inside').message).toMatch(
      /'role' must be one of lan\|wan\|dmz\|undefined, got 'inside'/,
    );
    expect(bad('set no-such-thing 1').message).toMatch(/unknown attribute 'no-such-thing'/);
    expect(() =>
      parseConfigText(lines('config firewall policy', 'edit 1', 'set uuid not-a-uuid', 'next', 'end')),
    ).toThrow(/'uuid' must be a UUID, got 'not-a-uuid'/);
  });
});
