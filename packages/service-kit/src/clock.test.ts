import { describe, expect, it } from 'vitest';
import { ManualClock, sleep, systemClock } from './clock.js';

describe('ManualClock', () => {
  it('moves only when advanced and fires due timers in time order, each at its due time', () => {
    const clock = new ManualClock(1000);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push(`b@${clock.now()}`), 20);
    clock.setTimeout(() => fired.push(`a@${clock.now()}`), 10);
    clock.setTimeout(() => fired.push(`c@${clock.now()}`), 20);
    clock.setTimeout(() => fired.push('late'), 31);
    expect(clock.now()).toBe(1000);
    clock.advance(30);
    expect(fired).toEqual(['a@1010', 'b@1020', 'c@1020']);
    expect(clock.now()).toBe(1030);
    expect(clock.pending).toBe(1);
  });

  it('fires timers set while advancing when they fall inside the span, and skips cancelled ones', () => {
    const clock = new ManualClock(0);
    const fired: number[] = [];
    const cancelled = clock.setTimeout(() => fired.push(-1), 5);
    clock.setTimeout(() => clock.setTimeout(() => fired.push(clock.now()), 10), 5);
    cancelled.cancel();
    clock.advance(14);
    expect(fired).toEqual([]);
    clock.advance(1);
    expect(fired).toEqual([15]);
    expect(clock.pending).toBe(0);
  });

  it('refuses to go back in time', () => {
    expect(() => new ManualClock().advance(-1)).toThrow(RangeError);
  });

  it('resolves a sleep when advanced past it, and rejects it when its signal aborts', async () => {
    const clock = new ManualClock(0);
    let done = false;
    const slept = sleep(clock, 100).then(() => (done = true));
    clock.advance(99);
    await clock.settle();
    expect(done).toBe(false);
    clock.advance(1);
    await slept;
    expect(done).toBe(true);
    const abort = new AbortController();
    const aborted = sleep(clock, 100, abort.signal);
    abort.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    expect(clock.pending).toBe(0);
  });
});

describe('systemClock', () => {
  it('reads Date.now and runs real timers that can be cancelled', async () => {
    const before = Date.now();
    expect(systemClock.now()).toBeGreaterThanOrEqual(before);
    let ran = false;
    systemClock.setTimeout(() => (ran = true), 0).cancel();
    await sleep(systemClock, 5);
    expect(ran).toBe(false);
  });
});
