import { AckPolicy, connect, type NatsConnection } from 'nats';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventMessageId, eventStreamConfig, ztna } from '@ztna/proto';
import { startNats, startRedis, testSubjects, uniqueId, type ServerHandle } from '@ztna/test';

const { Envelope, TagKind } = ztna.v1;

describe('foundation: protobuf envelopes through a real JetStream stream', () => {
  let server: ServerHandle;
  let nc: NatsConnection;
  const subjects = testSubjects();

  beforeAll(async () => {
    server = await startNats();
    nc = await connect({ servers: server.url });
    await (await nc.jetstreamManager()).streams.add(eventStreamConfig({ subjects }));
  });

  afterAll(async () => {
    await nc?.close();
    await server?.close();
  });

  it('publishes an envelope with its message id and reads the same envelope back', async () => {
    const js = nc.jetstream();
    const sent = Envelope.create({
      emsId: 1,
      emsSerial: 'FCTEMS0000000001',
      incarnation: 'inc-a',
      seq: 1,
      emittedAtMs: Date.now(),
      tagsDetached: { uid: 'FCT108', kind: TagKind.TAG_KIND_ZTNA, tags: ['APP_SERVERS'] },
    });
    const msgID = eventMessageId(1, 'inc-a', 1);
    const ack = await js.publish(subjects.endpointEvents(1, 'FCT108'), Envelope.encode(sent).finish(), {
      msgID,
    });
    expect(ack.duplicate).toBe(false);
    const again = await js.publish(subjects.endpointEvents(1, 'FCT108'), Envelope.encode(sent).finish(), {
      msgID,
    });
    expect(again.duplicate).toBe(true);
    expect(again.seq).toBe(ack.seq);

    const jsm = await nc.jetstreamManager();
    await jsm.consumers.add(subjects.stream, { durable_name: 'reader', ack_policy: AckPolicy.Explicit });
    const consumer = await js.consumers.get(subjects.stream, 'reader');
    const msg = await consumer.next({ expires: 5_000 });
    expect(msg).not.toBeNull();
    const got = Envelope.decode(msg!.data);
    msg!.ack();
    expect(got.event).toBe('tagsDetached');
    expect(got.tagsDetached?.tags).toEqual(['APP_SERVERS']);
    expect(got.seq).toBe(1);
    expect(msg!.subject).toBe(`${subjects.prefix}.ems.1.ep.FCT108`);
    expect((await jsm.streams.info(subjects.stream)).state.messages).toBe(1);
  });
});

describe('foundation: a real Redis', () => {
  let server: ServerHandle;
  let redis: Redis;
  const prefix = `ztna:{${uniqueId('gw')}}`;

  beforeAll(async () => {
    server = await startRedis();
    redis = new Redis(server.url);
  });

  afterAll(async () => {
    redis?.disconnect();
    await server?.close();
  });

  it('keeps a dynamic address as a set and runs a Lua script atomically', async () => {
    const key = `${prefix}:addr:EMS1_ZTNA_APP_SERVERS`;
    await redis.sadd(key, '192.168.30.47', '192.168.30.35', '192.168.30.108');
    const removed = await redis.eval(
      "local n = redis.call('SREM', KEYS[1], ARGV[1]); redis.call('INCR', KEYS[2]); return n",
      2,
      key,
      `${prefix}:revision`,
      '192.168.30.108',
    );
    expect(removed).toBe(1);
    expect((await redis.smembers(key)).sort()).toEqual(['192.168.30.35', '192.168.30.47']);
    expect(await redis.get(`${prefix}:revision`)).toBe('1');
  });
});
