import { describe, expect, it } from 'vitest';
import { FaultInjector } from './fault-injector.js';

describe('FaultInjector', () => {
  it('injects nothing by default', () => {
    const faults = new FaultInjector();
    expect(faults.active).toBe(false);
    for (let i = 0; i < 1000; i += 1)
      expect(faults.decide()).toEqual({ drop: false, duplicate: false, reorder: false, delayMs: 0 });
  });

  it('decides the same way for the same seed, near the asked probabilities', () => {
    const settings = { seed: 4, drop: 0.1, duplicate: 0.2, reorder: 0, delay: 0.05, delayMs: 30 };
    const run = () => {
      const f = new FaultInjector(settings);
      return Array.from({ length: 10_000 }, () => f.decide());
    };
    const a = run();
    expect(run()).toEqual(a);
    const rate = (pick: (d: (typeof a)[number]) => boolean) => a.filter(pick).length / a.length;
    expect(rate((d) => d.drop)).toBeCloseTo(0.1, 1);
    expect(rate((d) => d.duplicate)).toBeCloseTo(0.18, 1);
    expect(rate((d) => d.reorder)).toBe(0);
    expect(a.find((d) => d.delayMs > 0)?.delayMs).toBe(30);
  });
});
