import { sleep, systemClock, type Clock } from './clock.js';

export interface BackoffOptions {
  /** Delay after the first failure, ms (default 100). */
  readonly firstDelayMs?: number;
  /** Cap of the delay, ms (default 10 000). */
  readonly maxDelayMs?: number;
  /** Growth per failure (default 2). */
  readonly factor?: number;
  /** 0..1: each delay is drawn uniformly from [delay × (1 − jitter), delay] (default 0, none). */
  readonly jitter?: number;
  /** Source of randomness for the jitter, [0, 1) (default Math.random). */
  readonly random?: () => number;
}

/**
 * Exponential backoff with a cap: `next()` gives first, first × factor, … up to max, each optionally
 * jittered downwards; `reset()` starts over after a success.
 */
export class Backoff {
  private failures = 0;
  private readonly first: number;
  private readonly max: number;
  private readonly factor: number;
  private readonly jitter: number;
  private readonly random: () => number;

  /** Throws RangeError for a negative delay, a cap below the first delay, factor < 1 or jitter outside 0..1. */
  constructor(options: BackoffOptions = {}) {
    this.first = options.firstDelayMs ?? 100;
    this.max = options.maxDelayMs ?? 10_000;
    this.factor = options.factor ?? 2;
    this.jitter = options.jitter ?? 0;
    this.random = options.random ?? Math.random;
    if (!(this.first >= 0) || !(this.max >= this.first)) {
      throw new RangeError(`backoff: need 0 <= firstDelayMs <= maxDelayMs, got ${this.first}, ${this.max}`);
    }
    if (!(this.factor >= 1)) throw new RangeError(`backoff: factor ${this.factor}: must be >= 1`);
    if (!(this.jitter >= 0 && this.jitter <= 1)) {
      throw new RangeError(`backoff: jitter ${this.jitter}: must be in 0..1`);
    }
  }

  /** Failures since the last reset. */
  get attempts(): number {
    return this.failures;
  }

  /** Counts one failure and returns the delay to wait before the next attempt, ms. */
  next(): number {
    const base = Math.min(this.max, this.first * this.factor ** this.failures);
    this.failures += 1;
    return this.jitter === 0 ? base : base * (1 - this.jitter * this.random());
  }

  reset(): void {
    this.failures = 0;
  }
}

/** The logger `retrying` reports to: pino's `warn(obj, msg)` fits. */
export interface RetryLogger {
  warn(obj: object, msg: string): void;
}

export interface RetryOptions extends BackoffOptions {
  /** Names the operation in the log line, e.g. "snapshot request". */
  readonly what: string;
  readonly logger: RetryLogger;
  /** Gives up, rethrowing the last error, once this returns true (checked after each failure). */
  readonly stopped: () => boolean;
  /** Aborting ends a wait at once; the attempt loop then gives up like `stopped`. */
  readonly signal?: AbortSignal;
  /** Time and timers for the waits (default systemClock). */
  readonly clock?: Clock;
}

/**
 * Runs `attempt` until it resolves, waiting with exponential backoff (defaults 200 ms doubling up to
 * 10 s) between failures; the first failure is logged once as a warning with `{ err }`. Rejects with
 * the last error when `stopped()` turns true or `signal` aborts.
 */
export async function retrying<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  const clock = options.clock ?? systemClock;
  const backoff = new Backoff({ firstDelayMs: 200, ...options });
  for (;;) {
    try {
      return await attempt();
    } catch (err) {
      if (options.stopped() || options.signal?.aborted) throw err;
      if (backoff.attempts === 0)
        options.logger.warn({ err }, `${options.what} failed; retrying with backoff`);
      const aborted = await sleep(clock, backoff.next(), options.signal).then(
        () => false,
        () => true,
      );
      if (aborted) throw err;
    }
  }
}
