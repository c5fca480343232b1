import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TestkitError } from './errors.js';
import { feedEvents } from './event-stream.js';

// feedEvents against a scripted SSE server on a random loopback port: frames, reconnect with
// Last-Event-ID, 410, abort.

const frame = (id: number): string =>
  `id: ${id}\nevent: sync\ndata: ${JSON.stringify({ id, kind: 'sync', gatewayId: 'gw1', revision: 0, timeMs: 0 })}\n\n`;

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  server = undefined;
});

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const sse = (res: ServerResponse): void => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
};

describe('feedEvents', () => {
  it('yields each frame once and reconnects with Last-Event-ID after the stream ends', async () => {
    const requests: { lastEventId?: string; url?: string }[] = [];
    const url = await serve((req, res) => {
      const lastEventId = req.headers['last-event-id'] as string | undefined;
      requests.push({ lastEventId, url: req.url });
      sse(res);
      if (lastEventId === undefined) {
        res.end(`: ping\n\n${frame(1)}${frame(2)}`); // the server cuts the client off after 2
      } else {
        res.write(frame(Number(lastEventId) + 1));
      }
    });
    const ids: number[] = [];
    for await (const event of feedEvents(url, undefined, { types: ['sync', 'log'] })) {
      ids.push(event.id);
      if (ids.length === 3) break;
    }
    expect(ids).toEqual([1, 2, 3]);
    expect(requests).toEqual([
      { lastEventId: undefined, url: '/api/v1/events?types=sync%2Clog' },
      { lastEventId: '2', url: '/api/v1/events?types=sync%2Clog' },
    ]);
  });

  it('sends since as Last-Event-ID and throws ZTNA_TESTKIT_HTTP with the body on 410', async () => {
    const seen: (string | undefined)[] = [];
    const url = await serve((req, res) => {
      seen.push(req.headers['last-event-id'] as string | undefined);
      res.writeHead(410, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'ZTNA_ERR_GONE', message: 'gone' }, oldestId: 5, lastId: 9 }));
    });
    const error = await (async () => {
      for await (const event of feedEvents(url, 'secret', { since: 0 })) void event;
    })().catch((err: unknown) => err);
    expect(error).toBeInstanceOf(TestkitError);
    expect(error).toMatchObject({
      code: 'ZTNA_TESTKIT_HTTP',
      details: { status: 410, body: { oldestId: 5 } },
    });
    expect(seen).toEqual(['0']);
  });

  it('ends without an error when its signal is aborted', async () => {
    const url = await serve((_req, res) => {
      sse(res);
      res.write(frame(1));
    });
    const controller = new AbortController();
    const ids: number[] = [];
    for await (const event of feedEvents(url, undefined, { signal: controller.signal })) {
      ids.push(event.id);
      controller.abort();
    }
    expect(ids).toEqual([1]);
  });
});
