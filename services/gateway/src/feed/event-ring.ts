import type { FeedEvent } from './feed-event.js';

/** What {@link EventRing.since} answers: the events after an id, or `gone` with the oldest id kept. */
export type RingRead = { readonly events: FeedEvent[] } | { readonly gone: true; readonly oldestId: number };

/**
 * The last `capacity` feed events, in id order. Ids are consecutive (the feed gives each event the
 * previous id + 1), so a read from an id is an index computation, not a search.
 */
export class EventRing {
  private readonly slots: (FeedEvent | undefined)[];
  private start = 0;
  private size = 0;
  private next: number;

  /** @param firstId the id the first event will carry; `capacity` ≥ 1. */
  constructor(
    readonly capacity: number,
    firstId: number,
  ) {
    if (!(Number.isInteger(capacity) && capacity >= 1)) {
      throw new RangeError(`event ring capacity must be an integer >= 1, got ${capacity}`);
    }
    this.slots = new Array<FeedEvent | undefined>(capacity);
    this.next = firstId;
  }

  /** Id of the oldest event kept (the next id while empty). */
  get oldestId(): number {
    return this.next - this.size;
  }

  /** Id of the newest event (the first id − 1 before any). */
  get lastId(): number {
    return this.next - 1;
  }

  /** Appends the event carrying id `lastId + 1` (throws otherwise); the oldest falls out when full. */
  push(event: FeedEvent): void {
    if (event.id !== this.next) throw new RangeError(`event ring: expected id ${this.next}, got ${event.id}`);
    this.next += 1;
    if (this.size < this.capacity) {
      this.slots[(this.start + this.size) % this.capacity] = event;
      this.size += 1;
    } else {
      this.slots[this.start] = event;
      this.start = (this.start + 1) % this.capacity;
    }
  }

  /**
   * Up to `limit` events with an id above `sinceId`, those of `types` only when given. `sinceId` 0 reads
   * from the oldest kept. `gone` when events after `sinceId` have fallen out of the ring, or the id is
   * not one this feed gave (another epoch).
   */
  since(sinceId: number, limit: number, types?: ReadonlySet<string>): RingRead {
    const from = sinceId === 0 ? this.oldestId - 1 : sinceId;
    if (from < this.oldestId - 1 || from > this.lastId) return { gone: true, oldestId: this.oldestId };
    const events: FeedEvent[] = [];
    for (let i = from + 1 - this.oldestId; i < this.size && events.length < limit; i++) {
      const e = this.slots[(this.start + i) % this.capacity]!;
      if (types === undefined || types.has(e.kind)) events.push(e);
    }
    return { events };
  }
}
