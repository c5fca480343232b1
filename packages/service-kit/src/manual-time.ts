import { ManualClock, type Clock, type Timer } from './clock.js';

/**
 * Calls `fn` every `periodMs` (> 0) on `clock` until the returned timer is cancelled: a repeating
 * timer that follows manual time as well as real time. `ref: false` lets the process exit (system
 * clock only). A throwing `fn` goes to `onError` and the timer keeps going. Throws RangeError for a
 * period that is not a positive number.
 */
export function every(
  clock: Clock,
  periodMs: number,
  fn: () => void,
  options: { ref?: boolean; onError?: (err: unknown) => void } = {},
): Timer {
  if (!(periodMs > 0)) throw new RangeError(`every: periodMs must be > 0, got ${periodMs}`);
  let current: Timer | undefined;
  let cancelled = false;
  const schedule = (): void => {
    current = clock.setTimeout(
      () => {
        if (cancelled) return;
        try {
          fn();
        } catch (err) {
          options.onError?.(err);
        }
        if (!cancelled) schedule();
      },
      periodMs,
      { ref: options.ref ?? true },
    );
  };
  schedule();
  return {
    cancel: () => {
      cancelled = true;
      current?.cancel();
    },
  };
}

/**
 * Moves `clock` forward by `ms` one due timer at a time, awaiting `idle()` after each step so that
 * asynchronous work a timer started (a store write, a publish, the next step of a run) finishes, and
 * may set new timers, before time moves on. Resolves with the new time. Throws RangeError when ms < 0.
 */
export async function advanceInSteps(
  clock: ManualClock,
  ms: number,
  idle: () => Promise<void>,
): Promise<number> {
  if (!(ms >= 0)) throw new RangeError(`advance: ms must be a number >= 0, got ${ms}`);
  const end = clock.now() + ms;
  await idle();
  for (let due = clock.nextDueMs(); due !== undefined && due <= end; due = clock.nextDueMs()) {
    clock.advance(Math.max(0, due - clock.now()));
    await idle();
  }
  clock.advance(end - clock.now());
  await idle();
  return clock.now();
}

/** The clock of a service as its control route sees it. */
export interface ClockControl {
  readonly mode: 'system' | 'manual';
  now(): number;
  /** Moves manual time by `ms` and resolves after everything due has run; undefined on the system clock. */
  readonly advance?: (ms: number) => Promise<number>;
}

/**
 * The control of a service's clock: `manual` when `clock` is a {@link ManualClock}, with `advance`
 * stepping through due timers and awaiting `idle` (the service's in-flight work) after each.
 */
export function clockControl(
  clock: Clock,
  idle: () => Promise<void> = () => Promise.resolve(),
): ClockControl {
  if (!(clock instanceof ManualClock)) return { mode: 'system', now: () => clock.now() };
  let chain: Promise<unknown> = Promise.resolve();
  return {
    mode: 'manual',
    now: () => clock.now(),
    // One advance at a time: a second request waits for the first, so time only moves forward in order.
    advance: (ms) => {
      const next = chain.then(() => advanceInSteps(clock, ms, idle));
      chain = next.catch(() => undefined);
      return next;
    },
  };
}
