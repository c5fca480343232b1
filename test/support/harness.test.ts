import { connect, type NatsConnection } from 'nats';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNats, startRedis, waitFor, type ServerHandle } from './index.js';

/** Each fault control of the harness, proven on both servers. */
describe('harness fault controls: NATS', () => {
  let nats: ServerHandle;
  let client: NatsConnection;
  let responder: NatsConnection;

  beforeAll(async () => {
    nats = await startNats();
    client = await connect({
      servers: nats.url,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 50,
      pingInterval: 1_000,
    });
  });

  afterAll(async () => {
    await client?.close();
    await responder?.close();
    await nats?.close();
  });

  const answerOn = async (subject: string): Promise<void> => {
    await responder?.close();
    responder = await connect({ servers: nats.directUrl, maxReconnectAttempts: -1, reconnectTimeWait: 50 });
    responder.subscribe(subject, { callback: (_err, msg) => msg.respond(msg.data) });
    await responder.flush();
  };

  it('a client reconnects after restart()', async () => {
    const before = client.info?.server_id;
    await nats.restart();
    await answerOn('echo');
    const reply = await waitFor(
      () => client.request('echo', new TextEncoder().encode('hi'), { timeout: 500 }),
      {
        what: 'echo after restart',
      },
    );
    expect(new TextDecoder().decode(reply.data)).toBe('hi');
    expect(client.isClosed()).toBe(false);
    expect(before).toBeDefined();
  });

  it('requests time out while paused and succeed after unpause()', async () => {
    await answerOn('echo2');
    await client.request('echo2', new Uint8Array([1]), { timeout: 1_000 });
    await nats.pause();
    await expect(client.request('echo2', new Uint8Array([2]), { timeout: 300 })).rejects.toThrow(/TIMEOUT/i);
    await nats.unpause();
    const reply = await waitFor(() => client.request('echo2', new Uint8Array([3]), { timeout: 500 }), {
      what: 'echo after unpause',
    });
    expect([...reply.data]).toEqual([3]);
  });

  it('a killed server is down until start(), then clients come back', async () => {
    await nats.kill();
    await expect(client.request('echo2', new Uint8Array([4]), { timeout: 300 })).rejects.toThrow();
    await nats.start();
    await answerOn('echo3');
    const reply = await waitFor(() => client.request('echo3', new Uint8Array([5]), { timeout: 500 }), {
      what: 'echo after kill and start',
    });
    expect([...reply.data]).toEqual([5]);
  });

  it('cutOff() separates clients from the server and restore() heals it', async () => {
    await answerOn('echo4');
    nats.cutOff('reset');
    await expect(client.request('echo4', new Uint8Array([6]), { timeout: 300 })).rejects.toThrow();
    nats.restore();
    const reply = await waitFor(() => client.request('echo4', new Uint8Array([7]), { timeout: 500 }), {
      what: 'echo after restore',
    });
    expect([...reply.data]).toEqual([7]);
  });
});

describe('harness fault controls: Redis', () => {
  let redis: ServerHandle;
  let client: Redis;

  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url, { commandTimeout: 400, maxRetriesPerRequest: 1, retryStrategy: () => 50 });
    client.on('error', () => undefined); // the faults below make errors on purpose
  });

  afterAll(async () => {
    client?.disconnect();
    await redis?.close();
  });

  it('restart() comes back empty and the client reconnects', async () => {
    await client.set('k', 'v');
    await redis.restart();
    const value = await waitFor(
      async () => ((await client.ping()) === 'PONG' ? { v: await client.get('k') } : false),
      {
        what: 'redis ping after restart',
      },
    );
    expect(value.v).toBeNull();
  });

  it('commands time out while paused and succeed after unpause()', async () => {
    await client.set('k2', '1');
    await redis.pause();
    await expect(client.get('k2')).rejects.toThrow(/timed out/i);
    await redis.unpause();
    expect(await waitFor(() => client.get('k2'), { what: 'redis get after unpause' })).toBe('1');
  });

  it('cutOff() and kill() make commands fail until restore() and start()', async () => {
    redis.cutOff('reset');
    await expect(client.get('k2')).rejects.toThrow();
    redis.restore();
    expect(await waitFor(() => client.get('k2'), { what: 'redis get after restore' })).toBe('1');
    await redis.kill();
    await expect(client.get('k2')).rejects.toThrow();
    await redis.start();
    expect(
      await waitFor(async () => (await client.ping()) === 'PONG', { what: 'redis after kill and start' }),
    ).toBe(true);
  });
});
