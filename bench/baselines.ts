// Raw baselines the benchmarks measure in the same run as their figure, so that figures taken on
// noisy or different machines compare through their ratio to the baseline.
import { createInbox, headers, type NatsConnection } from 'nats';

let loopCalls = 0;

/**
 * Milliseconds for a fixed loop of 1e8 additions on this core now (≈70 ms on an idle core). Each call
 * compiles a fresh function (its source differs by a comment): V8 optimises a function called a third
 * time into code about 3× slower on this loop than the on-stack replacement its first calls run
 * (130 vs 440 ms measured here), so a reused function made the later baselines of one run disagree.
 */
export function cpuLoopMs(): number {
  loopCalls += 1;
  const loop = new Function(
    `// call ${loopCalls}
    const t = performance.now();
    let s = 0;
    for (let i = 0; i < 1e8; i++) s += i;
    const ms = performance.now() - t;
    if (!(s > 0)) throw new Error('bench: CPU loop sum lost');
    return ms;`,
  ) as () => number;
  return loop();
}

/** Round trip times of bare NATS requests, ms. */
export interface RoundTrips {
  readonly p50: number;
  readonly p99: number;
}

/**
 * `count` sequential request/reply round trips of a 100-byte message to an echo responder on the same
 * connection (default 2000, after 200 to warm up).
 */
export async function bareRoundTrips(nc: NatsConnection, count = 2000): Promise<RoundTrips> {
  const subject = createInbox();
  const sub = nc.subscribe(subject, { callback: (_err, msg) => msg.respond(msg.data) });
  await nc.flush();
  const data = new Uint8Array(100);
  const times: number[] = [];
  try {
    for (let i = -200; i < count; i++) {
      const t = performance.now();
      await nc.request(subject, data, { timeout: 5000 });
      if (i >= 0) times.push(performance.now() - t);
    }
  } finally {
    sub.unsubscribe();
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

/**
 * Bare JetStream publishes of 110 bytes with a `Nats-Msg-Id` each, at most 4096 awaiting their ack, to
 * `subject` (inside a stream): msgs/s and client CPU µs per message.
 */
export async function bareJetStreamPublish(
  nc: NatsConnection,
  subject: string,
  count: number,
): Promise<{ rate: number; cpuUsPerMsg: number }> {
  const inbox = createInbox();
  const data = new Uint8Array(110);
  const idPrefix = inbox.slice(-8);
  let acked = 0;
  let wake: (() => void) | undefined;
  const sub = nc.subscribe(`${inbox}.*`, {
    callback: () => {
      acked += 1;
      wake?.();
    },
  });
  await nc.flush();
  const h = headers();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let sent = 0;
  while (acked < count) {
    while (sent < count && sent - acked < 4096) {
      h.set('Nats-Msg-Id', `raw:${idPrefix}:${sent}`);
      nc.publish(subject, data, { headers: h, reply: `${inbox}.${sent}` });
      sent += 1;
    }
    await new Promise<void>((resolve) => (wake = resolve));
  }
  sub.unsubscribe();
  const cpu = process.cpuUsage(cpuBefore);
  return {
    rate: count / ((performance.now() - started) / 1000),
    cpuUsPerMsg: (cpu.user + cpu.system) / count,
  };
}

/**
 * A bare JetStream consume loop without acks: an ordered (ephemeral, no-ack) consumer reads the first
 * `count` messages of `stream`. Returns msgs/s.
 */
export async function bareJetStreamConsume(
  nc: NatsConnection,
  stream: string,
  count: number,
): Promise<number> {
  const consumer = await nc.jetstream().consumers.get(stream);
  const started = performance.now();
  const messages = await consumer.consume({ max_messages: 1000 });
  let read = 0;
  for await (const _msg of messages) {
    if (++read >= count) break;
  }
  await messages.close();
  return count / ((performance.now() - started) / 1000);
}

/** `<what>: <figure> <unit>, baseline <baseline> <unit> (<baseline what>) in this run, ratio <r>`. */
export function ratioNote(
  what: string,
  figure: number,
  baseline: number,
  unit: string,
  baselineWhat: string,
): string {
  const fmt = (n: number): string => (Math.abs(n) >= 100 ? Math.round(n).toString() : n.toPrecision(3));
  return `${what}: ${fmt(figure)} ${unit}; baseline ${fmt(baseline)} ${unit} (${baselineWhat}, same run); ratio ${(figure / baseline).toPrecision(3)}`;
}
