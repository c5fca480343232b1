import type { SessionRow } from '../model/session-row.js';

/** What `diagnose sys session stat` reports beyond the rows themselves. */
export interface SessionStatCounters {
  /** SNAT port clashes met while creating sessions (cumulative). */
  readonly clash: number;
  /** `diagnose sys session clear` runs since the last `stat` (FortiOS resets it on each view). */
  readonly flush: number;
  /** FQDN addresses the gateway resolves. */
  readonly fqdnCount: number;
}

/** FortiOS's limit of ephemeral sessions as a FortiGate-VM64 prints it. */
const EPHEMERAL_LIMIT = 131062;

const TCP_STATE_NAMES = [
  'NONE',
  'ESTABLISHED',
  'SYN_SENT',
  'SYN & SYN/ACK',
  'FIN_WAIT',
  'TIME_WAIT',
  'CLOSE',
];

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/** A TCP session still being set up, or a UDP session that has seen no reply (FortiOS's "ephemeral"). */
function ephemeral(r: SessionRow): boolean {
  if (r.proto === 6) return r.protoState === 2 || r.protoState === 3;
  return r.proto === 17 && r.protoState === 0;
}

/**
 * `diagnose sys session stat` in FortiOS's layout (Fortinet community: "Technical Tip: How to identify
 * if 'diagnose sys session clear' command has been issued to clear session" and "Meaning of the counter
 * fields in diagnose sys session full-stat"): `session_count` live sessions, `setup_rate` sessions set
 * up in the last second, `exp_count` expectation sessions (none: the simulator has no session helpers
 * that open them), `clash`, `ephemeral` (half-open TCP, one-way UDP) over the limit, `flush`, the TCP
 * sessions per state, then the error counters (zero) and `fqdn_count`.
 */
export function formatSessionStat(rows: readonly SessionRow[], counters: SessionStatCounters): string {
  const tcp = new Array<number>(TCP_STATE_NAMES.length).fill(0);
  for (const r of rows) if (r.proto === 6) tcp[r.protoState] = (tcp[r.protoState] ?? 0) + 1;
  const setupRate = rows.filter((r) => r.durationS === 0).length;
  const lines = [
    `misc info:\tsession_count=${rows.length} setup_rate=${setupRate} exp_count=0 clash=${counters.clash}`,
    `\tmemory_tension_drop=0 ephemeral=${rows.filter(ephemeral).length}/${EPHEMERAL_LIMIT} removeable=0`,
    `delete=0, flush=${counters.flush}, dev_down=0/0 ses_flush_filters=0`,
    'flush_work_num=0',
    'TCP sessions:',
    ...TCP_STATE_NAMES.flatMap((name, i) =>
      tcp[i] ? [`${String(tcp[i]).padStart(10)} in ${name} state`] : [],
    ),
    'firewall error stat:',
    ...['error1', 'error2', 'error3', 'error4', 'tt', 'cont', 'ids_recv', 'url_recv', 'av_recv'].map(
      (k) => `${k}=00000000`,
    ),
    `fqdn_count=${hex8(counters.fqdnCount)}`,
    'fqdn6_count=00000000',
    'global: ses_limit=0 ses6_limit=0 rt_limit=0 rt6_limit=0',
  ];
  return lines.join('\n') + '\n';
}
