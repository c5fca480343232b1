import { describe, expect, it } from 'vitest';
import { ipv4ToInt } from '@ztna/proto';
import type { SessionFilter } from '../core/model/engine-api.js';
import { factoryConfig } from '../fortios/factory.js';
import { tokenize } from '../fortios/tokenizer.js';
import { seedConfig } from '../../testing/seed-network.js';
import { formatFilter, updateFilter } from './console-filter.js';

const config = seedConfig();

/** Applies `diagnose sys session filter <args>` lines in turn. */
function apply(...commands: string[]): SessionFilter {
  return commands.reduce<SessionFilter>(
    (f, text) => updateFilter(f, tokenize(text)[0]?.tokens ?? [], config),
    {},
  );
}

describe('diagnose sys session filter', () => {
  // Fortinet community, "Technical Tip: How it is possible to use filter with diagnose sys session list":
  // `diagnose sys session filter` alone prints the current filter, `any` for each unset field.
  it('prints an empty filter as FortiOS does', () => {
    expect(formatFilter(apply()).split('\n')).toEqual([
      'session filter:',
      'vd: any',
      'sintf: any',
      'dintf: any',
      'proto: any',
      'proto-state: any',
      'source ip: any',
      "NAT'd source ip: any",
      'dest ip: any',
      'source port: any',
      "NAT'd source port: any",
      'dest port: any',
      'policy id: any',
      'expire: any',
      'duration: any',
      'state1: any',
      'state2: any',
      '',
    ]);
  });

  it('takes ranges, NAT fields and interfaces, and prints them as low-high', () => {
    const f = apply(
      'src 10.0.0.1 10.0.0.9',
      'nsrc 10.10.12.2',
      'dport 20 443',
      'nport 54449',
      'sintf port9',
      'dintf port3',
      'proto 6',
    );
    expect(f).toMatchObject({
      src: ipv4ToInt('10.0.0.1'),
      srcTo: ipv4ToInt('10.0.0.9'),
      dport: 20,
      dportTo: 443,
    });
    const text = formatFilter(f);
    expect(text).toContain('sintf: port9\ndintf: port3\nproto: 6-6\n');
    expect(text).toContain("source ip: 10.0.0.1-10.0.0.9\nNAT'd source ip: 10.10.12.2-10.10.12.2\n");
    expect(text).toContain("NAT'd source port: 54449-54449\ndest port: 20-443\n");
  });

  it('negate marks a field, 0.0.0.0 unsets an address, clear empties the filter', () => {
    const f = apply('dport 22', 'negate dport', 'dst 192.168.12.99');
    expect(f.negate).toEqual(['dport']);
    expect(formatFilter(f)).toContain('dest port: !22-22\n');
    expect(apply('dst 192.168.12.99', 'dst 0.0.0.0')).toEqual({});
    expect(apply('src 10.0.0.1', 'negate src', 'clear')).toEqual({});
  });

  it('refuses a bad field, value or range, naming it', () => {
    expect(() => apply('nsrc 10.0.0')).toThrow("filter nsrc needs a dotted IPv4 address, got '10.0.0'");
    expect(() => apply('dport 443 20')).toThrow('filter dport: range start is above its end');
    expect(() => apply('negate colour')).toThrow("filter negate: no field 'colour'");
    expect(() => apply('sintf port99')).toThrow("filter sintf: no interface 'port99'");
    expect(() => updateFilter({}, tokenize('sintf port9')[0]!.tokens, factoryConfig())).toThrow(
      "no interface 'port9'",
    );
  });
});
