import { IntHashMap } from './int-hash-map.js';

const NONE = -1;

/**
 * Doubly linked lists of session slots grouped by an unsigned 32-bit key (an IP, a policy id, an
 * interface index). Add and remove are O(1); walking a key touches only its own sessions.
 */
export class IntrusiveLists {
  private next: Int32Array;
  private prev: Int32Array;
  private readonly heads = new IntHashMap(64);

  constructor(capacity: number) {
    this.next = new Int32Array(capacity).fill(NONE);
    this.prev = new Int32Array(capacity).fill(NONE);
  }

  grow(capacity: number): void {
    this.next = growInt32(this.next, capacity);
    this.prev = growInt32(this.prev, capacity);
  }

  add(slot: number, key: number): void {
    const head = this.heads.get(key);
    this.prev[slot] = NONE;
    this.next[slot] = head;
    if (head !== NONE) this.prev[head] = slot;
    this.heads.set(key, slot);
  }

  remove(slot: number, key: number): void {
    const p = this.prev[slot]!;
    const n = this.next[slot]!;
    if (p !== NONE) this.next[p] = n;
    else if (n !== NONE) this.heads.set(key, n);
    else this.heads.delete(key);
    if (n !== NONE) this.prev[n] = p;
    this.next[slot] = NONE;
    this.prev[slot] = NONE;
  }

  /** Appends the slots listed under `key` to `out` (a snapshot: callers may then change the lists). */
  collect(key: number, out: number[]): void {
    for (let s = this.heads.get(key); s !== NONE; s = this.next[s]!) out.push(s);
  }

  /** Keys that currently have at least one slot. */
  keys(): number[] {
    const out: number[] = [];
    this.heads.forEach((k) => out.push(k));
    return out;
  }
}

/** A copy of `a` with `capacity` entries, the new ones set to `fill` (default -1). */
export function growInt32(a: Int32Array, capacity: number, fill = NONE): Int32Array {
  const b = new Int32Array(capacity).fill(fill);
  b.set(a);
  return b;
}
