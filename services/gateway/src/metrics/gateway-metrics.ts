import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { ConfigApplyReport, EngineApi, TriggerReport } from '../core/model/engine-api.js';
import { VERDICT_REASONS } from '../core/engine/verdict-reasons.js';

const LATENCY_BUCKETS_S = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30];

/** Engine-side metrics on a gateway's own registry (never the global one). */
export class GatewayMetrics {
  readonly revocationToDirty: Histogram;
  readonly revocationToDrop: Histogram;
  private readonly packets: Counter<'action' | 'reason'>;
  private readonly marks: Counter<'trigger' | 'mark'>;
  private readonly rechecks: Counter<'path'>;
  private readonly reasonCounts = new Float64Array(VERDICT_REASONS.length);

  constructor(registry: Registry, engine: EngineApi & { readonly auditBlocked?: number }) {
    new Gauge({
      name: 'ztna_gateway_sessions',
      help: 'Sessions in the table by state (may_dirty counts every session)',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const s = engine.stats();
        this.set({ state: 'total' }, s.total);
        this.set({ state: 'may_dirty' }, s.mayDirty);
        this.set({ state: 'dirty' }, s.dirty);
        this.set({ state: 'persistent' }, s.persistent);
        this.set({ state: 'block' }, s.block);
      },
    });
    new Gauge({
      name: 'ztna_gateway_engine_revision',
      help: 'Newest membership revision the engine has applied',
      registers: [registry],
      collect() {
        this.set(engine.revision);
      },
    });
    new Gauge({
      name: 'ztna_gateway_audit_would_block',
      help: 'Re-checks that would have blocked a session while audit mode is on',
      registers: [registry],
      collect() {
        this.set(engine.auditBlocked ?? 0);
      },
    });
    const reasonCounts = this.reasonCounts;
    this.packets = new Counter({
      name: 'ztna_gateway_packets_total',
      help: 'Packets by verdict and reason',
      labelNames: ['action', 'reason'],
      registers: [registry],
      collect() {
        reasonCounts.forEach((n, i) => {
          if (n === 0) return;
          const reason = VERDICT_REASONS[i]!;
          this.inc({ action: ACCEPT_REASONS.has(reason) ? 'accept' : 'deny', reason }, n);
          reasonCounts[i] = 0;
        });
      },
    });
    this.marks = new Counter({
      name: 'ztna_gateway_session_marks_total',
      help: 'Sessions marked dirty or persistent, by trigger',
      labelNames: ['trigger', 'mark'],
      registers: [registry],
    });
    this.rechecks = new Counter({
      name: 'ztna_gateway_rechecks_total',
      help: 'Dirty sessions re-checked, by path (next packet or background sweep)',
      labelNames: ['path'],
      registers: [registry],
    });
    this.revocationToDirty = new Histogram({
      name: 'ztna_gateway_revocation_to_dirty_seconds',
      help: 'EMS emitted time of a membership change to its sessions marked dirty',
      buckets: LATENCY_BUCKETS_S,
      registers: [registry],
    });
    this.revocationToDrop = new Histogram({
      name: 'ztna_gateway_revocation_to_drop_seconds',
      help: 'EMS emitted time of a removal to the first packet dropped from or to the removed IP',
      buckets: LATENCY_BUCKETS_S,
      registers: [registry],
    });
  }

  /** Counts one verdict by its reason index (see VERDICT_REASONS); cheap enough for the batch path. */
  verdict(reasonIndex: number): void {
    this.reasonCounts[reasonIndex]! += 1;
    if (reasonIndex === RECHECKED) this.rechecks.inc({ path: 'packet' });
  }

  trigger(report: TriggerReport): void {
    if (report.dirty > 0) this.marks.inc({ trigger: report.trigger, mark: 'dirty' }, report.dirty);
    if (report.persistent > 0)
      this.marks.inc({ trigger: report.trigger, mark: 'persistent' }, report.persistent);
  }

  configApplied(report: ConfigApplyReport): void {
    for (const t of report.triggers) this.trigger(t);
  }

  sweptRechecks(n: number): void {
    if (n > 0) this.rechecks.inc({ path: 'sweep' }, n);
  }
}

const ACCEPT_REASONS = new Set(['new-session', 'established', 'rechecked', 'persistent']);
const RECHECKED = VERDICT_REASONS.indexOf('rechecked');
