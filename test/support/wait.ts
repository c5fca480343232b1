import { setTimeout as delay } from 'node:timers/promises';

export interface WaitOptions {
  /** Give up after this many milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Pause between attempts (default 25 ms). */
  intervalMs?: number;
  /** What is being waited for, for the error message. */
  what?: string;
}

/**
 * Polls `probe` until it returns a value other than undefined/false, or throws after the deadline with
 * the last value or error it saw. A poll with a deadline, never a fixed sleep.
 */
export async function waitFor<T>(
  probe: () => T | Promise<T>,
  options: WaitOptions = {},
): Promise<Exclude<T, false | undefined>> {
  const { timeoutMs = 10_000, intervalMs = 25, what = 'condition' } = options;
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value as Exclude<T, false | undefined>;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() >= deadline) {
      const seen = last instanceof Error ? `${last.name}: ${last.message}` : JSON.stringify(last);
      throw new Error(`waitFor: ${what} not reached within ${timeoutMs} ms; last seen: ${seen}`);
    }
    await delay(intervalMs);
  }
}

/** A one-shot latch: `open()` releases every `wait()`; `wait()` rejects after its deadline. */
export class Latch<T = void> {
  private release!: (value: T) => void;
  private readonly opened: Promise<T>;
  private done = false;

  constructor() {
    this.opened = new Promise<T>((resolve) => {
      this.release = resolve;
    });
  }

  get isOpen(): boolean {
    return this.done;
  }

  open(value: T): void {
    this.done = true;
    this.release(value);
  }

  async wait(timeoutMs = 10_000, what = 'latch'): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Latch: ${what} not opened within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.opened, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
