import { describe, expect, it } from 'vitest';
import { IntHashMap } from './int-hash-map.js';

describe('IntHashMap', () => {
  it('agrees with Map over random sets and deletes, across growth', () => {
    const m = new IntHashMap(4);
    const ref = new Map<number, number>();
    let seed = 12345;
    const rnd = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    for (let i = 0; i < 20_000; i++) {
      const key = rnd() % 3000;
      if (rnd() % 3 === 0) {
        m.delete(key);
        ref.delete(key);
      } else {
        m.set(key, i);
        ref.set(key, i);
      }
    }
    expect(m.size).toBe(ref.size);
    for (let k = 0; k < 3000; k++) expect(m.get(k)).toBe(ref.get(k) ?? -1);
    const seen = new Map<number, number>();
    m.forEach((k, v) => seen.set(k, v));
    expect(seen).toEqual(ref);
  });
});
