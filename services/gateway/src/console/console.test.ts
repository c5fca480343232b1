import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import type { EndpointRecord } from '../core/model/membership.js';
import { createConsole, type GatewayConsole } from './console.js';
import { factoryConfig } from '../fortios/factory.js';
import { FakeEngine, fakeRecords } from '../../testing/fake-engine.js';
import { parseConfigText } from '../fortios/parse.js';
import { lines } from '../../testing/test-helpers.js';

const sample = parseConfigText(readFileSync(new URL('../../config/sample.conf', import.meta.url), 'utf8'));
const record: EndpointRecord = {
  emsId: 1,
  emsSerial: 'FCTEMS8822000001',
  tenantId: undefined,
  registered: true,
  uid: 'A1B2C3',
  hostname: 'win10-108',
  user: 'alice',
  ips: ['192.168.30.108'],
  macs: ['0c:37:96:06:d7:5d'],
  online: true,
  quarantined: false,
  ztnaTags: ['APP_SERVERS'],
  classificationTags: [],
  outOfSync: false,
};

let engine: FakeEngine;
let cli: GatewayConsole;

beforeEach(() => {
  engine = new FakeEngine(sample);
  cli = createConsole(
    { engine, records: fakeRecords([record]) },
    { clock: new FakeClock(Date.UTC(2026, 10, 21, 9, 5, 7)) },
  );
});

describe('console: config blocks', () => {
  it('applies a block through applyConfig when the outermost end closes, printing nothing', () => {
    expect(cli.execute(lines('config system settings', '    set dyn-addr-session-check enable', 'end'))).toBe(
      '',
    );
    expect(engine.calls).toEqual(['applyConfig']);
    expect(engine.config.systemSettings.dynAddrSessionCheck).toBe(true);
    expect(engine.config.policies.get(3)?.ztnaEmsTag).toEqual(['EMS1_ZTNA_APP_SERVERS']);
  });

  it('prints FortiOS failure lines with our reason and applies nothing of a bad block', () => {
    const out = cli.execute(
      lines(
        'config system settings',
        'set dyn-addr-session-check enable',
        'set xyz enable',
        'end',
        'show system settings',
      ),
    );
    expect(out).toBe(
      lines(
        "command parse error before 'xyz'",
        'Command fail. Return code -61',
        "line 3, column 5: unknown attribute 'xyz' in config system settings; config block discarded, nothing applied",
        'config system settings',
        'end',
      ),
    );
    expect(engine.calls).toEqual([]);
    expect(engine.config).toBe(sample);
  });

  it('skips the rest of a bad block, nested configs included, then runs what follows', () => {
    const out = cli.execute(
      lines(
        'config system session-ttl',
        'set default 10',
        'config port',
        'edit 1',
        'next',
        'end',
        'end',
        'config system global',
        'set block-session-timer 60',
        'end',
      ),
    );
    expect(out).toContain(
      "value parse error before '10'\nCommand fail. Return code -651\nline 2, column 13:",
    );
    expect(engine.calls).toEqual(['applyConfig']);
    expect(engine.config.systemGlobal.blockSessionTimer).toBe(60);
    expect(engine.config.sessionTtl.port).toEqual([]);
  });

  it('prints the engine refusing a config as a failed command', () => {
    engine.refuseNextConfig = true;
    const out = cli.execute(lines('config system global', 'set block-session-timer 60', 'end'));
    expect(out).toBe(
      'Command fail. Return code -1\nengine refused the config; config block discarded, nothing applied\n',
    );
    expect(engine.config.systemGlobal.blockSessionTimer).toBe(30);
  });

  it('keeps a block open across calls with FortiOS prompts; a bad line there is refused alone', () => {
    expect(cli.prompt()).toBe('FW-FGT-VM # ');
    expect(cli.execute('config firewall policy')).toBe('');
    expect(cli.prompt()).toBe('FW-FGT-VM (policy) # ');
    cli.execute('edit 3');
    expect(cli.prompt()).toBe('FW-FGT-VM (3) # ');
    cli.execute('set firewall-session-dirty check-new');
    expect(cli.execute('set service "NOPE"')).toContain(
      "entry not found in datasource\n\nvalue parse error before 'NOPE'\nCommand fail. Return code -3\n",
    );
    expect(cli.prompt()).toBe('FW-FGT-VM (3) # ');
    expect(engine.calls).toEqual([]);
    cli.execute('next');
    expect(cli.execute('end')).toBe('');
    expect(cli.prompt()).toBe('FW-FGT-VM # ');
    expect(engine.config.policies.get(3)).toMatchObject({
      firewallSessionDirty: 'check-new',
      service: ['SSH', 'RDP', 'HTTPS', 'PING'],
    });
  });

  it('non-interactive: a block left open at the end of the text is refused and dropped', () => {
    const http = createConsole({ engine, records: fakeRecords([]) }, { interactive: false });
    expect(http.execute(lines('config system global', 'set block-session-timer 60'))).toBe(
      lines(
        "command parse error before '60'",
        'Command fail. Return code -61',
        "line 2, column 25: missing 'end': the config block is still open at the end of the text; config block discarded, nothing applied",
      ),
    );
    expect(http.prompt()).toBe('FW-FGT-VM # ');
    expect(http.execute('get system session status')).toBe('session status\n');
    expect(engine.calls).toEqual(['formatSessionStatus']);
  });

  it('answers ? with the commands of the level', () => {
    const top = cli.execute('?');
    for (const word of ['config', 'show', 'get', 'diagnose'])
      expect(top).toMatch(new RegExp(`^${word} `, 'm'));
    cli.execute('config system global');
    expect(cli.execute('?')).toMatch(/^set +Modify value\.$/m);
    expect(cli.execute('show')).toContain('set hostname "FW-FGT-VM"');
    cli.execute('abort');
    expect(cli.prompt()).toBe('FW-FGT-VM # ');
  });
});

describe('console: commands', () => {
  it('show, show full-configuration and show with a path', () => {
    expect(cli.execute('show firewall policy 4')).toContain('        set nat enable\n');
    expect(cli.execute('show full-configuration system settings')).toContain(
      'set dyn-addr-session-check disable',
    );
    expect(cli.execute('show')).toContain('config endpoint-control fctems\n    edit 1\n');
  });

  it('get system session list/status and get system status', () => {
    expect(cli.execute('get system session list')).toContain('PROTO   EXPIRE SOURCE');
    expect(cli.execute('get sys sess status')).toBe('session status\n');
    const status = cli.execute('get system status');
    expect(status).toContain('Hostname: FW-FGT-VM\n');
    expect(status).toContain('System time: Sat Nov 21 09:05:07 2026\n');
    expect(engine.calls).toEqual(['formatSessionBrief undefined', 'formatSessionStatus']);
  });

  it('diagnose sys session filter keeps state per console and feeds list and clear', () => {
    cli.execute(
      lines(
        'diagnose sys session filter src 192.168.30.108',
        'diag sys session filter dport 22',
        'dia sys session filter proto 6',
      ),
    );
    cli.execute('diagnose sys session filter intf port1');
    cli.execute('diagnose sys session filter policy 3');
    const shown = cli.execute('diagnose sys session filter');
    expect(shown).toContain('source ip: 192.168.30.108-192.168.30.108\n');
    expect(shown).toContain('dest port: 22-22\n');
    expect(shown).toContain('proto: 6-6\n');
    expect(shown).toContain('policy id: 3-3\n');
    expect(shown).toContain('intf: port1\n');
    expect(shown.split('\n')[0]).toBe('session filter:');
    expect(cli.execute('dia sys session list')).toBe('total session 0\n');
    expect(cli.execute('diagnose sys session clear')).toBe('');
    const f = '{"src":3232243308,"dport":22,"proto":6,"intf":"port1","policy":3}';
    expect(engine.calls).toEqual([`formatSessionList ${f}`, `clearSessions ${f}`]);

    const other = createConsole({ engine, records: fakeRecords([]) });
    other.execute('diagnose sys session list');
    expect(engine.calls.at(-1)).toBe('formatSessionList {}');

    cli.execute('diagnose sys session filter clear');
    expect(cli.execute('diagnose sys session filter')).toContain('source ip: any\n');
  });

  it('refuses bad filter values naming them', () => {
    expect(cli.execute('diagnose sys session filter src 300.1.1.1')).toContain(
      "value parse error before '300.1.1.1'\nCommand fail. Return code -651\nline 1, column 33: filter src needs a dotted IPv4 address",
    );
    expect(cli.execute('diagnose sys session filter dport 70000')).toContain(
      'filter dport must be an integer 0-65535',
    );
    expect(cli.execute('diagnose sys session filter intf port9')).toContain("no interface 'port9'");
    expect(cli.execute('diagnose sys session filter color red')).toContain("unknown session filter 'color'");
    expect(cli.execute('diagnose sys session filter')).toContain('source ip: any\n');
  });

  it('diagnose firewall dynamic list [name] and diagnose endpoint record list [ip]', () => {
    expect(cli.execute('diag firewall dynamic list')).toBe('List all dynamic addresses:\n');
    cli.execute('diag firewall dynamic list EMS1_ZTNA_APP_SERVERS');
    expect(engine.calls).toEqual(['formatDynamicList undefined', 'formatDynamicList EMS1_ZTNA_APP_SERVERS']);
    const records = cli.execute('diagnose endpoint record list 192.168.30.108');
    expect(records).toContain('192.168.30.108');
    expect(records).toContain(
      'online records: 1; offline records: 0; quarantined records: 0; out-of-sync records: 0',
    );
    expect(cli.execute('diagnose endpoint record list 192.168.30.9')).toContain('online records: 0;');
    expect(cli.execute('diagnose endpoint record list nope')).toContain("value parse error before 'nope'");
  });

  it('filters output through | grep as in the seed (get system session list | grep 192.168.12.99)', () => {
    expect(cli.execute('show firewall policy | grep nat')).toBe('        set nat enable\n');
    expect(cli.execute('show firewall policy | grep -c "set srcintf"')).toBe('2\n');
    expect(cli.execute('show system global | grep -v -i HOSTNAME')).toBe('config system global\nend\n');
    expect(cli.execute('get system session list | grep PROTO')).toContain('PROTO   EXPIRE SOURCE');
    expect(cli.execute('show system global | sort')).toContain("command parse error before 'sort'");
    expect(cli.execute('show system global | grep')).toContain('grep needs a pattern');
  });

  it('prints Unknown action for unknown commands and a parse error for unknown words', () => {
    expect(cli.execute('reboot now')).toBe('Unknown action 0\nCommand fail. Return code -1\n');
    expect(cli.execute('diagnose sys bogus list')).toContain(
      "command parse error before 'bogus'\nCommand fail. Return code -61\n",
    );
    expect(cli.execute('get system')).toContain("incomplete command after 'system'");
    expect(cli.execute('show "unterminated')).toContain('unterminated quoted string');
  });

  it('starts from the factory config when given one', () => {
    const fresh = new FakeEngine(factoryConfig());
    const c = createConsole({ engine: fresh, records: fakeRecords([]) });
    expect(c.prompt()).toBe('FortiGate-VM64 # ');
  });
});
