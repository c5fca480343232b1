import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { TcpFlag } from '../model/engine-api.js';
import { createEngine } from '../engine/engine.js';
import { establishSsh, seedConfig, seedMembership, sshOrg } from '../../../testing/seed-network.js';

describe('diagnose sys session stat', () => {
  // Fortinet community, "Technical Tip: How to identify if 'diagnose sys session clear' command has been
  // issued to clear session": the layout line by line, with this table's counters; `flush` counts the
  // clears since the last view and is reset by viewing.
  it('prints FortiOS layout with the table counters, flush reset after each view', () => {
    const clock = new FakeClock();
    const engine = createEngine(seedConfig(), { clock });
    engine.onMembershipChange(seedMembership(1));
    establishSsh(engine);
    clock.advance(2_000);
    engine.process({ ...sshOrg(TcpFlag.SYN), sport: 54226 });
    engine.clearSessions({ proto: 17 });
    expect(engine.formatSessionStat().split('\n')).toEqual([
      'misc info:\tsession_count=2 setup_rate=1 exp_count=0 clash=0',
      '\tmemory_tension_drop=0 ephemeral=1/131062 removeable=0',
      'delete=0, flush=1, dev_down=0/0 ses_flush_filters=0',
      'flush_work_num=0',
      'TCP sessions:',
      '         1 in ESTABLISHED state',
      '         1 in SYN_SENT state',
      'firewall error stat:',
      'error1=00000000',
      'error2=00000000',
      'error3=00000000',
      'error4=00000000',
      'tt=00000000',
      'cont=00000000',
      'ids_recv=00000000',
      'url_recv=00000000',
      'av_recv=00000000',
      'fqdn_count=00000000',
      'fqdn6_count=00000000',
      'global: ses_limit=0 ses6_limit=0 rt_limit=0 rt6_limit=0',
      '',
    ]);
    expect(engine.formatSessionStat()).toContain('delete=0, flush=0, ');
  });
});
