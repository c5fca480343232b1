import type { FaultRecord } from './faults.js';
import { INVARIANTS, quantile, type Invariant, type Judge, type Sample, type Violation } from './judge.js';
import type { ChaosOptions } from './options.js';

/** What `report.json` holds (and `report.html` shows). */
export interface ChaosReport {
  readonly passed: boolean;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly options: ChaosOptions;
  readonly events: number;
  readonly eventsPerS: number;
  readonly packets: number;
  readonly traffic: { established: number; failedEstablish: number; revoked: number; checked: number };
  readonly resyncs: number;
  readonly faults: readonly FaultRecord[];
  readonly faultKinds: Readonly<Record<string, number>>;
  readonly convergenceMs: { p50: number | null; p99: number | null; max: number | null };
  /** EMS detach → applied and processed by a gateway, every revocation (faults included). */
  readonly revocationMs: { count: number; p50: number | null; p99: number | null; max: number | null };
  /** The same, only revocations made and applied with no fault in force. */
  readonly revocationCalmMs: { count: number; p50: number | null; p99: number | null; max: number | null };
  readonly invariants: Readonly<Record<Invariant, { checks: number; violations: number }>>;
  readonly violations: readonly Violation[];
  readonly samples: readonly Sample[];
}

/** Summarises a finished run. */
export function buildReport(input: {
  options: ChaosOptions;
  startedAt: number;
  judge: Judge;
  faults: FaultRecord[];
  produced: number;
  packets: number;
  traffic: ChaosReport['traffic'];
  resyncs: number;
}): ChaosReport {
  const { judge, faults } = input;
  const durationMs = Date.now() - input.startedAt;
  const converged = faults.flatMap((f) => (f.convergedMs === undefined ? [] : [f.convergedMs]));
  const latencies = judge.revocations.map((r) => r.latencyMs);
  const calm = judge.revocations.filter((r) => r.calm).map((r) => r.latencyMs);
  const figures = (values: number[]) => ({
    count: values.length,
    p50: quantile(values, 0.5),
    p99: quantile(values, 0.99),
    max: quantile(values, 1),
  });
  const faultKinds: Record<string, number> = {};
  for (const f of faults) faultKinds[f.kind] = (faultKinds[f.kind] ?? 0) + 1;
  return {
    passed: judge.total === 0,
    startedAt: new Date(input.startedAt).toISOString(),
    durationMs,
    options: input.options,
    events: input.produced,
    eventsPerS: Math.round(input.produced / (durationMs / 1000)),
    packets: input.packets,
    traffic: { ...input.traffic },
    resyncs: input.resyncs,
    faults,
    faultKinds,
    convergenceMs: {
      p50: quantile(converged, 0.5),
      p99: quantile(converged, 0.99),
      max: quantile(converged, 1),
    },
    revocationMs: figures(latencies),
    revocationCalmMs: figures(calm),
    invariants: Object.fromEntries(
      INVARIANTS.map((i) => [i, { checks: judge.checks.get(i) ?? 0, violations: judge.counts.get(i) ?? 0 }]),
    ) as Record<Invariant, { checks: number; violations: number }>,
    violations: judge.violations,
    samples: judge.samples,
  };
}

/** The closing lines the CLI prints: the verdict, the figures, every invariant, the first violations. */
export function summaryLines(r: ChaosReport, reportDir: string): string[] {
  const ms = (v: number | null): string => (v === null ? '-' : `${Math.round(v)} ms`);
  const lines = [
    `[chaos] ${r.passed ? 'PASSED' : 'FAILED'}: ${r.events} events (${r.eventsPerS}/s), ${r.faults.length} faults, ${r.packets} packets, ${r.resyncs} resyncs`,
    `[chaos] traffic: ${r.traffic.established} sessions established (${r.traffic.failedEstablish} refused), ${r.traffic.revoked} revocations, ${r.traffic.checked} revoked sessions judged`,
    `[chaos] convergence p50 ${ms(r.convergenceMs.p50)} p99 ${ms(r.convergenceMs.p99)} max ${ms(r.convergenceMs.max)}; revocation (${r.revocationMs.count}) p50 ${ms(r.revocationMs.p50)} p99 ${ms(r.revocationMs.p99)} max ${ms(r.revocationMs.max)}; with no fault in force (${r.revocationCalmMs.count}) p50 ${ms(r.revocationCalmMs.p50)} p99 ${ms(r.revocationCalmMs.p99)}`,
    `[chaos] faults: ${Object.entries(r.faultKinds)
      .map(([k, n]) => `${k}×${n}`)
      .join(', ')}`,
    ...Object.entries(r.invariants).map(
      ([name, v]) =>
        `[chaos]   ${v.violations === 0 ? 'ok  ' : 'FAIL'} ${name}: ${v.checks} checks, ${v.violations} violations`,
    ),
    ...r.violations
      .slice(0, 10)
      .map(
        (v) =>
          `[chaos]   violation ${v.invariant} at ${(v.atMs / 1000).toFixed(1)} s: ${v.what} (${v.evidence})`,
      ),
    `[chaos] reports: ${reportDir}/report.json, ${reportDir}/report.html`,
  ];
  return lines;
}
