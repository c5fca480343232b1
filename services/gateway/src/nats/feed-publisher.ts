import { encodeGatewayEvents, gatewayEventSubject, inboxPrefixOf, type ztna } from '@ztna/proto';
import { createInbox, type Msg, type NatsConnection, type Subscription } from 'nats';
import type { FeedEvent } from '../feed/feed-event.js';

/**
 * The pump runs this long after the first queued event, so the events of a few revisions leave in one
 * socket write instead of one write each (feed events come one or two per revision; the write system
 * call was the larger part of the feed's cost in the revocation bench's profile).
 */
const COALESCE_MS = 10;
const decoder = new TextDecoder();

/** Events per acknowledged batch at most: only the last of them carries a reply subject. */
const MAX_BATCH = 32;

/**
 * Events one pump turn publishes at most (whole batches) before it yields, so they leave in one socket
 * write. With this, one protobuf writer per batch and the subjects cached per kind, `npm run bench --
 * feed-publish` printed 8.98 → 8.54 µs CPU per event, 1.59 → 1.45 times a bare JetStream publish
 * (paired, 5 rounds; issue 12).
 */
const PUMP_EVENTS = 128;

export interface FeedPublisherOptions {
  readonly subjectPrefix: string;
  /** Events waiting to be published at most; beyond it new events are dropped and counted. */
  readonly bufferSize: number;
  /** Events published and awaiting their JetStream ack at most (default 256). */
  readonly maxInFlight?: number;
  /** A publish with no ack after this long counts as failed (default 5000 ms). */
  readonly ackTimeoutMs?: number;
  /** Called with how many events were dropped and why (buffer full, publish failed). */
  onDropped(count: number, reason: 'buffer-full' | 'publish-failed'): void;
  /** Called once per failed publish (the caller logs it once per kind). */
  onError?(err: unknown): void;
}

/**
 * Publishes feed events to JetStream on `<prefix>.gw.<id>.events.<kind>` as protobuf `GatewayEvent`,
 * each at most once (a failed batch is dropped and counted, never sent again), so without a
 * `Nats-Msg-Id`: the event's `id` names it. Without that header the revocation bench with the feed on
 * printed p99 4.22 ms against 4.86 ms and p90 1.35 against 1.53 ms (paired, 6 rounds; issue 12).
 *
 * `offer` only queues (bounded; a full buffer drops the new event and counts it), so the packet path
 * and the apply loop never wait for NATS; a pump publishes from the queue with a bounded number of acks
 * outstanding.
 *
 * The pump publishes what is queued in batches of up to MAX_BATCH events, in one socket write; only the
 * last event of a batch carries a reply subject (this publisher's own inbox), so JetStream sends one ack
 * per batch instead of one per event. The stream stores one connection's messages in the order sent, and
 * refuses them for reasons that hold for the whole batch (no stream takes the subject: the server's 503;
 * no leader; a stream error), so the batch's last ack answers for all of it: a refused or unanswered
 * batch counts every one of its events as dropped. (The feed stream discards its oldest messages when
 * full and sets no message size limit, so no single event is refused alone.) With an ack per event
 * `npm run bench -- gateway-feed-paired` printed 12–16% more CPU per revocation with the feed on than
 * off; with one per batch, 7–12% (issue 12). nats.js's `js.publish` is not used: it is a request per
 * event, with a timer and two `NatsError`s (timeout and cancel) built per call.
 */
export class FeedPublisher {
  private queue: FeedEvent[] = [];
  private head = 0;
  private inFlight = 0;
  private scheduled = false;
  private stopped = false;
  private idleWaiters: (() => void)[] = [];
  private readonly maxInFlight: number;
  private readonly ackTimeoutMs: number;
  private readonly inbox: string;
  private readonly sub: Subscription;
  /** Publish token → when its batch was sent (ms) and how many events it holds, in send order. */
  private readonly awaiting = new Map<number, { sentAt: number; count: number }>();
  private nextToken = 0;
  /** Subject per kind, for the gateway id it was built for. */
  private readonly subjects = new Map<string, { readonly gatewayId: string; readonly subject: string }>();
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(
    private readonly nc: NatsConnection,
    private readonly options: FeedPublisherOptions,
  ) {
    this.maxInFlight = options.maxInFlight ?? 256;
    this.ackTimeoutMs = options.ackTimeoutMs ?? 5000;
    this.inbox = createInbox(inboxPrefixOf(nc));
    this.sub = nc.subscribe(`${this.inbox}.*`, { callback: (_err, msg) => this.onReply(msg) });
    this.sweeper = setInterval(() => this.expire(), Math.max(50, this.ackTimeoutMs / 4));
    this.sweeper.unref();
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
      setTimeout(this.pump, COALESCE_MS);
    }
  };

  /** Resolves once everything queued so far was acknowledged or dropped (after at most ~COALESCE_MS). */
  async drained(): Promise<void> {
    if (this.pending === 0) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops taking events; what is queued or awaiting its ack is dropped (counted). */
  stop(): void {
    this.stopped = true;
    clearInterval(this.sweeper);
    if (!this.nc.isClosed()) this.sub.unsubscribe();
    const left = this.queue.length - this.head + this.inFlight;
    if (left > 0) this.options.onDropped(left, 'publish-failed');
    this.queue = [];
    this.head = 0;
    this.awaiting.clear();
    this.inFlight = 0;
    this.settle();
  }

  /**
   * Publishes up to PUMP_EVENTS events in batches, then yields to the event loop (setImmediate) before
   * more, so a burst (a sweep blocking thousands of sessions) holds up the packets and applies behind it
   * for at most the time PUMP_EVENTS events take to encode and publish (`feed-publish` prints the CPU
   * per event).
   */
  private readonly pump = (): void => {
    this.scheduled = false;
    if (this.stopped) return;
    for (let sent = 0; sent < PUMP_EVENTS && this.inFlight < this.maxInFlight;) {
      const count = Math.min(MAX_BATCH, this.maxInFlight - this.inFlight, this.queue.length - this.head);
      if (count <= 0) break;
      this.publishBatch(this.head, count);
      this.head += count;
      sent += count;
    }
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    if (this.inFlight < this.maxInFlight && this.head < this.queue.length) {
      this.scheduled = true;
      setImmediate(this.pump);
    }
    this.settle();
  };

  /** `<prefix>.gw.<id>.events.<kind>`, built (and its id checked) once per kind and gateway id. */
  private subjectOf(event: FeedEvent): string {
    const cached = this.subjects.get(event.kind);
    if (cached !== undefined && cached.gatewayId === event.gatewayId) return cached.subject;
    const subject = gatewayEventSubject(this.options.subjectPrefix, event.gatewayId, event.kind);
    this.subjects.set(event.kind, { gatewayId: event.gatewayId, subject });
    return subject;
  }

  /** Publishes `count` queued events from `from`; the last asks for the ack that answers for all. */
  private publishBatch(from: number, count: number): void {
    const token = (this.nextToken += 1);
    const last = from + count - 1;
    try {
      const data = encodeGatewayEvents(this.queue as readonly ztna.v1.IGatewayEvent[], from, count);
      for (let i = from; i <= last; i++) {
        const subject = this.subjectOf(this.queue[i]!);
        this.nc.publish(
          subject,
          data[i - from],
          i === last ? { reply: `${this.inbox}.${token}` } : undefined,
        );
      }
    } catch (err) {
      // nats.js throws before writing (connection closed or draining): nothing of the batch is known
      // to have reached the stream.
      this.failed(err, count);
      return;
    }
    this.awaiting.set(token, { sentAt: Date.now(), count });
    this.inFlight += count;
  }

  /** A JetStream ack, its error, or the server's 503 (no stream takes the subject). */
  private onReply(msg: Msg): void {
    const token = Number(msg.subject.slice(this.inbox.length + 1));
    const batch = this.awaiting.get(token);
    if (batch === undefined) return;
    this.awaiting.delete(token);
    this.inFlight -= batch.count;
    if (msg.headers?.code === 503)
      this.failed(new Error('no responders: no stream takes the feed subject'), batch.count);
    else {
      let ack: { error?: { description?: string } } | undefined;
      try {
        ack = JSON.parse(decoder.decode(msg.data)) as typeof ack;
      } catch {
        ack = { error: { description: 'unreadable publish ack' } };
      }
      if (ack?.error)
        this.failed(new Error(`JetStream refused: ${ack.error.description ?? 'error'}`), batch.count);
    }
    this.resume();
  }

  /** Publishes with no ack after the timeout count as failed. */
  private expire(): void {
    const oldest = Date.now() - this.ackTimeoutMs;
    let expired = 0;
    for (const [token, batch] of this.awaiting) {
      if (batch.sentAt > oldest) break;
      this.awaiting.delete(token);
      expired += batch.count;
    }
    if (expired === 0) return;
    this.inFlight -= expired;
    this.options.onDropped(expired, 'publish-failed');
    this.options.onError?.(new Error(`no JetStream ack within ${this.ackTimeoutMs} ms`));
    this.resume();
  }

  private failed(err: unknown, count: number): void {
    this.options.onDropped(count, 'publish-failed');
    this.options.onError?.(err);
  }

  private resume(): void {
    if (!this.scheduled && this.head < this.queue.length) {
      this.scheduled = true;
      setTimeout(this.pump, COALESCE_MS);
    }
    this.settle();
  }

  private settle(): void {
    if (this.pending !== 0 || this.idleWaiters.length === 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
