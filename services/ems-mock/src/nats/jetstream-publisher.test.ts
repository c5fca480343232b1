import { ManualClock } from '@ztna/service-kit';
import type { Msg, NatsConnection } from 'nats';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { EmsMetrics } from '../metrics/ems-metrics.js';
import { JetStreamPublisher } from './jetstream-publisher.js';

interface Sent {
  subject: string;
  msgId: string;
  reply: string;
}

/** Just enough of a NatsConnection: records publishes, lets the test answer them as JetStream would. */
class FakeNats {
  readonly sent: Sent[] = [];
  private deliver: ((err: null, msg: Msg) => void) | undefined;
  private streamSeq = 0;

  publish(
    subject: string,
    _data: Uint8Array,
    opts: { headers: { get(k: string): string }; reply: string },
  ): void {
    this.sent.push({ subject, msgId: opts.headers.get('Nats-Msg-Id'), reply: opts.reply });
  }
  subscribe(_subject: string, opts: { callback: (err: null, msg: Msg) => void }): { unsubscribe(): void } {
    this.deliver = opts.callback;
    return { unsubscribe: () => undefined };
  }
  status(): AsyncIterable<{ type: string; data: string }> {
    return { [Symbol.asyncIterator]: () => ({ next: () => new Promise(() => undefined) }) };
  }
  isClosed(): boolean {
    return false;
  }
  /** Acks the publish at index i (or answers it with a JetStream error). */
  answer(i: number, error = false): void {
    const body = error
      ? '{"error":{"code":503,"description":"unavailable"}}'
      : `{"stream":"S","seq":${++this.streamSeq}}`;
    this.reply(this.sent[i]?.reply ?? '', body);
  }
  /** Delivers `body` on a reply subject, as the server would. */
  reply(subject: string, body: string): void {
    const msg = { subject, data: new TextEncoder().encode(body), headers: undefined };
    this.deliver?.(null, msg as unknown as Msg);
  }
}

describe('JetStreamPublisher', () => {
  let publisher: JetStreamPublisher | undefined;
  let metrics: EmsMetrics;
  let clock: ManualClock;
  afterEach(async () => {
    await publisher?.stop(10);
  });

  const start = (nats: FakeNats, window = 2) => {
    metrics = new EmsMetrics(1, () => 0);
    clock = new ManualClock();
    publisher = new JetStreamPublisher(
      nats as unknown as NatsConnection,
      { window, timeoutMs: 60_000, retryMinMs: 10, retryMaxMs: 40, clock },
      metrics,
      pino({ level: 'silent' }),
    );
    return publisher;
  };
  const request = (seq: number) => ({
    seq,
    kind: 'tagsAttached' as const,
    subject: `p.ems.1.ep.u${seq}`,
    msgId: `1:i:${seq}`,
    data: new Uint8Array([seq]),
  });

  it('keeps at most `window` publishes unacked, in order, and flushes when all are acked', async () => {
    const nats = new FakeNats();
    const pub = start(nats);
    for (let seq = 1; seq <= 5; seq += 1) pub.publish(request(seq));
    expect(nats.sent.map((s) => s.msgId)).toEqual(['1:i:1', '1:i:2']);
    let flushed = false;
    const flush = pub.flush().then(() => (flushed = true));
    nats.answer(0);
    expect(nats.sent.map((s) => s.msgId)).toEqual(['1:i:1', '1:i:2', '1:i:3']);
    for (let i = 1; i < 5; i += 1) {
      expect(flushed).toBe(false);
      nats.answer(i);
    }
    await flush;
    expect(pub.unacked).toBe(0);
  });

  it('sends everything unacked again from the oldest, with the same message ids, after a refusal', async () => {
    const nats = new FakeNats();
    const pub = start(nats, 3);
    for (let seq = 1; seq <= 3; seq += 1) pub.publish(request(seq));
    nats.answer(0);
    nats.answer(1, true);
    nats.answer(2);
    clock.advance(9);
    expect(nats.sent).toHaveLength(3);
    clock.advance(1);
    expect(nats.sent.slice(3).map((s) => s.msgId)).toEqual(['1:i:2']);
    expect(pub.unacked).toBe(2);
    nats.answer(3);
    await pub.flush();
    expect(pub.unacked).toBe(0);
    const reordered = await metrics.registry.getSingleMetricAsString('ems_publish_reordered_total');
    expect(reordered).toMatch(/ems_publish_reordered_total\{ems_id="1"\} 1/);
  });

  it('backs off on the clock: doubling waits up to the cap, reset by an ack', () => {
    const nats = new FakeNats();
    const pub = start(nats, 1);
    pub.publish(request(1));
    const resentAfter = (): number => {
      const before = nats.sent.length;
      nats.answer(before - 1, true);
      let waited = 0;
      while (nats.sent.length === before) {
        clock.advance(1);
        waited += 1;
      }
      return waited;
    };
    expect([resentAfter(), resentAfter(), resentAfter(), resentAfter()]).toEqual([10, 20, 40, 40]);
    nats.answer(nats.sent.length - 1);
    pub.publish(request(2));
    expect(resentAfter()).toBe(10);
  });

  it('sends again what was not acked within the timeout, on the clock', () => {
    const nats = new FakeNats();
    const pub = start(nats, 2);
    pub.publish(request(1));
    clock.advance(60_000);
    expect(nats.sent).toHaveLength(1);
    clock.advance(15_000 + 10);
    expect(nats.sent.map((s) => s.msgId)).toEqual(['1:i:1', '1:i:1']);
    expect(pub.unacked).toBe(1);
  });

  it('ignores replies for events already settled and for ids it never sent', async () => {
    const nats = new FakeNats();
    const pub = start(nats, 2);
    for (let seq = 1; seq <= 3; seq += 1) pub.publish(request(seq));
    nats.answer(0);
    expect(pub.unacked).toBe(2);
    const inbox = (nats.sent[0]?.reply ?? '').replace(/\.\d+$/, '');
    nats.reply(nats.sent[0]?.reply ?? '', '{"stream":"S","seq":99}');
    nats.reply(`${inbox}.7`, '{"stream":"S","seq":98}');
    nats.reply(`${inbox}.x1`, '{"stream":"S","seq":97}');
    expect(pub.unacked).toBe(2);
    nats.answer(2);
    expect(pub.unacked).toBe(2);
    nats.answer(1);
    await pub.flush();
    expect(pub.unacked).toBe(0);
    const published = await metrics.registry.getSingleMetricAsString('ems_events_published_total');
    expect(published).toMatch(/ems_events_published_total\{kind="tagsAttached",ems_id="1"\} 3/);
    const latency = await metrics.registry.getSingleMetricAsString('ems_publish_latency_seconds');
    expect(latency).toMatch(/ems_publish_latency_seconds_count\{ems_id="1"\} 3/);
  });
});
