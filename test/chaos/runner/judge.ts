/** The invariants the runner checks, by the name reports use. */
export const INVARIANTS = ['convergence', 'staleness', 'enforcement', 'exactly-once', 'resources'] as const;
export type Invariant = (typeof INVARIANTS)[number];

/** One broken invariant: when (ms since the start), what, and the evidence seen. */
export interface Violation {
  readonly atMs: number;
  readonly invariant: Invariant;
  readonly what: string;
  readonly evidence: string;
}

/** One point of the time series the report charts, per second of the run. */
export interface Sample {
  readonly atMs: number;
  readonly eventsPerS: number;
  /** Revocation latency (EMS detach → applied and processed by a gateway) in this window, ms. */
  readonly revocationP50Ms: number | null;
  readonly revocationP99Ms: number | null;
  /** Largest age of an unapplied EMS event over the gateways, ms. */
  readonly lagMs: number;
  readonly resyncs: number;
}

const MAX_VIOLATIONS_PER_INVARIANT = 200;

/** p-quantile (0–1) of values, nearest rank; null when there are none. */
export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** Collects violations (bounded per invariant, counted beyond) and the run's measurements. */
export class Judge {
  readonly violations: Violation[] = [];
  readonly counts = new Map<Invariant, number>(INVARIANTS.map((i) => [i, 0]));
  readonly revocations: { atMs: number; latencyMs: number; calm: boolean }[] = [];
  /** Whether no fault is in force or healing right now (set by the runner). */
  calm: () => boolean = () => true;
  /** Told every recorded violation as it happens (the progress output). */
  onViolation: (v: Violation) => void = () => undefined;
  readonly samples: Sample[] = [];
  readonly checks = new Map<Invariant, number>(INVARIANTS.map((i) => [i, 0]));

  constructor(private readonly startedAt: number) {}

  /** Ms since the start of the run. */
  now(): number {
    return Date.now() - this.startedAt;
  }

  /** Counts one evaluation of an invariant (so a report can say how often each was checked). */
  checked(invariant: Invariant, times = 1): void {
    this.checks.set(invariant, (this.checks.get(invariant) ?? 0) + times);
  }

  violate(invariant: Invariant, what: string, evidence: string): void {
    const n = (this.counts.get(invariant) ?? 0) + 1;
    this.counts.set(invariant, n);
    if (n <= MAX_VIOLATIONS_PER_INVARIANT) {
      const v = { atMs: this.now(), invariant, what, evidence: evidence.slice(0, 2000) };
      this.violations.push(v);
      this.onViolation(v);
    }
  }

  get total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  revoked(latencyMs: number): void {
    this.revocations.push({ atMs: this.now(), latencyMs, calm: this.calm() });
  }
}
