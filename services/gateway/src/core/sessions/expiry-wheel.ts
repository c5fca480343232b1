import { growInt32 } from './intrusive-lists.js';

const NONE = -1;
const SLOTS = 4096;

/**
 * Clock-driven expiry without per-session timers: a wheel of one-second slots. A session sits in the
 * slot of the second its deadline was last scheduled for; a later deadline needs no move (the slot is
 * re-examined lazily when due), an earlier one moves the session. `due` hands back the sessions whose
 * slot has come; the caller expires or reschedules them.
 */
export class ExpiryWheel {
  private next: Int32Array;
  private prev: Int32Array;
  private slotSec: Float64Array;
  private readonly heads = new Int32Array(SLOTS).fill(NONE);
  private doneSec: number;

  constructor(capacity: number, nowMs: number) {
    this.next = new Int32Array(capacity).fill(NONE);
    this.prev = new Int32Array(capacity).fill(NONE);
    this.slotSec = new Float64Array(capacity).fill(-1);
    this.doneSec = Math.floor(nowMs / 1000) - 1;
  }

  grow(capacity: number): void {
    this.next = growInt32(this.next, capacity);
    this.prev = growInt32(this.prev, capacity);
    const s = new Float64Array(capacity).fill(-1);
    s.set(this.slotSec);
    this.slotSec = s;
  }

  /** Schedules `slot` for `deadlineMs`; moves it only when the deadline is earlier than scheduled. */
  schedule(slot: number, deadlineMs: number): void {
    let sec = Math.ceil(deadlineMs / 1000);
    if (sec <= this.doneSec) sec = this.doneSec + 1;
    const cur = this.slotSec[slot]!;
    if (cur >= 0 && cur <= sec) return;
    if (cur >= 0) this.unlink(slot);
    this.link(slot, sec);
  }

  remove(slot: number): void {
    if (this.slotSec[slot]! >= 0) this.unlink(slot);
  }

  /** Detaches and returns every slot scheduled at or before `nowMs`. */
  due(nowMs: number, out: number[]): void {
    const nowSec = Math.floor(nowMs / 1000);
    if (nowSec <= this.doneSec) return;
    const first = nowSec - this.doneSec > SLOTS ? nowSec - SLOTS + 1 : this.doneSec + 1;
    for (let sec = first; sec <= nowSec; sec++) {
      const w = sec % SLOTS;
      let s = this.heads[w]!;
      let kept = NONE;
      while (s !== NONE) {
        const n = this.next[s]!;
        if (this.slotSec[s]! <= nowSec) {
          this.slotSec[s] = -1;
          this.next[s] = NONE;
          this.prev[s] = NONE;
          out.push(s);
        } else {
          this.prev[s] = NONE;
          this.next[s] = kept;
          if (kept !== NONE) this.prev[kept] = s;
          kept = s;
        }
        s = n;
      }
      this.heads[w] = kept;
    }
    this.doneSec = nowSec;
  }

  private link(slot: number, sec: number): void {
    const w = sec % SLOTS;
    const head = this.heads[w]!;
    this.slotSec[slot] = sec;
    this.prev[slot] = NONE;
    this.next[slot] = head;
    if (head !== NONE) this.prev[head] = slot;
    this.heads[w] = slot;
  }

  private unlink(slot: number): void {
    const w = this.slotSec[slot]! % SLOTS;
    const p = this.prev[slot]!;
    const n = this.next[slot]!;
    if (p !== NONE) this.next[p] = n;
    else this.heads[w] = n;
    if (n !== NONE) this.prev[n] = p;
    this.next[slot] = NONE;
    this.prev[slot] = NONE;
    this.slotSec[slot] = -1;
  }
}
