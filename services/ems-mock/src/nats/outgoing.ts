import type { EventKind } from '../domain/endpoint-record.js';

/** One event on its way into JetStream. */
export interface Outgoing {
  readonly id: number;
  readonly seq: number;
  readonly kind: EventKind;
  readonly subject: string;
  readonly msgId: string;
  readonly data: Uint8Array;
  /** Not published before this time (ms); the delay fault sets it. */
  notBefore: number;
  /** Attempt generation of the last send; -1 before the first. */
  sentGen: number;
  /** Clock time of the last send (ack timeout). */
  sentAt: number;
  /** performance.now() of the last send: wall time for the latency metric only. */
  sentWallMs: number;
  acked: boolean;
  streamSeq: number;
  duplicate: boolean;
}

/** A FIFO with O(1) push, shift and indexed access from the front. */
export class Fifo<T> {
  private items: T[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  at(i: number): T | undefined {
    return this.items[this.head + i];
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.head += 1;
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}
