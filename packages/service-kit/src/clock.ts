/** A pending timer; `cancel()` is idempotent and harmless after the timer fired. */
export interface Timer {
  cancel(): void;
}

export interface TimerOptions {
  /** false: the timer does not keep the process alive (system clock only). Default true. */
  readonly ref?: boolean;
}

/**
 * Time for a service: milliseconds since the epoch, and one-shot timers on the same time line, so a
 * service runs on real time (`systemClock`) or on manual time (`ManualClock`) without a change. Code
 * that only reads time may take `Pick<Clock, 'now'>`.
 */
export interface Clock {
  now(): number;
  /** Calls `fn` once, `ms` (>= 0) milliseconds from now. */
  setTimeout(fn: () => void, ms: number, options?: TimerOptions): Timer;
}

/** Real time: `Date.now()` and Node timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(fn, ms, options) {
    const handle = setTimeout(fn, Math.max(0, ms));
    if (options?.ref === false) handle.unref();
    return { cancel: () => clearTimeout(handle) };
  },
};

/**
 * Resolves after `ms` on `clock`; rejects with the signal's reason (an AbortError by default) when
 * `signal` aborts first, like `timers/promises` setTimeout.
 */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal, options?: TimerOptions): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      timer.cancel();
      reject(abortReason(signal as AbortSignal));
    };
    const timer = clock.setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      ms,
      options,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}

interface Scheduled {
  readonly due: number;
  readonly order: number;
  readonly fn: () => void;
  cancelled: boolean;
}

/**
 * A clock that moves only through `advance(ms)`. Timers fire in due-time order (then in the order
 * they were set), each with `now()` equal to its due time; timers set while advancing fire in the
 * same call when they fall inside the advanced span. Promise continuations of a fired timer run only
 * after `advance` returns: `await clock.settle()` lets them run.
 */
export class ManualClock implements Clock {
  private time: number;
  private order = 0;
  private timers: Scheduled[] = [];

  /** Starts at `startMs` (default 2023-11-14T22:13:20Z). */
  constructor(startMs = 1_700_000_000_000) {
    this.time = startMs;
  }

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): Timer {
    const entry: Scheduled = { due: this.time + Math.max(0, ms), order: this.order++, fn, cancelled: false };
    this.timers.push(entry);
    return {
      cancel: () => {
        entry.cancelled = true;
      },
    };
  }

  /** Timers set and neither fired nor cancelled. */
  get pending(): number {
    return this.timers.filter((t) => !t.cancelled).length;
  }

  /** Due time of the earliest pending timer, epoch ms; undefined when none is pending. */
  nextDueMs(): number | undefined {
    let best: number | undefined;
    for (const t of this.timers) if (!t.cancelled && (best === undefined || t.due < best)) best = t.due;
    return best;
  }

  /** Moves time forward by `ms` (>= 0), firing every timer due on the way. Throws RangeError when ms < 0. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`advance: ms must be a number >= 0, got ${ms}`);
    const end = this.time + ms;
    for (let next = this.takeDue(end); next; next = this.takeDue(end)) {
      this.time = next.due;
      next.fn();
    }
    this.time = end;
  }

  /** Lets promise continuations (of timers fired by `advance`) run: resolves after queued I/O callbacks. */
  settle(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  private takeDue(end: number): Scheduled | undefined {
    this.timers = this.timers.filter((t) => !t.cancelled);
    let best: Scheduled | undefined;
    for (const t of this.timers) {
      if (t.due > end) continue;
      if (!best || t.due < best.due || (t.due === best.due && t.order < best.order)) best = t;
    }
    if (best) best.cancelled = true;
    return best;
  }
}
