import { Type, type Static } from '@sinclair/typebox';
import { GATEWAY_EVENT_KINDS } from '@ztna/proto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { EventFeed } from '../../feed/event-feed.js';
import type { FeedEvent } from '../../feed/feed-event.js';
import type { FeedSnapshot } from '../../feed/feed-snapshot.js';
import { gatewayErrorHandling, sendError } from '../error-reply.js';
import { errorReplier, typeboxValidator } from '@ztna/service-kit';
import { ErrorReply } from '../shared-schemas.js';
import { SSE_HEADERS, SseWriter } from '../sse-writer.js';

const MAX_WAIT_MS = 30_000;
const MAX_PAGE = 1000;
const KINDS = GATEWAY_EVENT_KINDS.join('|');

const EventsQuery = Type.Object(
  {
    types: Type.Optional(
      Type.String({ pattern: `^(${KINDS})(,(${KINDS}))*$`, maxLength: 64, description: 'e.g. session,log' }),
    ),
    since: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })),
    waitMs: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_WAIT_MS, description: 'JSON long-poll' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 500 })),
  },
  { additionalProperties: false },
);
type EventsQuery = Static<typeof EventsQuery>;

export interface EventsRoutesOptions {
  readonly feed: EventFeed;
  snapshot(): FeedSnapshot;
  /** Unsent bytes per SSE client before it is cut off. */
  readonly sseMaxBufferedBytes: number;
  readonly sseHeartbeatMs?: number;
  /** Stops open SSE connections on shutdown: called with a closer per connection. */
  track(close: () => void): () => void;
  onSseCutOff(): void;
}

const LAST_EVENT_ID = /^\d{1,16}$/;

/**
 * `GET /api/v1/events`: Server-Sent Events (`event:` membership|session|sync|log, `id:`, `data:` JSON),
 * `?types=` to filter, `?since=<id>` or `Last-Event-ID` to replay from the ring first; 410
 * ZTNA_ERR_GONE with `oldestId` when that id is older than the ring (or from before a restart). With
 * `?waitMs=` it is a JSON long-poll instead: `{ events, lastEventId, oldestId }`, waiting up to `waitMs`
 * for at least one event after `since`, at most `limit` (≤ 1000) per page. `HEAD` answers the
 * stream's headers (or the error) at once, with no body.
 * `GET /api/v1/events/snapshot`: the state as of `lastEventId`, where a consumer starts over after 410.
 */
export async function eventsRoutes(app: FastifyInstance, options: EventsRoutesOptions): Promise<void> {
  const { feed } = options;
  app.setValidatorCompiler(typeboxValidator);
  app.setErrorHandler(errorReplier(gatewayErrorHandling(app.log)));
  app.get<{ Querystring: EventsQuery }>(
    '/api/v1/events',
    {
      schema: {
        summary: 'Gateway events: SSE stream, or a JSON long-poll with waitMs',
        tags: ['events'],
        querystring: EventsQuery,
        response: { 400: ErrorReply, 410: ErrorReply },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const types = q.types === undefined ? undefined : new Set(q.types.split(','));
      const header = request.headers['last-event-id'];
      let since = q.since;
      if (since === undefined && typeof header === 'string') {
        if (!LAST_EVENT_ID.test(header)) {
          return sendError(
            reply,
            400,
            'ZTNA_ERR_REQUEST',
            `header last-event-id "${header.slice(0, 40)}": must be an event id`,
          );
        }
        since = Number(header);
      }
      if (q.waitMs !== undefined) return longPoll(reply, feed, since ?? 0, q.waitMs, q.limit ?? 500, types);
      const read =
        since === undefined ? { events: [] } : feed.ring.since(since, Number.MAX_SAFE_INTEGER, types);
      if ('gone' in read) return gone(reply, since!, read.oldestId, feed.lastId);
      // HEAD: the stream's headers and no body. Node sends a HEAD response's headers only when it
      // ends, so a stream left open would never answer, and would block the connection's next request.
      if (request.method === 'HEAD') return reply.code(200).headers(SSE_HEADERS).send();
      reply.hijack();
      const writer = new SseWriter(reply.raw, {
        maxBufferedBytes: options.sseMaxBufferedBytes,
        maxPending: feed.ring.capacity,
        heartbeatMs: options.sseHeartbeatMs ?? 15_000,
        onCutOff: options.onSseCutOff,
      });
      const unsubscribe = feed.subscribe((e) => {
        if (types === undefined || types.has(e.kind)) writer.live(e);
      });
      const untrack = options.track(() => writer.close());
      void writer.replay(read.events);
      await writer.closedPromise();
      unsubscribe();
      untrack();
    },
  );
  app.get(
    '/api/v1/events/snapshot',
    {
      schema: { summary: 'State as of an event id, to start over after 410', tags: ['events'] },
    },
    async () => options.snapshot(),
  );
}

function gone(reply: FastifyReply, since: number, oldestId: number, lastId: number): FastifyReply {
  return sendError(
    reply,
    410,
    'ZTNA_ERR_GONE',
    `since ${since}: not in the event ring (oldest kept ${oldestId}, newest ${lastId}); start over from GET /api/v1/events/snapshot`,
    { oldestId, lastId },
  );
}

async function longPoll(
  reply: FastifyReply,
  feed: EventFeed,
  since: number,
  waitMs: number,
  limit: number,
  types: ReadonlySet<string> | undefined,
): Promise<FastifyReply> {
  let read = feed.ring.since(since, limit, types);
  if (!('gone' in read) && read.events.length === 0 && waitMs > 0) {
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        unsubscribe();
        reply.raw.off('close', done);
        resolve();
      };
      const timer = setTimeout(done, waitMs);
      const unsubscribe = feed.subscribe((e: FeedEvent) => {
        if (types === undefined || types.has(e.kind)) done();
      });
      reply.raw.once('close', done);
    });
    read = feed.ring.since(since, limit, types);
  }
  if ('gone' in read) return gone(reply, since, read.oldestId, feed.lastId);
  const last = read.events.at(-1)?.id ?? Math.max(since, feed.ring.oldestId - 1);
  return reply.send({ events: read.events, lastEventId: last, oldestId: feed.ring.oldestId });
}
