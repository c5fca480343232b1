import { inboxPrefixOf } from '@ztna/proto';
import { createInbox, nanos, type Msg, type NatsConnection, type Status, type Subscription } from 'nats';

export interface PullSubscriptionOptions {
  readonly stream: string;
  readonly durable: string;
  /** Most messages asked for by one pull request. */
  readonly batch: number;
  /** Most messages received and not yet taken, plus asked for and not yet received. */
  readonly highWater: number;
  /** How long one pull request waits on the server, ms. */
  readonly expiresMs: number;
  /** Heartbeat the server sends while a request waits, ms; two missed ones re-pull. */
  readonly heartbeatMs: number;
  /** JetStream API prefix (default `$JS.API`). */
  readonly apiPrefix?: string;
}

/** A consumer or request problem the subscription cannot get past by pulling again. */
export class PullSubscriptionError extends Error {}

/**
 * A pull subscription on a durable JetStream consumer, with back-pressure: it asks the server for more
 * only while fewer than `highWater` messages are buffered or on their way, so a stalled or killed
 * gateway never holds more than that many deliveries. Messages are buffered as they arrive (one
 * callback per message, no per-message promise); `take()` hands them out in delivery order.
 *
 * Protocol: `$JS.API.CONSUMER.MSG.NEXT.<stream>.<durable>` requests with batch, expires and
 * idle_heartbeat, replies on one inbox; status replies (100 heartbeat, 404/408 request done, 409
 * request ended or consumer gone) adjust what is outstanding. After a reconnect, or when the server
 * has been silent for two heartbeats, outstanding requests are forgotten and pulled again.
 */
export class PullSubscription {
  /** Under the connection's inbox prefix, which the gateway's NATS user may subscribe to. */
  private readonly inbox: string;
  private readonly sub: Subscription;
  private readonly requestSubject: string;
  private readonly request: Uint8Array;
  private buffered: Msg[] = [];
  /** Messages asked for and not yet received or released by a status reply. */
  private outstanding = 0;
  private lastHeard = Date.now();
  private silentSince: number | undefined;
  private waiter: (() => void) | undefined;
  private failure: Error | undefined;
  private closed = false;
  private readonly monitor: NodeJS.Timeout;
  /** nats.js hands out a queued iterator whose `stop()` unregisters it (not in the declared type). */
  private readonly statuses: AsyncIterable<Status> & { stop?: () => void };

  constructor(
    private readonly nc: NatsConnection,
    private readonly options: PullSubscriptionOptions,
  ) {
    this.inbox = createInbox(inboxPrefixOf(nc));
    const prefix = options.apiPrefix ?? '$JS.API';
    this.requestSubject = `${prefix}.CONSUMER.MSG.NEXT.${options.stream}.${options.durable}`;
    this.request = new TextEncoder().encode(
      JSON.stringify({
        batch: options.batch,
        expires: nanos(options.expiresMs),
        idle_heartbeat: nanos(options.heartbeatMs),
      }),
    );
    this.sub = nc.subscribe(this.inbox, { callback: (err, msg) => this.onMessage(err, msg) });
    this.monitor = setInterval(() => this.checkSilence(), options.heartbeatMs);
    this.monitor.unref();
    this.statuses = nc.status();
    void this.watchStatus();
    this.refill();
  }

  /** Messages received and not taken yet. */
  get size(): number {
    return this.buffered.length;
  }

  /** Up to `max` buffered messages, oldest first; asks the server for more as room frees up. */
  take(max: number): Msg[] {
    let out: Msg[];
    if (this.buffered.length <= max) {
      out = this.buffered;
      this.buffered = [];
    } else {
      out = this.buffered.splice(0, max);
    }
    this.refill();
    return out;
  }

  /**
   * Resolves when a message is buffered, the subscription closed, or `wake()` was called; rejects with
   * the error that ended the subscription.
   */
  async next(): Promise<void> {
    if (this.buffered.length > 0 || this.closed) return this.throwIfFailed();
    await new Promise<void>((resolve) => (this.waiter = resolve));
    this.throwIfFailed();
  }

  wake(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * Why the consumer cannot fetch now: set when requests went unanswered for two heartbeats (stream or
   * consumer without a leader, server gone), cleared by the next message or status from the server.
   */
  get stalled(): string | undefined {
    return this.silentSince === undefined
      ? undefined
      : `no reply from the consumer ${this.options.stream}/${this.options.durable} for ${Math.round(
          (Date.now() - this.silentSince) / 1000,
        )} s (stream or consumer without a leader, or its server gone)`;
  }

  /** Stops pulling; what the server already delivered and nobody acked is redelivered after ack_wait. */
  close(err?: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.failure = err;
    clearInterval(this.monitor);
    this.statuses.stop?.();
    if (!this.nc.isClosed()) this.sub.unsubscribe();
    this.wake();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  private onMessage(err: Error | null, msg: Msg): void {
    if (this.closed) return;
    if (err) return this.close(err);
    this.lastHeard = Date.now();
    this.silentSince = undefined;
    if (msg.reply) {
      this.buffered.push(msg);
      if (this.outstanding > 0) this.outstanding -= 1;
      this.wake();
      return;
    }
    const code = msg.headers?.code ?? 0;
    if (code === 100) return; // idle heartbeat
    const left = Number(msg.headers?.get('Nats-Pending-Messages') || 0);
    const description = msg.headers?.description ?? '';
    if (code === 404 || code === 408 || (code === 409 && left > 0)) {
      // The request ended; what it did not deliver is no longer on its way.
      this.outstanding = Math.max(0, this.outstanding - (left > 0 ? left : this.options.batch));
      this.refill();
      return;
    }
    if (code === 409 && /consumer (is )?deleted|push based/i.test(description)) {
      return this.close(new PullSubscriptionError(`pull consumer ended: ${code} ${description}`));
    }
    if (code === 503) {
      return this.close(new PullSubscriptionError('no responders: is JetStream there?'));
    }
    // Other 409s (max waiting, max bytes, ...) end the request without a count: forget it, pull anew.
    this.outstanding = 0;
    this.refill();
  }

  /** Asks for more while there is room under the high-water mark. */
  private refill(): void {
    if (this.closed || this.nc.isClosed()) return;
    const { batch, highWater } = this.options;
    while (this.buffered.length + this.outstanding + batch <= highWater) {
      this.outstanding += batch;
      this.nc.publish(this.requestSubject, this.request, { reply: this.inbox });
    }
  }

  private checkSilence(): void {
    if (this.closed || this.outstanding === 0) return;
    if (Date.now() - this.lastHeard > 2 * this.options.heartbeatMs) {
      this.silentSince ??= this.lastHeard;
      this.forgetRequests();
    }
  }

  /** Requests the server may have dropped (restart, reconnect, silence): forget them and pull again. */
  private forgetRequests(): void {
    this.outstanding = 0;
    this.lastHeard = Date.now();
    this.refill();
  }

  private async watchStatus(): Promise<void> {
    for await (const status of this.statuses) {
      if (this.closed) return;
      if (status.type === 'reconnect') this.forgetRequests();
    }
  }
}
