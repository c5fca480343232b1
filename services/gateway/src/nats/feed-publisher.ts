import { gatewayEventMessageId, gatewayEventSubject, ztna } from '@ztna/proto';
import type { JetStreamClient } from 'nats';
import type { FeedEvent } from '../feed/feed-event.js';

export interface FeedPublisherOptions {
  readonly subjectPrefix: string;
  /** Events waiting to be published at most; beyond it new events are dropped and counted. */
  readonly bufferSize: number;
  /** Publishes awaiting their JetStream ack at most (default 256). */
  readonly maxInFlight?: number;
  /** Called with how many events were dropped and why (buffer full, publish failed). */
  onDropped(count: number, reason: 'buffer-full' | 'publish-failed'): void;
  /** Called once per failed publish (the caller logs it once per kind). */
  onError?(err: unknown): void;
}

/**
 * Publishes feed events to JetStream on `<prefix>.gw.<id>.events.<kind>` with message id
 * `<gatewayId>:<id>`, as protobuf `GatewayEvent`. `offer` only queues (bounded; a full buffer drops the
 * new event and counts it), so the packet path and the apply loop never wait for NATS; a pump
 * publishes from the queue with a bounded number of acks outstanding.
 */
export class FeedPublisher {
  private queue: FeedEvent[] = [];
  private head = 0;
  private inFlight = 0;
  private scheduled = false;
  private stopped = false;
  private idleWaiters: (() => void)[] = [];
  private readonly maxInFlight: number;

  constructor(
    private readonly js: JetStreamClient,
    private readonly options: FeedPublisherOptions,
  ) {
    this.maxInFlight = options.maxInFlight ?? 256;
  }

  /** Events queued and not yet acknowledged. */
  get pending(): number {
    return this.queue.length - this.head + this.inFlight;
  }

  /** Queues `event`; never blocks. */
  offer = (event: FeedEvent): void => {
    if (this.stopped) return;
    if (this.queue.length - this.head >= this.options.bufferSize) {
      this.options.onDropped(1, 'buffer-full');
      return;
    }
    this.queue.push(event);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.pump);
    }
  };

  /** Resolves once everything queued so far was acknowledged or dropped. */
  async drained(): Promise<void> {
    if (this.pending === 0) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops taking events; what is queued is dropped (counted). */
  stop(): void {
    this.stopped = true;
    const left = this.queue.length - this.head;
    if (left > 0) this.options.onDropped(left, 'publish-failed');
    this.queue = [];
    this.head = 0;
    this.settle();
  }

  private readonly pump = (): void => {
    this.scheduled = false;
    while (this.inFlight < this.maxInFlight && this.head < this.queue.length) {
      const event = this.queue[this.head]!;
      this.head += 1;
      this.publish(event);
    }
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    this.settle();
  };

  private publish(event: FeedEvent): void {
    this.inFlight += 1;
    const data = ztna.v1.GatewayEvent.encode(event as ztna.v1.IGatewayEvent).finish();
    const subject = gatewayEventSubject(this.options.subjectPrefix, event.gatewayId, event.kind);
    this.js
      .publish(subject, data, { msgID: gatewayEventMessageId(event.gatewayId, event.id) })
      .catch((err: unknown) => {
        this.options.onDropped(1, 'publish-failed');
        this.options.onError?.(err);
      })
      .finally(() => {
        this.inFlight -= 1;
        if (!this.scheduled && this.head < this.queue.length) {
          this.scheduled = true;
          setImmediate(this.pump);
        }
        this.settle();
      });
  }

  private settle(): void {
    if (this.pending !== 0 || this.idleWaiters.length === 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
