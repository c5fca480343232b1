import type { Subjects } from '@ztna/proto';
import {
  AckPolicy,
  DeliverPolicy,
  StorageType,
  nanos,
  type ConsumerMessages,
  type JsMsg,
  type NatsConnection,
} from 'nats';
import type { Decision } from '../tagsync/batch-plan.js';
import type { InboundMessage, Logger } from '../tagsync/tag-sync.js';

export interface EventConsumerOptions {
  readonly gatewayId: string;
  readonly subjects: Subjects;
  /** Most messages handed to one `handle` call (default 1000). */
  readonly batchSize?: number;
  /** Creates the stream when it does not exist (default true). */
  readonly ensureStream?: boolean;
  /** Redelivery delay of a nak'ed message, ms (default 1000). */
  readonly nakDelayMs?: number;
  readonly handle: (batch: readonly InboundMessage[]) => Promise<Decision[]>;
  readonly logger: Logger;
}

const MAX_BACKOFF_MS = 10_000;

/**
 * The gateway's durable pull consumer (explicit ack) on the event stream. Messages already received
 * are handed over together, up to `batchSize`, so batches grow with load; each message is acked or
 * nak'ed only after `handle` decided it. A failing `handle` is retried with backoff, never acked.
 */
export class EventConsumer {
  private stopped = false;
  private consuming = false;
  private failing = false;
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly nc: NatsConnection,
    private readonly options: EventConsumerOptions,
  ) {}

  /** True while the consumer is attached and the last batch was handled. */
  get ready(): boolean {
    return this.consuming && !this.failing;
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    this.messages?.stop();
    await this.loop;
  }

  private async run(): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        await this.ensureConsumer();
        const { stream } = this.options.subjects;
        const consumer = await this.nc.jetstream().consumers.get(stream, this.durable);
        this.messages = await consumer.consume({ max_messages: 2 * (this.options.batchSize ?? 1000) });
        this.consuming = true;
        attempt = 0;
        await this.drain(this.messages);
      } catch (err) {
        if (this.stopped) break;
        this.options.logger.warn({ err, attempt }, 'event consumer failed; retrying');
      }
      this.consuming = false;
      await this.pause(attempt + 1);
    }
    this.consuming = false;
  }

  private get durable(): string {
    return this.options.subjects.durable(this.options.gatewayId);
  }

  /**
   * Reads messages into a buffer while the previous batch is being applied, and hands over everything
   * buffered (up to batchSize) whenever the applier is free; reading pauses while the buffer is full.
   */
  private async drain(messages: ConsumerMessages): Promise<void> {
    const max = this.options.batchSize ?? 1000;
    const buffer: JsMsg[] = [];
    let ended = false;
    let wakeApplier: (() => void) | undefined;
    let wakeReader: (() => void) | undefined;
    const applier = (async () => {
      while (!this.stopped && !(ended && buffer.length === 0)) {
        if (buffer.length === 0) {
          await new Promise<void>((resolve) => (wakeApplier = resolve));
          continue;
        }
        const batch = buffer.splice(0, max);
        wakeReader?.();
        await this.process(batch);
      }
      wakeReader?.();
    })();
    try {
      for await (const m of messages) {
        buffer.push(m);
        wakeApplier?.();
        if (buffer.length >= max) await new Promise<void>((resolve) => (wakeReader = resolve));
        if (this.stopped) break;
      }
    } finally {
      ended = true;
      wakeApplier?.();
      await applier;
    }
  }

  private async process(batch: JsMsg[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        const decisions = await this.options.handle(batch.map((m) => ({ subject: m.subject, data: m.data })));
        this.failing = false;
        decisions.forEach((d, i) =>
          d === 'ack' ? batch[i]!.ack() : batch[i]!.nak(this.options.nakDelayMs ?? 1000),
        );
        return;
      } catch (err) {
        if (!this.failing)
          this.options.logger.error({ err }, 'applying a batch failed; retrying, nothing acked');
        this.failing = true;
        if (this.stopped) return;
        await this.pause(attempt + 1);
      }
    }
  }

  private async ensureConsumer(): Promise<void> {
    const jsm = await this.nc.jetstreamManager();
    const { stream, eventsFilter } = this.options.subjects;
    if (this.options.ensureStream !== false) {
      try {
        await jsm.streams.info(stream);
      } catch {
        await jsm.streams.add({
          name: stream,
          subjects: [eventsFilter],
          storage: StorageType.File,
          duplicate_window: nanos(120_000),
        });
      }
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
      });
    } else if (existing.config.filter_subject !== eventsFilter) {
      await jsm.consumers.update(stream, durable, { filter_subject: eventsFilter });
    }
  }

  private pause(attempt: number): Promise<void> {
    if (this.stopped || attempt === 0) return Promise.resolve();
    const ms = Math.min(MAX_BACKOFF_MS, 100 * 2 ** (attempt - 1));
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
