/** A seeded pseudo-random source: `next()` in [0, 1). The same seed always yields the same sequence. */
export interface Prng {
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
}

/** mulberry32: 32-bit state, good enough for test traffic, never for secrets. */
export function mulberry32(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n) };
}
