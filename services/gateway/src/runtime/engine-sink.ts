import type { Clock } from '../core/clock.js';
import type { EngineApi, TriggerReport } from '../core/model/engine-api.js';
import type { MembershipChange, MembershipSink } from '../core/model/membership.js';
import type { GatewayMetrics } from '../metrics/gateway-metrics.js';
import type { RevocationTracker } from '../metrics/revocation-tracker.js';
import type { GatewayEventSink } from '../core/model/gateway-events.js';
import type { MembershipEvents } from './membership-events.js';

/** What one membership revision did to the engine. */
export interface AppliedRevision {
  readonly change: MembershipChange;
  readonly report: TriggerReport;
  /** When the engine finished applying it (sessions already marked), epoch ms. */
  readonly appliedAtMs: number;
}

export type RevisionListener = (applied: AppliedRevision) => void;

export interface EngineSinkOptions {
  clock: Clock;
  metrics?: GatewayMetrics;
  revocations?: RevocationTracker;
  /** The event feed: told each revision's membership changes before the engine marks sessions. */
  events?: { readonly sink: GatewayEventSink; readonly membership: MembershipEvents };
}

/**
 * The membership port as the gateway wires it: hands each revision to the engine in order (a revision
 * at or below the engine's is ignored), measures what it marked, and tells listeners. Synchronous, so
 * tag sync's call returns only once the engine has processed the revision.
 */
export class EngineSink implements MembershipSink {
  private readonly listeners = new Set<RevisionListener>();

  constructor(
    private readonly engine: EngineApi,
    private readonly options: EngineSinkOptions,
  ) {}

  onMembershipChange(change: MembershipChange): void {
    if (change.revision <= this.engine.revision) return;
    const events = this.options.events;
    if (events !== undefined) events.membership.emit(change, events.sink, this.options.clock.now());
    const before = this.engine.stats();
    this.engine.onMembershipChange(change);
    const after = this.engine.stats();
    const now = this.options.clock.now();
    const report: TriggerReport = {
      trigger: 'dynamic-address',
      dirty: Math.max(0, after.dirty + after.block - before.dirty - before.block),
      persistent: Math.max(0, after.persistent - before.persistent),
    };
    const { metrics, revocations } = this.options;
    metrics?.trigger(report);
    if (change.emittedAtMs !== undefined && report.dirty > 0) {
      metrics?.revocationToDirty.observe(Math.max(0, now - change.emittedAtMs) / 1000);
    }
    revocations?.revoked(change);
    const applied: AppliedRevision = { change, report, appliedAtMs: now };
    for (const listener of this.listeners) listener(applied);
  }

  /** Adds metrics and revocation timing once the registry exists (revisions before are not measured). */
  attach(metrics: GatewayMetrics, revocations: RevocationTracker): void {
    this.options.metrics = metrics;
    this.options.revocations = revocations;
  }

  /** Calls `listener` after every revision the engine applied; returns the unsubscribe function. */
  onApplied(listener: RevisionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
