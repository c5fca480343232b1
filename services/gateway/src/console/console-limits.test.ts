import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { createEngine } from '../core/engine/engine.js';
import { parseConfigText } from '../fortios/parse.js';
import { showConfig } from '../fortios/show.js';
import { factoryConfig } from '../fortios/factory.js';
import { createConsole } from './console.js';

const SAMPLE = new URL('../../config/sample.conf', import.meta.url);
const records = { endpointRecords: () => [] };
const newEngine = () =>
  createEngine(parseConfigText(readFileSync(SAMPLE, 'utf8')), { clock: new FakeClock() });

describe('console limits (issue 14 items 1, 2, 5, 9)', () => {
  it('item 1: stops at the output limit, naming it, and runs nothing after', async () => {
    const engine = newEngine();
    const cli = createConsole(
      { engine, records },
      { interactive: false, limits: { maxOutputChars: 10_000 } },
    );
    const text = [
      ...Array<string>(200).fill('show full-configuration'),
      'config system settings',
      'set dyn-addr-session-check enable',
      'end',
    ];
    const out = await cli.run(text.join('\n'));
    expect(out.length).toBeLessThan(10_400);
    expect(out).toMatch(
      /Command fail\. Return code -1\nconsole output limit of 10000 characters reached; the rest of the input was not run\n$/,
    );
    expect(engine.config.systemSettings.dynAddrSessionCheck).toBe(false);
  });

  it('item 1: stops at the time limit, discarding a block it opened', async () => {
    let now = 0;
    const engine = newEngine();
    const cli = createConsole(
      { engine, records },
      { interactive: false, limits: { maxMs: 50, elapsed: () => (now += 10) } },
    );
    const out = await cli.run(
      [
        'config system settings',
        'set dyn-addr-session-check enable',
        ...Array<string>(50).fill('set fqdn-session-check enable'),
        'end',
      ].join('\n'),
    );
    expect(out).toMatch(
      /console time limit of 50 ms reached; the rest of the input was not run, the config block was discarded, nothing of it applied\n$/,
    );
    expect(engine.config.systemSettings.dynAddrSessionCheck).toBe(false);
  });

  it('item 2: a block held open across requests is bounded; the session keeps what it had', async () => {
    const engine = newEngine();
    const cli = createConsole({ engine, records }, { limits: { maxBlockStatements: 10 } });
    await cli.run('config firewall address\nedit "X1"\nset subnet 10.9.9.0 255.255.255.0');
    const out = await cli.run(Array.from({ length: 5 }, (_, i) => `next\nedit "Y${i}"`).join('\n'));
    expect(out).toMatch(
      /config block limit of 10 statements reached; .*the config block is as it was before this input\n$/,
    );
    expect(cli.prompt()).toContain('(X1)');
    expect(await cli.run('next\nend')).toBe('');
    expect(engine.config.addresses.has('X1')).toBe(true);
    expect(engine.config.addresses.has('Y0')).toBe(false);
  });

  it('item 5: nested addrgrp, two groups per level holding both of the next, 40 levels deep, commits', async () => {
    const engine = newEngine();
    const cli = createConsole({ engine, records }, { interactive: false });
    const depth = 40;
    const text = [
      'config firewall address',
      'edit "LEAF"',
      'set subnet 10.77.0.0 255.255.0.0',
      'next',
      'end',
      'config firewall addrgrp',
    ];
    text.push(
      `edit "G${depth}a"`,
      'set member "LEAF"',
      'next',
      `edit "G${depth}b"`,
      'set member "LEAF"',
      'next',
    );
    for (let d = depth - 1; d >= 0; d--) {
      for (const s of ['a', 'b'])
        text.push(`edit "G${d}${s}"`, `set member "G${d + 1}a" "G${d + 1}b"`, 'next');
    }
    text.push('end', 'config firewall policy', 'edit 3', 'set dstaddr "G0a"', 'next', 'end');
    expect(await cli.run(text.join('\n'))).toBe('');
    expect(engine.config.policies.get(3)?.dstaddr).toEqual(['G0a']);
    const loop = await cli.run('config firewall addrgrp\nedit "G40a"\nset member "G0b"\nnext\nend');
    expect(loop).toMatch(/Command fail/);
  });

  it('item 9: show full-configuration at 50,000 addresses renders every entry', () => {
    const text = ['config firewall address'];
    for (let i = 0; i < 50_000; i++)
      text.push(`edit "A${i}"`, `set subnet 10.${i >> 8}.${i & 255}.0 255.255.255.0`, 'next');
    text.push('end');
    const config = parseConfigText(text.join('\n'), factoryConfig());
    const shown = showConfig(config, undefined, { full: true });
    expect(shown).toContain('    edit "A49999"\n');
    expect(shown.match(/\n {4}edit "A\d+"\n/g)).toHaveLength(50_000);
  }, 60_000);
});
