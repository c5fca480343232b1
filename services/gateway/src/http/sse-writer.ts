import type { ServerResponse } from 'node:http';
import type { FeedEvent } from '../feed/feed-event.js';

export interface SseWriterOptions {
  /** Bytes the socket may hold unsent; a client further behind is cut off (default 1 MiB). */
  readonly maxBufferedBytes: number;
  /** Events waiting while the replay is written, at most; beyond it the client is cut off. */
  readonly maxPending: number;
  /** Comment line sent this often so proxies keep the connection, ms (default 15 s). */
  readonly heartbeatMs: number;
  /** The client fell behind and was disconnected. */
  onCutOff(): void;
}

/** Response headers of an event stream. */
export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
} as const;

/** One event in the `text/event-stream` format: `id:`, `event:` (the kind), `data:` (JSON). */
export function sseFrame(e: FeedEvent): string {
  return `id: ${e.id}\nevent: ${e.kind}\ndata: ${JSON.stringify(e)}\n\n`;
}

/**
 * One Server-Sent Events connection on a raw Node response. Writes the replay in chunks that wait for
 * the socket to drain, keeps live events that arrive meanwhile in a bounded queue, then writes live
 * events as they come. Never holds more than `maxBufferedBytes` unsent (nor `maxPending` queued): a
 * client that slow is cut off and counted, so it cannot grow the gateway's memory.
 */
export class SseWriter {
  private pending: FeedEvent[] | undefined = [];
  private closed = false;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly closedWaiters: (() => void)[] = [];

  constructor(
    private readonly res: ServerResponse,
    private readonly options: SseWriterOptions,
  ) {
    res.writeHead(200, SSE_HEADERS);
    res.write('retry: 1000\n\n');
    res.on('close', () => this.close());
    this.heartbeat = setInterval(() => this.write(': ping\n\n'), options.heartbeatMs);
    this.heartbeat.unref();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Resolves when the connection is gone (client left, cut off, or `close`). */
  closedPromise(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => this.closedWaiters.push(resolve));
  }

  /** A live event: written now, or queued while the replay is still being written. */
  live(e: FeedEvent): void {
    if (this.closed) return;
    if (this.pending !== undefined) {
      if (this.pending.length >= this.options.maxPending) return this.cutOff();
      this.pending.push(e);
      return;
    }
    this.write(sseFrame(e));
  }

  /** Writes `events` (the replay), then what arrived meanwhile; afterwards live events go out at once. */
  async replay(events: readonly FeedEvent[]): Promise<void> {
    const CHUNK = 256;
    for (let i = 0; i < events.length && !this.closed; i += CHUNK) {
      this.write(
        events
          .slice(i, i + CHUNK)
          .map(sseFrame)
          .join(''),
      );
      await this.drained();
    }
    while (this.pending !== undefined && this.pending.length > 0 && !this.closed) {
      const batch = this.pending;
      this.pending = [];
      this.write(batch.map(sseFrame).join(''));
      await this.drained();
    }
    this.pending = undefined;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    if (!this.res.writableEnded) this.res.end();
    for (const w of this.closedWaiters.splice(0)) w();
  }

  private write(text: string): void {
    if (this.closed) return;
    this.res.write(text);
    if (this.res.writableLength > this.options.maxBufferedBytes) this.cutOff();
  }

  /**
   * Resolves once the response takes more writes: at once unless the last write was refused
   * (`writableNeedDrain`). Bytes queued after an accepted write (the first writes of a response sit
   * corked until the next tick) never bring a `drain` event, so waiting on `writableLength` would wait
   * for ever and hold every live event in `pending`.
   */
  private drained(): Promise<void> {
    if (this.closed || !this.res.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        this.res.off('drain', done);
        this.res.off('close', done);
        resolve();
      };
      this.res.once('drain', done);
      this.res.once('close', done);
    });
  }

  private cutOff(): void {
    this.options.onCutOff();
    this.closed = true;
    clearInterval(this.heartbeat);
    this.res.destroy();
    for (const w of this.closedWaiters.splice(0)) w();
  }
}
