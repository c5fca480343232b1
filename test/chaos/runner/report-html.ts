import type { ChaosReport } from './report.js';
import { barChart, escapeHtml, lineChart } from './svg-chart.js';

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1d2330;background:#fafbfc}
h1{font-size:22px;margin:0 0 4px}.verdict{display:inline-block;padding:2px 10px;border-radius:4px;color:#fff;font-weight:600}
.pass{background:#1a7f37}.fail{background:#c62828}.figures{display:flex;flex-wrap:wrap;gap:12px;margin:14px 0}
.figure{background:#fff;border:1px solid #d8dee4;border-radius:6px;padding:8px 12px;min-width:120px}.figure b{display:block;font-size:18px}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(640px,1fr));gap:12px}
.chart{background:#fff;border:1px solid #d8dee4;border-radius:6px}.title{font-weight:600;font-size:13px}
.axis{font-size:10px;fill:#57606a}.legend{font-size:11px}.legend-box{fill:#fff;fill-opacity:.85}.grid{stroke:#eaeef2}.bar{fill:#3b6fd8}.bar.failed{fill:#c62828}
.bound{stroke:#c62828;stroke-dasharray:4 3}table{border-collapse:collapse;background:#fff;margin:8px 0 18px}
td,th{border:1px solid #d8dee4;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f5f7}
td.ok{color:#1a7f37;font-weight:600}td.bad{color:#c62828;font-weight:600}code{font-size:12px}`;

const ms = (v: number | null): string => (v === null ? '–' : `${Math.round(v)} ms`);

/**
 * The report as one self-contained HTML page: verdict and figures first, then the charts (inline SVG:
 * events/s, revocation latency p50/p99 over time, convergence time per fault, resyncs), the invariants,
 * every violation, the faults and the options. Nothing is loaded from anywhere.
 */
export function renderReportHtml(r: ChaosReport): string {
  const s = r.samples;
  const x = (atMs: number): number => atMs / 1000;
  const figures: [string, string][] = [
    ['events', `${r.events.toLocaleString('en')}`],
    ['events/s', `${r.eventsPerS.toLocaleString('en')}`],
    ['faults', `${r.faults.length}`],
    [
      'convergence p50 / p99 / max',
      `${ms(r.convergenceMs.p50)} / ${ms(r.convergenceMs.p99)} / ${ms(r.convergenceMs.max)}`,
    ],
    ['revocation p50 / p99', `${ms(r.revocationMs.p50)} / ${ms(r.revocationMs.p99)}`],
    ['revocation p99, no fault', ms(r.revocationCalmMs.p99)],
    ['resyncs', `${r.resyncs}`],
    [
      'violations',
      `${r.violations.length === 0 ? 0 : Object.values(r.invariants).reduce((a, v) => a + v.violations, 0)}`,
    ],
  ];
  const charts = [
    lineChart('EMS events per second', '', [
      { name: 'events/s', color: '#3b6fd8', points: s.map((p) => [x(p.atMs), p.eventsPerS]) },
    ]),
    lineChart('Revocation latency (EMS detach → applied by a gateway)', ' ms', [
      { name: 'p50', color: '#1a7f37', points: s.map((p) => [x(p.atMs), p.revocationP50Ms]) },
      { name: 'p99', color: '#d9822b', points: s.map((p) => [x(p.atMs), p.revocationP99Ms]) },
    ]),
    barChart(
      'Convergence time per fault (heal → Redis = mirror = EMS)',
      ' ms',
      r.faults.map((f) => ({ label: `${f.n} ${f.kind} on ${f.target}`, value: f.convergedMs ?? null })),
      r.options.convergenceBoundMs,
    ),
    lineChart('Resyncs (cumulative, every gateway)', '', [
      { name: 'resyncs', color: '#8250df', points: s.map((p) => [x(p.atMs), p.resyncs]) },
    ]),
    lineChart('Largest age of an unapplied EMS event', ' ms', [
      { name: 'lag', color: '#57606a', points: s.map((p) => [x(p.atMs), p.lagMs]) },
    ]),
  ];
  const invariantRows = Object.entries(r.invariants)
    .map(
      ([name, v]) =>
        `<tr><td>${name}</td><td class="${v.violations === 0 ? 'ok' : 'bad'}">${v.violations === 0 ? 'held' : 'violated'}</td><td>${v.checks}</td><td>${v.violations}</td></tr>`,
    )
    .join('');
  const violationRows =
    r.violations.length === 0
      ? '<tr class="none"><td colspan="4">No violations.</td></tr>'
      : r.violations
          .map(
            (v) =>
              `<tr class="violation"><td>${(v.atMs / 1000).toFixed(1)} s</td><td>${v.invariant}</td><td>${escapeHtml(v.what)}</td><td><code>${escapeHtml(v.evidence)}</code></td></tr>`,
          )
          .join('');
  const faultRows = r.faults
    .map(
      (f) =>
        `<tr><td>${f.n}</td><td>${f.kind}</td><td>${escapeHtml(f.target)}</td><td>${(f.startedAt / 1000).toFixed(1)} s</td><td>${f.healedAt === undefined ? '–' : `${(f.healedAt / 1000).toFixed(1)} s`}</td><td>${ms(f.convergedMs ?? null)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ztna-tagsync chaos report — ${r.passed ? 'passed' : 'FAILED'}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>${STYLE}</style></head><body>
<h1>ztna-tagsync chaos run <span class="verdict ${r.passed ? 'pass' : 'fail'}">${r.passed ? 'PASSED' : 'FAILED'}</span></h1>
<div>${escapeHtml(r.startedAt)} · ${(r.durationMs / 1000).toFixed(0)} s · seed ${r.options.seed} · ${r.options.rate} events/s × ${r.options.ems} EMS · ${r.options.gateways} gateways · ${r.options.traffic} traffic endpoints · fault every ${(r.options.faultEveryMs / 1000).toFixed(1)} s</div>
<div class="figures">${figures.map(([k, v]) => `<div class="figure">${escapeHtml(k)}<b>${escapeHtml(v)}</b></div>`).join('')}</div>
<div class="charts">${charts.join('\n')}</div>
<h2>Invariants</h2><table id="invariants"><tr><th>invariant</th><th>verdict</th><th>checks</th><th>violations</th></tr>${invariantRows}</table>
<h2>Violations</h2><table id="violations"><tr><th>at</th><th>invariant</th><th>what</th><th>evidence</th></tr>${violationRows}</table>
<h2>Faults</h2><table id="faults"><tr><th>#</th><th>kind</th><th>target</th><th>start</th><th>healed</th><th>converged</th></tr>${faultRows}</table>
<h2>Options</h2><pre>${escapeHtml(JSON.stringify(r.options, null, 2))}</pre>
</body></html>
`;
}
