import { readFileSync } from 'node:fs';
import { ipv4ToInt } from '@ztna/proto';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { TcpFlag } from '../core/model/engine-api.js';
import { createEngine } from '../core/engine/engine.js';
import type { MembershipChange } from '../core/model/membership.js';
import { createConsole } from './console.js';
import { fakeRecords } from '../../testing/fake-engine.js';
import { parseConfigText } from '../fortios/parse.js';
import { lines } from '../../testing/test-helpers.js';

const TAG = 'EMS1_ZTNA_APP_SERVERS';
const sample = readFileSync(new URL('../../config/sample.conf', import.meta.url), 'utf8');
const change = (revision: number, op: 'add' | 'remove'): MembershipChange => ({
  revision,
  created: revision === 1 ? [{ name: TAG, tag: 'APP_SERVERS', id: 115, emsId: 1, kind: 'ztna-ip' }] : [],
  deltas: [{ address: TAG, member: '192.168.30.108', op }],
});

describe('console over the real engine with config/sample.conf (seed 1)', () => {
  it('shows the seed session established, dirty after the tag removal, then blocked', () => {
    const clock = new FakeClock();
    const engine = createEngine(parseConfigText(sample), { clock, dirtySweepDelayMs: 10_000 });
    const cli = createConsole({ engine, records: fakeRecords([]) }, { clock });
    engine.onMembershipChange(change(1, 'add'));
    const ssh = {
      proto: 6 as const,
      src: ipv4ToInt('192.168.30.108'),
      sport: 54225,
      dst: ipv4ToInt('192.168.12.99'),
      dport: 22,
      flags: TcpFlag.SYN,
      bytes: 73,
    };
    const reply = {
      ...ssh,
      src: ssh.dst,
      sport: ssh.dport,
      dst: ssh.src,
      dport: ssh.sport,
      flags: TcpFlag.SYN | TcpFlag.ACK,
    };
    expect(engine.process(ssh)).toMatchObject({ action: 'accept', policyId: 3 });
    expect(engine.process(reply)).toMatchObject({ action: 'accept' });
    expect(engine.process({ ...ssh, flags: TcpFlag.ACK })).toMatchObject({ action: 'accept' });

    const established = cli.execute('dia sys session list');
    expect(established).toContain('dev=9->3/3->9 gwy=192.168.170.1/0.0.0.0');
    expect(established).toContain('policy_id=3 pol_uuid_idx=15849');
    expect(established).toContain('state=log may_dirty');
    expect(cli.execute('diag firewall dynamic list EMS1_ZTNA_APP_SERVERS')).toContain('ADDR(192.168.30.108)');
    expect(cli.execute('get system session list | grep 192.168.12.99')).toMatch(
      /^tcp \d+ 192\.168\.30\.108:54225 - 192\.168\.12\.99:22 -\n$/,
    );

    expect(cli.execute(lines('config system settings', '    set dyn-addr-session-check enable', 'end'))).toBe(
      '',
    );
    engine.onMembershipChange(change(2, 'remove'));
    expect(cli.execute('diagnose sys session list')).toContain('state=dirty may_dirty');

    clock.advance(10_000);
    engine.tick();
    const blocked = cli.execute('diagnose sys session list');
    expect(blocked).toContain('policy_id=0');
    expect(blocked).toMatch(/state=block /);
    expect(engine.process({ ...ssh, flags: TcpFlag.ACK })).toMatchObject({ action: 'deny' });
  });
});
