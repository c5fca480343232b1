import type { FeedEvent, GatewayEventKind } from '@ztna/gateway';
import { Backoff, preview, sleep, systemClock } from '@ztna/service-kit';
import { TestkitError } from './errors.js';

export interface EventsOptions {
  /** Only these kinds (`?types=`); default all. */
  readonly types?: readonly GatewayEventKind[];
  /**
   * Replay the ring after this event id first (`0`: everything the gateway keeps); default: live
   * events only, from the moment the stream opens.
   */
  readonly since?: number;
  /** Ends the iteration (it returns; it does not throw). */
  readonly signal?: AbortSignal;
  /** Consecutive failed reconnects before the iterator throws (default 10; backoff 100 ms … 2 s). */
  readonly maxReconnects?: number;
}

/**
 * The gateway's event feed (`GET /api/v1/events`, Server-Sent Events) as an async iterator. When the
 * stream ends or the connection fails it reconnects with `Last-Event-ID` set to the last id it yielded,
 * so no event is lost or repeated while the gateway's ring still holds it. Throws a ZTNA_TESTKIT_HTTP
 * TestkitError on a non-200 answer (410 `ZTNA_ERR_GONE` when the id left the ring or the gateway
 * restarted: start over from `GET /api/v1/events/snapshot`) or after `maxReconnects` failures in a row.
 * Breaking out of the loop or aborting `signal` closes the connection.
 */
export async function* feedEvents(
  baseUrl: string,
  token: string | undefined,
  options: EventsOptions = {},
): AsyncGenerator<FeedEvent, void, undefined> {
  const url = new URL('/api/v1/events', baseUrl);
  if (options.types) url.searchParams.set('types', options.types.join(','));
  const backoff = new Backoff({ firstDelayMs: 100, maxDelayMs: 2_000 });
  const maxReconnects = options.maxReconnects ?? 10;
  let lastId = options.since;
  for (;;) {
    const controller = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (lastId !== undefined) headers['last-event-id'] = String(lastId);
    let failure: unknown;
    try {
      const res = await fetch(url, { headers, signal });
      if (res.status !== 200 || !res.body) {
        const raw = await res.text();
        throw new TestkitError('ZTNA_TESTKIT_HTTP', `GET ${url.pathname} → ${res.status} ${preview(raw)}`, {
          status: res.status,
          body: res.headers.get('content-type')?.includes('json') ? JSON.parse(raw) : raw,
        });
      }
      for await (const event of sseFrames(res.body)) {
        backoff.reset();
        lastId = event.id;
        yield event;
      }
    } catch (err) {
      if (err instanceof TestkitError) throw err;
      failure = err;
    } finally {
      controller.abort();
    }
    if (options.signal?.aborted) return;
    if (backoff.attempts >= maxReconnects) {
      throw new TestkitError(
        'ZTNA_TESTKIT_HTTP',
        `GET ${url.pathname}: ${maxReconnects} reconnects failed (last event ${lastId ?? 'none'})`,
        { cause: failure },
      );
    }
    try {
      await sleep(systemClock, backoff.next(), options.signal);
    } catch {
      return; // aborted while waiting to reconnect
    }
  }
}

/** The `data:` of each SSE frame of a body, parsed; comments (`: ping`) and empty frames skipped. */
async function* sseFrames(body: ReadableStream<Uint8Array>): AsyncGenerator<FeedEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true }).replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = frame
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5));
      if (data.length > 0) yield JSON.parse(data.join('\n')) as FeedEvent;
    }
  }
}
