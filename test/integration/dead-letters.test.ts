// Issue 11: dead letters used to go to a core subject no stream kept, so with no live subscriber they
// were lost once the original was acked. The gateway now keeps them in a dead-letter stream of its own
// and `GET /api/v1/dead-letters` lists them newest first with their reasons, across a gateway restart.
import { Redis } from 'ioredis';
import { connect, type NatsConnection } from 'nats';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ztna } from '@ztna/proto';
import { GatewayClient } from '@ztna/testkit';
import { startNats, startRedis, waitFor, type ServerHandle } from '@ztna/test';
import { createGateway, type Gateway } from '@ztna/gateway';
import { createStream, deleteKeys, isolation, testConfig, SERIAL } from './tagsync-fixture.js';

const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

describe('dead letters kept in a stream', () => {
  let natsServer: ServerHandle;
  let redisServer: ServerHandle;
  let nc: NatsConnection;
  let redis: Redis;
  const iso = isolation();
  let gateway: Gateway | undefined;

  beforeAll(async () => {
    [natsServer, redisServer] = await Promise.all([startNats(), startRedis()]);
    nc = await connect({ servers: natsServer.url, maxReconnectAttempts: -1, reconnectTimeWait: 200 });
    redis = new Redis(redisServer.url, { maxRetriesPerRequest: 2 });
    redis.on('error', () => undefined);
    await createStream(nc, iso.subjects);
  });
  afterAll(async () => {
    await gateway?.stop();
    await deleteKeys(redis, iso.keyPrefix);
    await nc?.close();
    redis?.disconnect();
    await Promise.all([natsServer?.close(), redisServer?.close()]);
  });

  it('keeps refused events with no subscriber, lists them newest first with reasons, across a restart', async () => {
    gateway = await createGateway({ nc, redis, logger }, testConfig(iso));
    const client = new GatewayClient(gateway.url, 'gw1');
    expect(await client.deadLetters()).toEqual({ total: 0, deadLetters: [] });

    // nobody subscribes to the dead-letter subject: only the stream can keep what follows
    const js = nc.jetstream();
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0x01]);
    const foreign = ztna.v1.Envelope.encode({
      emsId: 5,
      emsSerial: 'FCTEMS0000000005',
      incarnation: 'x',
      seq: 1,
    }).finish();
    const wrongSubject = ztna.v1.Envelope.encode({
      emsId: 1,
      emsSerial: SERIAL,
      incarnation: 'x',
      seq: 1,
    }).finish();
    const sent = [
      { subject: iso.subjects.endpointEvents(1, 'GARBAGE'), data: garbage, reason: /^malformed: envelope / },
      {
        subject: iso.subjects.endpointEvents(5, 'FOREIGN'),
        data: foreign,
        reason: /^unknown-ems: emsId 5: /,
      },
      {
        subject: iso.subjects.endpointEvents(2, 'MISFILED'),
        data: wrongSubject,
        reason: /^invalid-field: subject .*must be an event subject of EMS 1/,
      },
    ];
    for (const m of sent) await js.publish(m.subject, m.data);

    const first = await waitFor(
      async () => {
        const r = await client.deadLetters();
        return r.total === sent.length ? r : undefined;
      },
      { what: `${sent.length} dead letters kept` },
    );
    const newestFirst = [...sent].reverse();
    expect(first.deadLetters.map((d) => d.subject)).toEqual(newestFirst.map((m) => m.subject));
    first.deadLetters.forEach((d, i) => {
      expect(d.reason).toMatch(newestFirst[i]!.reason);
      expect(d.size).toBe(newestFirst[i]!.data.length);
      expect(Buffer.from(d.data, 'base64')).toEqual(Buffer.from(newestFirst[i]!.data));
    });
    const seqs = first.deadLetters.map((d) => d.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect((await client.deadLetters(2)).deadLetters).toEqual(first.deadLetters.slice(0, 2));

    // bounded and validated query
    const tooMany = await fetch(`${gateway.url}/api/v1/dead-letters?limit=1001`);
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'ZTNA_ERR_REQUEST',
      message: expect.stringMatching(/limit.*1001/),
    });

    // an in-process restart: the dead letters are still there
    await gateway.stop();
    gateway = await createGateway({ nc, redis, logger }, testConfig(iso));
    const again = await new GatewayClient(gateway.url, 'gw1').deadLetters();
    expect(again).toEqual(first);
  });
});
