import { describe, expect, it } from 'vitest';
import { Backoff, retrying } from './backoff.js';
import { ManualClock } from './clock.js';

const quiet = { warn: () => undefined };

describe('Backoff', () => {
  it('grows by the factor up to the cap and starts over after reset', () => {
    const backoff = new Backoff({ firstDelayMs: 100, maxDelayMs: 1000 });
    expect([1, 2, 3, 4, 5].map(() => backoff.next())).toEqual([100, 200, 400, 800, 1000]);
    expect(backoff.attempts).toBe(5);
    backoff.reset();
    expect(backoff.next()).toBe(100);
  });

  it('jitters each delay downwards within the given fraction', () => {
    const low = new Backoff({ firstDelayMs: 100, jitter: 0.5, random: () => 0.999 });
    const high = new Backoff({ firstDelayMs: 100, jitter: 0.5, random: () => 0 });
    expect(low.next()).toBeCloseTo(50.05, 5);
    expect(high.next()).toBe(100);
  });

  it('refuses settings that make no sense, naming them', () => {
    expect(() => new Backoff({ firstDelayMs: 10, maxDelayMs: 5 })).toThrow(
      /firstDelayMs <= maxDelayMs, got 10, 5/,
    );
    expect(() => new Backoff({ factor: 0.5 })).toThrow(/factor 0.5/);
    expect(() => new Backoff({ jitter: 2 })).toThrow(/jitter 2/);
  });
});

describe('retrying', () => {
  it('retries on manual time with growing waits until the attempt succeeds, warning once', async () => {
    const clock = new ManualClock(0);
    const attempts: number[] = [];
    const warnings: string[] = [];
    const result = retrying(
      async () => {
        attempts.push(clock.now());
        if (attempts.length < 4) throw new Error('down');
        return 'up';
      },
      { what: 'probe', logger: { warn: (_o, msg) => warnings.push(msg) }, stopped: () => false, clock },
    );
    for (const wait of [200, 400, 800]) {
      await clock.settle();
      clock.advance(wait);
    }
    await expect(result).resolves.toBe('up');
    expect(attempts).toEqual([0, 200, 600, 1400]);
    expect(warnings).toEqual(['probe failed; retrying with backoff']);
  });

  it('gives up with the last error once stopped, or at once when its signal aborts a wait', async () => {
    let stop = false;
    const clock = new ManualClock(0);
    const stopping = retrying(
      async () => {
        throw new Error(stop ? 'last' : 'first');
      },
      { what: 'x', logger: quiet, stopped: () => stop, clock },
    );
    await clock.settle();
    stop = true;
    clock.advance(200);
    await expect(stopping).rejects.toThrow('last');

    const abort = new AbortController();
    const aborting = retrying(
      async () => {
        throw new Error('refused');
      },
      { what: 'y', logger: quiet, stopped: () => false, signal: abort.signal, clock },
    );
    await clock.settle();
    abort.abort();
    await expect(aborting).rejects.toThrow('refused');
  });
});
