import { AckPolicy, connect, type Msg, type NatsConnection } from 'nats';
import { eventStreamConfig } from '@ztna/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNats, testSubjects, waitFor, type ServerHandle } from '@ztna/test';
import { PullSubscription, PullSubscriptionError, type PullSubscriptionOptions } from '@ztna/gateway/testing';
import { publishReplies } from '@ztna/gateway/testing';

interface Target {
  readonly stream: string;
  readonly durable: string;
  readonly subjects: ReturnType<typeof testSubjects>;
}

const ACK = new TextEncoder().encode('+ACK');
const text = new TextDecoder();

describe('PullSubscription on a real JetStream consumer', () => {
  let server: ServerHandle;
  let nc: NatsConnection;

  beforeAll(async () => {
    server = await startNats();
    nc = await connect({ servers: server.url });
  });

  afterAll(async () => {
    await nc?.close();
    await server?.close();
  });

  /** A stream holding `count` messages `0..count-1` and a durable explicit-ack consumer on it. */
  async function consumerWith(count: number): Promise<Target> {
    const subjects = testSubjects();
    const jsm = await nc.jetstreamManager();
    await jsm.streams.add(eventStreamConfig({ subjects }));
    for (let i = 0; i < count; i++) nc.publish(subjects.endpointEvents(1, 'EP'), String(i));
    await nc.flush();
    await waitFor(async () => (await jsm.streams.info(subjects.stream)).state.messages === count, {
      what: `${count} messages stored`,
    });
    await jsm.consumers.add(subjects.stream, { durable_name: 'gw', ack_policy: AckPolicy.Explicit });
    return { stream: subjects.stream, durable: 'gw', subjects };
  }

  const open = (target: Target, more: Partial<PullSubscriptionOptions> = {}) =>
    new PullSubscription(nc, {
      stream: target.stream,
      durable: target.durable,
      batch: 50,
      highWater: 100,
      expiresMs: 5_000,
      heartbeatMs: 1_000,
      ...more,
    });

  const ackPending = async (target: Target): Promise<number> =>
    (await (await nc.jetstreamManager()).consumers.info(target.stream, target.durable)).num_ack_pending;

  it('never has more than highWater messages delivered and not taken, and asks for more as they are taken', async () => {
    const target = await consumerWith(1000);
    const sub = open(target);
    try {
      await waitFor(() => sub.size === 100, { what: '100 buffered' });
      // The server delivered exactly what was asked for: nothing beyond the high-water mark is pending.
      expect(await ackPending(target)).toBe(100);
      const first = sub.take(60);
      expect(first.map((m) => text.decode(m.data))).toEqual(Array.from({ length: 60 }, (_, i) => String(i)));
      // 40 left + one request of 50: a second request would pass the mark.
      await waitFor(() => sub.size === 90, { what: '90 buffered after taking 60' });
      expect(await ackPending(target)).toBe(150);
    } finally {
      sub.close();
    }
  });

  it("is delivered to an inbox under the connection's inbox prefix (NATS_INBOX_PREFIX)", async () => {
    const target = await consumerWith(3);
    const own = await connect({ servers: server.url, inboxPrefix: '_INBOX.gwx' });
    // Deliveries are routed by the pull request's reply subject: a watcher of the prefix sees them too.
    const seen: string[] = [];
    const watcher = nc.subscribe('_INBOX.gwx.>', {
      callback: (_err, m) => {
        if (m.data.length > 0) seen.push(text.decode(m.data));
      },
    });
    await nc.flush();
    const sub = new PullSubscription(own, {
      stream: target.stream,
      durable: target.durable,
      batch: 10,
      highWater: 10,
      expiresMs: 5_000,
      heartbeatMs: 1_000,
    });
    try {
      await waitFor(() => sub.size === 3, { what: '3 buffered' });
      expect(sub.take(3).map((m) => text.decode(m.data))).toEqual(['0', '1', '2']);
      await waitFor(() => seen.length === 3, { what: '3 deliveries seen under _INBOX.gwx' });
      expect(seen).toEqual(['0', '1', '2']);
    } finally {
      sub.close();
      watcher.unsubscribe();
      await own.close();
    }
  });

  it('says it is stalled while the server stays silent, and clears once it is heard again', async () => {
    const target = await consumerWith(0);
    const sub = open(target);
    let frozen = false;
    try {
      expect(sub.stalled).toBeUndefined();
      await server.pause();
      frozen = true;
      const reason = await waitFor(() => sub.stalled, { what: 'stalled while NATS is frozen' });
      expect(reason).toMatch(new RegExp(`^no reply from the consumer ${target.stream}/gw for \\d+ s`));
      await server.unpause();
      frozen = false;
      await waitFor(() => sub.stalled === undefined, { what: 'heard again after NATS thawed' });
      expect(sub.isClosed).toBe(false);
    } finally {
      if (frozen) await server.unpause();
      sub.close();
    }
  });

  it('publishReplies writes each message with its own subject and payload, in order', async () => {
    const subjects = testSubjects();
    const got: string[] = [];
    const sub = nc.subscribe(`${subjects.prefix}.r.>`, {
      callback: (_err, m) => got.push(`${m.subject}=${text.decode(m.data)}`),
    });
    await nc.flush();
    const names = Array.from(
      { length: 500 },
      (_, i) => `${subjects.prefix}.r.${i % 3 === 0 ? 'ü' : 'a'}${i}`,
    );
    const payloads = names.map((_, i) => new TextEncoder().encode(i % 5 === 0 ? '' : `+ACK ${i}`));
    publishReplies(nc, names, payloads);
    await nc.flush();
    await waitFor(() => got.length === 500, { what: '500 replies' });
    expect(got).toEqual(names.map((name, i) => `${name}=${i % 5 === 0 ? '' : `+ACK ${i}`}`));
    sub.unsubscribe();
  });

  it('publishReplies publishes each reply through the public nc.publish, in order', () => {
    const sent: [string, string][] = [];
    const plain = {
      isClosed: () => false,
      isDraining: () => false,
      publish: (subject: string, data?: Uint8Array) => sent.push([subject, text.decode(data)]),
    } as unknown as NatsConnection;
    publishReplies(plain, ['a.1', 'a.2'], [ACK, new TextEncoder().encode('-NAK')]);
    expect(sent).toEqual([
      ['a.1', '+ACK'],
      ['a.2', '-NAK'],
    ]);
  });

  it('delivers every message once, in order, when each batch is acked', async () => {
    const target = await consumerWith(1000);
    const sub = open(target);
    const seen: string[] = [];
    try {
      while (seen.length < 1000) {
        await sub.next();
        const batch: Msg[] = sub.take(70);
        for (const m of batch) seen.push(text.decode(m.data));
        publishReplies(
          nc,
          batch.map((m) => m.reply!),
          batch.map(() => ACK),
        );
      }
      expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => String(i)));
      await nc.flush();
      await waitFor(async () => (await ackPending(target)) === 0, { what: 'all acked' });
      expect(sub.size).toBe(0);
    } finally {
      sub.close();
    }
  });

  it('pulls again after its requests expire, so a message published later still arrives', async () => {
    const target = await consumerWith(0);
    let requests = 0;
    const watch = nc.subscribe(`$JS.API.CONSUMER.MSG.NEXT.${target.stream}.${target.durable}`, {
      callback: () => (requests += 1),
    });
    await nc.flush();
    const sub = open(target, { expiresMs: 300, heartbeatMs: 100 });
    try {
      // Two requests at the start, then a new one each time the server answers one with 408.
      await waitFor(() => requests >= 6, { what: 'four requests renewed after expiring' });
      nc.publish(target.subjects.endpointEvents(1, 'LATE'), 'late');
      await waitFor(() => sub.size === 1, { what: 'the late message' });
      expect(text.decode(sub.take(10)[0]!.data)).toBe('late');
    } finally {
      watch.unsubscribe();
      sub.close();
    }
  });

  it('ends with a PullSubscriptionError when its consumer is deleted', async () => {
    const target = await consumerWith(0);
    const sub = open(target);
    try {
      await waitFor(
        async () =>
          (await (await nc.jetstreamManager()).consumers.info(target.stream, target.durable)).num_waiting > 0,
        {
          what: 'a waiting pull request',
        },
      );
      await (await nc.jetstreamManager()).consumers.delete(target.stream, target.durable);
      await expect(sub.next()).rejects.toBeInstanceOf(PullSubscriptionError);
      expect(sub.isClosed).toBe(true);
    } finally {
      sub.close();
    }
  });
});
