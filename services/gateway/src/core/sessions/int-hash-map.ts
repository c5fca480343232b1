const EMPTY = -1;

/**
 * Open-addressing hash map from unsigned 32-bit keys to non-negative int32 values, stored in two typed
 * arrays (no per-entry objects). Linear probing with backward-shift deletion, so there are no tombstones.
 */
export class IntHashMap {
  private keys: Uint32Array;
  private values: Int32Array;
  private mask: number;
  private used = 0;

  constructor(initialCapacity = 1024) {
    let cap = 16;
    while (cap < initialCapacity * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.values = new Int32Array(cap).fill(EMPTY);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.used;
  }

  /** The value for `key`, or -1 when absent. */
  get(key: number): number {
    let i = hashInt(key) & this.mask;
    for (;;) {
      const v = this.values[i]!;
      if (v === EMPTY) return EMPTY;
      if (this.keys[i] === key) return v;
      i = (i + 1) & this.mask;
    }
  }

  /** Sets `key` to `value` (value must be >= 0). */
  set(key: number, value: number): void {
    if ((this.used + 1) * 2 > this.values.length) this.grow();
    let i = hashInt(key) & this.mask;
    for (;;) {
      const v = this.values[i]!;
      if (v === EMPTY) {
        this.keys[i] = key;
        this.values[i] = value;
        this.used += 1;
        return;
      }
      if (this.keys[i] === key) {
        this.values[i] = value;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  delete(key: number): void {
    const mask = this.mask;
    let i = hashInt(key) & mask;
    for (;;) {
      if (this.values[i] === EMPTY) return;
      if (this.keys[i] === key) break;
      i = (i + 1) & mask;
    }
    this.used -= 1;
    let hole = i;
    let j = (i + 1) & mask;
    while (this.values[j] !== EMPTY) {
      const home = hashInt(this.keys[j]!) & mask;
      if (((j - home) & mask) >= ((j - hole) & mask)) {
        this.keys[hole] = this.keys[j]!;
        this.values[hole] = this.values[j]!;
        hole = j;
      }
      j = (j + 1) & mask;
    }
    this.values[hole] = EMPTY;
  }

  /** Calls `fn` for every entry; the map must not change meanwhile. */
  forEach(fn: (key: number, value: number) => void): void {
    for (let i = 0; i < this.values.length; i++) {
      const v = this.values[i]!;
      if (v !== EMPTY) fn(this.keys[i]!, v);
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const cap = oldValues.length * 2;
    this.keys = new Uint32Array(cap);
    this.values = new Int32Array(cap).fill(EMPTY);
    this.mask = cap - 1;
    this.used = 0;
    for (let i = 0; i < oldValues.length; i++) {
      if (oldValues[i] !== EMPTY) this.set(oldKeys[i]!, oldValues[i]!);
    }
  }
}

/** A 32-bit integer mix (murmur3 finalizer). */
export function hashInt(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
