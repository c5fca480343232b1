import type { Clock } from '../core/clock.js';
import type { PacketIn, Verdict } from '../core/model/engine-api.js';
import type { PacketBatch, VerdictBatch } from '../core/engine/packet-batch.js';
import { VERDICT_REASONS } from '../core/engine/verdict-reasons.js';
import type { GatewayMetrics } from './gateway-metrics.js';
import type { RevocationTracker } from './revocation-tracker.js';

/** Counts verdicts by reason and times the first drop after a revocation, for both packet paths. */
export class VerdictObserver {
  constructor(
    private readonly clock: Clock,
    private metrics?: GatewayMetrics,
    private revocations?: RevocationTracker,
  ) {}

  /** Adds metrics and revocation timing once the registry exists. */
  attach(metrics: GatewayMetrics, revocations: RevocationTracker): void {
    this.metrics = metrics;
    this.revocations = revocations;
  }

  batch(batch: PacketBatch, out: VerdictBatch): void {
    const now = this.clock.now();
    for (let i = 0; i < batch.count; i++) {
      const reason = out.reason[i]!;
      this.metrics?.verdict(reason);
      if (out.action[i] === 0) this.revocations?.dropped(batch.src[i]!, batch.dst[i]!, now);
    }
  }

  one(packet: PacketIn, verdict: Verdict): void {
    this.metrics?.verdict(VERDICT_REASONS.indexOf(verdict.reason));
    if (verdict.action === 'deny') this.revocations?.dropped(packet.src, packet.dst, this.clock.now());
  }
}
