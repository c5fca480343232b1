import { eventStreamConfig, type Subjects } from '@ztna/proto';
import { Backoff, sleep, systemClock } from '@ztna/service-kit';
import { AckPolicy, DeliverPolicy, nanos, type Msg, type NatsConnection } from 'nats';
import type { Decision } from '../tagsync/batch-plan.js';
import type { DeadLetterSink } from '../tagsync/ports.js';
import type { InboundMessage, Logger } from '../tagsync/tag-sync.js';
import { PullSubscription } from './pull-subscription.js';
import { publishReplies } from './reply-batch.js';

export interface EventConsumerOptions {
  readonly gatewayId: string;
  readonly subjects: Subjects;
  /** Most messages handed to one `handle` call (default 1000). */
  readonly batchSize?: number;
  /**
   * Creates the stream when it does not exist (default false: the EMS mock owns the event stream and
   * the consumer waits for it, not ready with the reason "event stream missing").
   */
  readonly ensureStream?: boolean;
  /** Redelivery delay of a nak'ed message, ms (default 1000). */
  readonly nakDelayMs?: number;
  readonly handle: (batch: readonly InboundMessage[]) => Promise<Decision[]>;
  readonly logger: Logger;
  /**
   * Most deliveries of one message (JetStream `max_deliver`, default 20): a message still nak'ed at its
   * last delivery goes to `deadLetters` with the reason and is acked (resync heals what it carried).
   */
  readonly maxDeliver?: number;
  readonly deadLetters?: DeadLetterSink;
}

const DEFAULT_MAX_DELIVER = 20;

const MAX_BACKOFF_MS = 10_000;
/** While the stream is missing the consumer looks again at most every 100 · 2^3 ms. */
/** While the stream is missing the consumer looks again at least this often, ms. */
const STREAM_WAIT_MAX_MS = 800;
const PULL_EXPIRES_MS = 10_000;
const PULL_HEARTBEAT_MS = 2_000;
const ACK = new TextEncoder().encode('+ACK');

/** The event stream does not exist (yet): the EMS mock creates it. */
export class StreamMissingError extends Error {
  override readonly name = 'StreamMissingError';
  readonly code = 'ZTNA_ERR_UNAVAILABLE';

  constructor(stream: string) {
    super(`event stream missing: ${JSON.stringify(stream)} not found (waiting for the EMS to create it)`);
  }
}

const isNotFound = (err: unknown): boolean =>
  (err as { code?: unknown }).code === '404' || /not found/i.test(String((err as Error)?.message ?? err));

/**
 * The gateway's durable pull consumer (explicit ack) on the event stream. Messages already received
 * are handed over together, up to `batchSize`, so batches grow with load; each message is acked or
 * nak'ed only after `handle` decided it. A failing `handle` is retried with backoff, never acked.
 */
export class EventConsumer {
  private stopped = false;
  private consuming = false;
  private failing = false;
  private failure: string | undefined;
  private pulling: PullSubscription | undefined;
  private loop: Promise<void> | undefined;
  /** Ends a pause at once when the consumer stops. */
  private readonly stopping = new AbortController();
  private readonly backoff = new Backoff({ firstDelayMs: 100, maxDelayMs: MAX_BACKOFF_MS });
  private readonly streamWait = new Backoff({ firstDelayMs: 100, maxDelayMs: STREAM_WAIT_MAX_MS });
  /** `-NAK` with the redelivery delay. */
  private readonly nak: Uint8Array;

  constructor(
    private readonly nc: NatsConnection,
    private readonly options: EventConsumerOptions,
  ) {
    const delay = nanos(options.nakDelayMs ?? 1000);
    this.nak = new TextEncoder().encode(`-NAK ${JSON.stringify({ delay })}`);
  }

  /** True while the consumer is attached, fetching, and the last batch was handled. */
  get ready(): boolean {
    return this.notReadyReason === undefined;
  }

  /** Why {@link ready} is false (stream missing, fetch stalled, apply failing); undefined when ready. */
  get notReadyReason(): string | undefined {
    if (!this.consuming) return this.failure ?? 'not attached to the event stream yet';
    if (this.failing) return this.failure ?? 'applying a batch failed';
    return this.pulling?.stalled;
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    this.pulling?.close();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let wait = this.backoff;
      try {
        await this.ensureConsumer();
        const { stream } = this.options.subjects;
        const batch = this.options.batchSize ?? 1000;
        this.pulling = new PullSubscription(this.nc, {
          stream,
          durable: this.durable,
          batch,
          highWater: 2 * batch,
          expiresMs: PULL_EXPIRES_MS,
          heartbeatMs: PULL_HEARTBEAT_MS,
        });
        this.consuming = true;
        this.failure = undefined;
        this.backoff.reset();
        this.streamWait.reset();
        await this.drain(this.pulling);
      } catch (err) {
        if (this.stopped) break;
        const missing = err instanceof StreamMissingError;
        const reason = missing ? err.message : `consumer failed: ${(err as Error).message}`;
        if (reason !== this.failure || !missing) {
          this.options.logger.warn({ err, attempts: this.backoff.attempts }, `${reason}; retrying`);
        }
        this.failure = reason;
        if (missing) wait = this.streamWait;
      }
      this.consuming = false;
      await this.pause(wait);
    }
    this.consuming = false;
  }

  private get durable(): string {
    return this.options.subjects.durable(this.options.gatewayId);
  }

  /**
   * Hands everything received so far (up to batchSize) to the applier whenever it is free, so batches
   * grow with load; the pull subscription asks for more as batches are taken. Throws the error that
   * ended the subscription.
   */
  private async drain(pulling: PullSubscription): Promise<void> {
    const max = this.options.batchSize ?? 1000;
    try {
      while (!this.stopped && !pulling.isClosed) {
        if (pulling.size === 0) await pulling.next();
        else await this.process(pulling.take(max));
      }
    } finally {
      pulling.close();
    }
  }

  private async process(batch: Msg[]): Promise<void> {
    const retry = new Backoff({ firstDelayMs: 100, maxDelayMs: MAX_BACKOFF_MS });
    for (;;) {
      try {
        // nats.js messages are InboundMessages as they are: no copy per message.
        const decisions = await this.options.handle(batch);
        this.failing = false;
        const subjects: string[] = [];
        const payloads: Uint8Array[] = [];
        const maxDeliver = this.options.maxDeliver ?? DEFAULT_MAX_DELIVER;
        decisions.forEach((d, i) => {
          const msg = batch[i]!;
          if (!msg.reply) return;
          const deliveries = d === 'nak' ? deliveryCount(msg) : 0;
          if (deliveries >= maxDeliver) {
            this.options.deadLetters?.publish(
              msg.subject,
              msg.data,
              `max-deliver: not applied after ${deliveries} deliveries (max_deliver ${maxDeliver})`,
            );
          }
          subjects.push(msg.reply);
          payloads.push(d === 'ack' || deliveries >= maxDeliver ? ACK : this.nak);
        });
        publishReplies(this.nc, subjects, payloads);
        return;
      } catch (err) {
        if (!this.failing)
          this.options.logger.error({ err }, 'applying a batch failed; retrying, nothing acked');
        this.failing = true;
        this.failure = `applying a batch failed: ${(err as Error).message}`;
        if (this.stopped) return;
        await this.pause(retry);
      }
    }
  }

  private async ensureConsumer(): Promise<void> {
    const jsm = await this.nc.jetstreamManager();
    const { stream, eventsFilter } = this.options.subjects;
    try {
      await jsm.streams.info(stream);
    } catch (err) {
      if (!isNotFound(err)) throw err;
      if (!this.options.ensureStream) throw new StreamMissingError(stream);
      await jsm.streams.add(eventStreamConfig({ subjects: this.options.subjects }));
    }
    const durable = this.durable;
    const existing = await jsm.consumers.info(stream, durable).catch(() => undefined);
    if (!existing) {
      await jsm.consumers.add(stream, {
        durable_name: durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        filter_subject: eventsFilter,
        max_ack_pending: 20_000,
        ack_wait: nanos(30_000),
        max_deliver: this.options.maxDeliver ?? DEFAULT_MAX_DELIVER,
      });
    } else if (
      existing.config.filter_subject !== eventsFilter ||
      existing.config.max_deliver !== (this.options.maxDeliver ?? DEFAULT_MAX_DELIVER)
    ) {
      await jsm.consumers.update(stream, durable, {
        filter_subject: eventsFilter,
        max_deliver: this.options.maxDeliver ?? DEFAULT_MAX_DELIVER,
      });
    }
  }

  /** Waits the backoff's next delay; returns at once when the consumer stops. */
  private pause(backoff: Backoff): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return sleep(systemClock, backoff.next(), this.stopping.signal).catch(() => undefined);
  }
}

/**
 * How often JetStream has delivered `msg` (1 on the first delivery), read from its ack subject
 * (`$JS.ACK.<stream>.<consumer>.<delivered>.…`, or the 12-token form with domain and account hash);
 * 0 when the subject has another shape.
 */
export function deliveryCount(msg: Pick<Msg, 'reply'>): number {
  const tokens = (msg.reply ?? '').split('.');
  if (tokens[0] !== '$JS' || tokens[1] !== 'ACK') return 0;
  const at = tokens.length === 9 ? 4 : tokens.length >= 11 ? 6 : -1;
  const count = Number(tokens[at]);
  return Number.isInteger(count) && count > 0 ? count : 0;
}
