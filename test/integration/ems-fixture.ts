import { createEmsMock, type EmsMock, type EmsMockDeps, type EmsMockOptions } from '@ztna/ems-mock';
import { ztna } from '@ztna/proto';
import { testSubjects } from '@ztna/test';
import { AckPolicy, DeliverPolicy, connect, type NatsConnection } from 'nats';
import pino from 'pino';

/** One stored event as read back from the stream. */
export interface StoredEvent {
  streamSeq: number;
  subject: string;
  msgId: string | undefined;
  envelope: ztna.v1.Envelope;
}

export const silent = pino({ level: 'silent' });

export async function connectNats(url: string): Promise<NatsConnection> {
  return connect({ servers: url, maxReconnectAttempts: -1, reconnectTimeWait: 100, name: 'ems-test' });
}

/**
 * An EMS mock on subjects and a stream of its own; `httpPort: 0` starts the HTTP API on a random port;
 * `deps` adds e.g. a clock.
 */
export async function startMock(
  nc: NatsConnection,
  options: Partial<EmsMockOptions> = {},
  deps: Partial<EmsMockDeps> = {},
): Promise<EmsMock> {
  return createEmsMock(
    { nc, logger: silent, ...deps },
    { emsId: options.emsId ?? 1, subjects: options.subjects ?? testSubjects(), ...options },
  );
}

/** Every message of the stream, in stream order, decoded with the project's proto. */
export async function readStream(nc: NatsConnection, stream: string): Promise<StoredEvent[]> {
  const jsm = await nc.jetstreamManager();
  const info = await jsm.streams.info(stream);
  const out: StoredEvent[] = [];
  if (info.state.messages === 0) return out;
  const name = `read${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  await jsm.consumers.add(stream, {
    name,
    ack_policy: AckPolicy.None,
    deliver_policy: DeliverPolicy.All,
    inactive_threshold: 60_000_000_000,
  });
  try {
    const consumer = await nc.jetstream().consumers.get(stream, name);
    while (out.length < info.state.messages) {
      const batch = await consumer.fetch({
        max_messages: Math.min(5000, info.state.messages - out.length),
        expires: 2000,
      });
      let got = 0;
      for await (const m of batch) {
        got += 1;
        out.push({
          streamSeq: m.seq,
          subject: m.subject,
          msgId: m.headers?.get('Nats-Msg-Id'),
          envelope: ztna.v1.Envelope.decode(m.data),
        });
      }
      if (got === 0)
        throw new Error(`stream ${stream}: read ${out.length} of ${info.state.messages} messages`);
    }
  } finally {
    await jsm.consumers.delete(stream, name).catch(() => undefined);
  }
  return out;
}

/** The envelope without the parts that differ between two runs (incarnation, time). */
export function comparable(e: ztna.v1.IEnvelope): unknown {
  const obj = ztna.v1.Envelope.toObject(ztna.v1.Envelope.fromObject(e), { oneofs: true, defaults: false });
  delete obj.incarnation;
  delete obj.emittedAtMs;
  return obj;
}

export async function deleteStream(nc: NatsConnection, stream: string): Promise<void> {
  const jsm = await nc.jetstreamManager();
  await jsm.streams.delete(stream).catch(() => undefined);
}

/** JSON over HTTP to the mock: status and parsed body. */
export async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers are inspected field by field
): Promise<{ status: number; body: any }> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${base}${path}`, init);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
