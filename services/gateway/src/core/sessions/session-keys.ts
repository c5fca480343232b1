import type { SessionColumns } from './session-columns.js';

const EMPTY = -1;

/** Hash of a 5-tuple (protocol, source, source port, destination, destination port). */
export function tupleHash(proto: number, a: number, ap: number, b: number, bp: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13) ^ ((ap << 16) | bp), 0x27d4eb2f);
  h ^= proto;
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The 5-tuple index: each session is present twice, once per direction. An entry is `slot * 2 + dir`
 * (dir 0 = original, 1 = reply); the tuple itself is read from the columns, so the index holds only
 * one int32 per key. Open addressing, linear probing, backward-shift deletion.
 */
export class SessionKeys {
  private table: Int32Array;
  private mask: number;
  private used = 0;

  constructor(
    private readonly c: SessionColumns,
    capacity = 1024,
  ) {
    let cap = 16;
    while (cap < capacity * 4) cap *= 2;
    this.table = new Int32Array(cap).fill(EMPTY);
    this.mask = cap - 1;
  }

  /** `slot * 2 + dir` of the session whose direction `dir` has this tuple, or -1. */
  find(proto: number, a: number, ap: number, b: number, bp: number): number {
    const c = this.c;
    const t = this.table;
    let i = tupleHash(proto, a, ap, b, bp) & this.mask;
    for (;;) {
      const e = t[i]!;
      if (e === EMPTY) return EMPTY;
      const s = e >> 1;
      if (c.proto[s] === proto) {
        if ((e & 1) === 0) {
          if (c.src[s] === a && c.dst[s] === b && c.sport[s] === ap && c.dport[s] === bp) return e;
        } else if (c.dst[s] === a && c.dport[s] === ap && replyDst(c, s) === b && replyDport(c, s) === bp) {
          return e;
        }
      }
      i = (i + 1) & this.mask;
    }
  }

  /** Indexes both directions of the session in `slot` (its tuple must already be in the columns). */
  insert(slot: number): void {
    if ((this.used + 2) * 2 > this.table.length) this.grow();
    this.put(slot * 2);
    this.put(slot * 2 + 1);
    this.used += 2;
  }

  remove(slot: number): void {
    this.del(slot * 2);
    this.del(slot * 2 + 1);
    this.used -= 2;
  }

  private entryHash(e: number): number {
    const c = this.c;
    const s = e >> 1;
    return (e & 1) === 0
      ? tupleHash(c.proto[s]!, c.src[s]!, c.sport[s]!, c.dst[s]!, c.dport[s]!)
      : tupleHash(c.proto[s]!, c.dst[s]!, c.dport[s]!, replyDst(c, s), replyDport(c, s));
  }

  private put(e: number): void {
    let i = this.entryHash(e) & this.mask;
    while (this.table[i] !== EMPTY) i = (i + 1) & this.mask;
    this.table[i] = e;
  }

  private del(e: number): void {
    const t = this.table;
    const mask = this.mask;
    let i = this.entryHash(e) & mask;
    while (t[i] !== e) {
      if (t[i] === EMPTY) return;
      i = (i + 1) & mask;
    }
    let hole = i;
    let j = (i + 1) & mask;
    while (t[j] !== EMPTY) {
      const home = this.entryHash(t[j]!) & mask;
      if (((j - home) & mask) >= ((j - hole) & mask)) {
        t[hole] = t[j]!;
        hole = j;
      }
      j = (j + 1) & mask;
    }
    t[hole] = EMPTY;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2).fill(EMPTY);
    this.mask = this.table.length - 1;
    for (let i = 0; i < old.length; i++) if (old[i] !== EMPTY) this.put(old[i]!);
  }
}

/** Destination of the reply direction: the SNAT address when there is one, else the original source. */
export function replyDst(c: SessionColumns, s: number): number {
  const nat = c.natIp[s]!;
  return nat !== 0 ? nat : c.src[s]!;
}

/** Destination port of the reply direction: the SNAT port when there is one, else the original source port. */
export function replyDport(c: SessionColumns, s: number): number {
  return c.natIp[s] !== 0 ? c.natPort[s]! : c.sport[s]!;
}
