import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readSseIds } from '../../testing/sse-ids.js';
import type { FeedEvent } from '../feed/feed-event.js';
import { SseWriter } from './sse-writer.js';

const event = (id: number): FeedEvent => ({
  gatewayId: 'gw1',
  id,
  revision: 1,
  timeMs: 0,
  kind: 'sync',
  sync: { emsId: 1, state: 'in-sync', appliedSeq: id, cause: 'snapshot', incarnation: 'i1' },
});

describe('SseWriter', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** A loopback server whose one response is an SseWriter that replays `replay` at once. */
  async function serve(replay: readonly FeedEvent[]): Promise<{ url: string; writer: Promise<SseWriter> }> {
    let connected!: (w: SseWriter) => void;
    const writer = new Promise<SseWriter>((resolve) => (connected = resolve));
    server = createServer((_req, res) => {
      const w = new SseWriter(res, {
        maxBufferedBytes: 1 << 20,
        maxPending: 100,
        heartbeatMs: 60_000,
        onCutOff: () => undefined,
      });
      void w.replay(replay);
      connected(w);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, writer };
  }

  it('writes live events after a replay of a few events (the replay sits in the response buffer, no drain comes)', async () => {
    const { url, writer } = await serve([event(11), event(12)]);
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    const w = await writer;
    const ids = await readSseIds(res.body, (id, seen) => {
      if (id === 12) w.live(event(13));
      return seen.length === 3;
    });
    expect(ids).toEqual([11, 12, 13]);
  });

  it('writes live events that came while the replay was written, then later ones, in order', async () => {
    const { url, writer } = await serve([event(1)]);
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    const w = await writer;
    w.live(event(2));
    const ids = await readSseIds(res.body, (id, seen) => {
      if (id === 2) w.live(event(3));
      return seen.length === 3;
    });
    expect(ids).toEqual([1, 2, 3]);
  });
});
