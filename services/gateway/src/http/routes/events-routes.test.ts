import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { readSseIds } from '../../../testing/sse-ids.js';
import { seedConfig } from '../../../testing/seed-network.js';
import { EventFeed } from '../../feed/event-feed.js';
import { EPOCH_SPAN } from '../../feed/feed-event.js';
import { eventsRoutes } from './events-routes.js';

describe('GET /api/v1/events after a restart (new epoch)', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
  });

  it('answers 410 to the old epoch, then streams on past the events that came after the snapshot', async () => {
    const feed = new EventFeed({
      gatewayId: 'gw1',
      serial: 'FGVM02TM00000001',
      config: seedConfig,
      revision: () => 1,
    });
    const sync = (appliedSeq: number): void =>
      feed.syncState({
        emsId: 1,
        state: 'in-sync',
        appliedSeq,
        incarnation: 'i1',
        cause: 'snapshot',
        timeMs: 0,
      });
    const closers = new Set<() => void>();
    app = Fastify();
    await app.register((instance) =>
      eventsRoutes(instance, {
        feed,
        snapshot: () => ({
          gatewayId: 'gw1',
          lastEventId: feed.lastId,
          revision: 1,
          addresses: [],
          sessions: [],
          sync: [],
        }),
        sseMaxBufferedBytes: 1 << 20,
        track: (close) => (closers.add(close), () => closers.delete(close)),
        onSseCutOff: () => undefined,
      }),
    );
    app.addHook('onClose', () => closers.forEach((close) => close()));
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    feed.begin(2);
    sync(1);
    sync(2);

    const old = await fetch(`${url}/api/v1/events`, {
      headers: { 'last-event-id': String(EPOCH_SPAN + 900) },
    });
    expect(old.status).toBe(410);
    expect(await old.json()).toMatchObject({ error: { code: 'ZTNA_ERR_GONE' } });
    const snapshot = (await (await fetch(`${url}/api/v1/events/snapshot`)).json()) as { lastEventId: number };
    expect(snapshot.lastEventId).toBe(2 * EPOCH_SPAN + 2);
    sync(3); // after the snapshot, before the reconnect: replayed

    const res = await fetch(`${url}/api/v1/events`, {
      headers: { 'last-event-id': String(snapshot.lastEventId) },
      signal: AbortSignal.timeout(2_000),
    });
    expect(res.status).toBe(200);
    const ids = await readSseIds(res.body, (id, seen) => {
      if (seen.length === 1) sync(4); // live, once the replay is out
      return seen.length === 2;
    });
    expect(ids).toEqual([3, 4].map((n) => 2 * EPOCH_SPAN + n));
  });
});
