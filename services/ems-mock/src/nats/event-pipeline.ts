import { eventMessageId, ztna, type Subjects } from '@ztna/proto';
import type { EventKind } from '../domain/endpoint-record.js';
import type { EventSink } from '../domain/ems-domain.js';
import type { FaultInjector } from '../faults/fault-injector.js';
import type { EmsMetrics } from '../metrics/ems-metrics.js';
import type { JetStreamPublisher, PublishRequest } from './jetstream-publisher.js';

/**
 * Turns domain events into JetStream publishes: encodes the envelope, names the subject
 * (`endpointEvents(ems, uid)`) and the message id (`<ems>:<incarnation>:<seq>`), and applies the
 * publisher-side faults when any are configured.
 */
export class EventPipeline implements EventSink {
  private held: PublishRequest | undefined;
  private readonly subjectOf = new Map<string, string>();

  constructor(
    private readonly subjects: Subjects,
    private readonly publisher: JetStreamPublisher,
    private readonly faults: FaultInjector,
    private readonly metrics: EmsMetrics,
  ) {}

  emit(envelope: ztna.v1.IEnvelope, kind: EventKind, uid: string): void {
    const emsId = envelope.emsId as number;
    const seq = envelope.seq as number;
    const request: PublishRequest = {
      seq,
      kind,
      subject: this.subject(emsId, uid),
      msgId: eventMessageId(emsId, envelope.incarnation as string, seq),
      data: ztna.v1.Envelope.encode(envelope).finish(),
    };
    this.metrics.produced[kind] += 1;
    const decision = this.faults.decide();
    if (decision.drop) {
      this.metrics.faults.inc({ fault: 'drop' });
      return this.releaseHeld();
    }
    if (decision.delayMs > 0) {
      this.metrics.faults.inc({ fault: 'delay' });
      request.delayMs = decision.delayMs;
    }
    if (decision.reorder && !this.held) {
      this.metrics.faults.inc({ fault: 'reorder' });
      this.held = request;
      return;
    }
    this.publisher.publish(request);
    if (decision.duplicate) {
      this.metrics.faults.inc({ fault: 'duplicate' });
      this.publisher.publish({ ...request, msgId: `${request.msgId}:dup`, delayMs: undefined });
    }
    this.releaseHeld();
  }

  /** Publishes an event held back by the reorder fault, then waits until everything is acked. */
  async flush(): Promise<void> {
    this.releaseHeld();
    await this.publisher.flush();
  }

  private subject(emsId: number, uid: string): string {
    let subject = this.subjectOf.get(uid);
    if (subject === undefined) {
      if (this.subjectOf.size >= 100_000) this.subjectOf.clear();
      subject = this.subjects.endpointEvents(emsId, uid);
      this.subjectOf.set(uid, subject);
    }
    return subject;
  }

  /** Publishes an event held back by the reorder fault, if any. */
  releaseHeld(): void {
    const held = this.held;
    this.held = undefined;
    if (held) this.publisher.publish(held);
  }
}
