// The gateway event stream's set-up on a real JetStream: limits as configured, including a max age
// shorter than JetStream's default 2-minute duplicate window (the server refuses a window longer than
// max_age), and an update that shortens the age of an existing stream.
import { ensureFeedStream } from '@ztna/gateway/testing';
import { startNats, type ServerHandle } from '@ztna/test';
import { connect, nanos, type NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('ensureFeedStream on a real JetStream', () => {
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

  it('creates the stream with a max age under two minutes, then shortens it', async () => {
    const jsm = await nc.jetstreamManager();
    const options = { name: 'FEED_SHORT', subjectPrefix: 'short.ztna', maxAgeS: 60, maxBytes: 1 << 20 };
    await ensureFeedStream(jsm, options);
    let info = await jsm.streams.info('FEED_SHORT');
    expect(info.config.max_age).toBe(nanos(60_000));
    expect(info.config.duplicate_window).toBe(nanos(60_000));
    expect(info.config.subjects).toEqual(['short.ztna.gw.*.events.>']);

    await ensureFeedStream(jsm, { ...options, maxAgeS: 30 });
    info = await jsm.streams.info('FEED_SHORT');
    expect(info.config.max_age).toBe(nanos(30_000));
    expect(info.config.duplicate_window).toBe(nanos(30_000));

    await ensureFeedStream(jsm, { ...options, name: 'FEED_LONG', subjectPrefix: 'long.ztna', maxAgeS: 3600 });
    expect((await jsm.streams.info('FEED_LONG')).config.duplicate_window).toBe(nanos(120_000));
  });
});
