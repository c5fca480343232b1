import { randomUUID } from 'node:crypto';
import { isUid, type ztna } from '@ztna/proto';
import type { EmsState } from '../domain/ems-domain.js';

/** What a snapshot answer needs of the domain: its position (cheap) and a full copy (costly). */
export interface SnapshotDomain {
  readonly incarnation: string;
  readonly seq: number;
  state(): EmsState;
}

export interface SnapshotLimits {
  readonly pageSize: number;
  readonly maxPageSize: number;
  /** A snapshot is dropped this long after its last page was asked for, ms. */
  readonly ttlMs: number;
  /**
   * Most frozen copies kept at once (default 4); each new seq needs its own. At the limit a new snapshot
   * takes the slot of a copy read to its last page by all its readers (least recently asked first);
   * only when every copy is still being read is it refused as busy.
   */
  readonly maxCopies?: number;
  /** Most snapshot ids open at once, over all requesters (default 256). */
  readonly maxOpen?: number;
  /** New snapshots one requester (`gateway_id`) may start per window (default 20). */
  readonly perRequester?: number;
  /** The rate limit window, ms (default 10 000). */
  readonly windowMs?: number;
}

interface Frozen {
  readonly incarnation: string;
  readonly seq: number;
  readonly takenAtMs: number;
  readonly endpoints: ztna.v1.IEndpoint[];
}

interface Open {
  readonly frozen: Frozen;
  lastAskedAt: number;
  /** Its last page (`more: false`) was served. */
  read: boolean;
}

/** The answer to one request: a page or an error (never both). */
export type SnapshotAnswer =
  | {
      readonly page: Omit<ztna.v1.ISnapshot, 'emsId' | 'emsSerial' | 'tenant'>;
      readonly taken: boolean;
    }
  | { readonly error: string; readonly snapshotId?: string };

/**
 * The snapshot responder's bookkeeping, bounded whatever requesters do: a request is validated before
 * any work; page 0 freezes the domain only when no frozen copy of the current seq exists (concurrent
 * snapshots of one seq share one copy); at most `maxCopies` copies and `maxOpen` snapshot ids are
 * kept, a copy read to the end giving way to a new one; each requester may start `perRequester`
 * snapshots per `windowMs`. Over a limit → an error answer naming it, no memory.
 */
export class SnapshotBook {
  private readonly open = new Map<string, Open>();
  private readonly starts = new Map<string, number[]>();
  private readonly maxCopies: number;
  private readonly maxOpen: number;
  private readonly perRequester: number;
  private readonly windowMs: number;

  constructor(
    private readonly domain: SnapshotDomain,
    private readonly limits: SnapshotLimits,
    private readonly now: () => number,
  ) {
    this.maxCopies = limits.maxCopies ?? 4;
    this.maxOpen = limits.maxOpen ?? 256;
    this.perRequester = limits.perRequester ?? 20;
    this.windowMs = limits.windowMs ?? 10_000;
  }

  /** Frozen copies held now (distinct `endpoints` arrays). */
  get copies(): number {
    return new Set([...this.open.values()].map((o) => o.frozen)).size;
  }

  get openCount(): number {
    return this.open.size;
  }

  answer(request: ztna.v1.SnapshotRequest): SnapshotAnswer {
    const problem = this.problem(request);
    if (problem) return { error: problem };
    this.expire();
    const now = this.now();
    const size = Math.min(request.pageSize || this.limits.pageSize, this.limits.maxPageSize);
    let id = request.snapshotId;
    let open: Open | undefined;
    let taken = false;
    if (!id) {
      const refused = this.admit(request.gatewayId, now);
      if (refused) return { error: refused };
      let frozen = this.current();
      if (!frozen) {
        const state = this.domain.state();
        frozen = {
          incarnation: state.incarnation,
          seq: state.seq,
          takenAtMs: now,
          endpoints: state.endpoints,
        };
        taken = true;
      }
      id = randomUUID();
      open = { frozen, lastAskedAt: now, read: false };
      this.open.set(id, open);
    } else {
      open = this.open.get(id);
      if (!open)
        return {
          error: `snapshot_id ${JSON.stringify(id.slice(0, 64))}: unknown or expired`,
          snapshotId: id,
        };
      open.lastAskedAt = now;
    }
    const { frozen } = open;
    const start = request.page * size;
    const more = start + size < frozen.endpoints.length;
    if (!more) open.read = true;
    return {
      taken,
      page: {
        incarnation: frozen.incarnation,
        seq: frozen.seq,
        takenAtMs: frozen.takenAtMs,
        snapshotId: id,
        page: request.page,
        endpoints: frozen.endpoints.slice(start, start + size),
        more,
        totalEndpoints: frozen.endpoints.length,
      },
    };
  }

  clear(): void {
    this.open.clear();
    this.starts.clear();
  }

  /** What is wrong with a request, checked before any work. */
  private problem(r: ztna.v1.SnapshotRequest): string | undefined {
    // The requester is needed to start a snapshot (rate limit per requester); later pages name the snapshot.
    if ((!r.snapshotId || r.gatewayId !== '') && !isUid(r.gatewayId)) {
      return `gateway_id ${JSON.stringify(String(r.gatewayId).slice(0, 64))}: must match [A-Za-z0-9_-]{1,64}`;
    }
    if (!Number.isInteger(r.page) || r.page < 0 || r.page > 1_000_000) {
      return `page ${r.page}: must be an integer in 0..1000000`;
    }
    if (!Number.isInteger(r.pageSize) || r.pageSize < 0) return `page_size ${r.pageSize}: must be 0 or more`;
    if (r.snapshotId.length > 64) return 'snapshot_id: longer than 64 characters';
    if (!r.snapshotId && r.page !== 0) return `page ${r.page}: a new snapshot starts at page 0`;
    return undefined;
  }

  /** Refusal of a new snapshot for `requester` (rate limit, open snapshots, frozen copies), or undefined. */
  private admit(requester: string, now: number): string | undefined {
    const recent = (this.starts.get(requester) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.perRequester) {
      this.starts.set(requester, recent);
      return `rate limit: gateway ${requester} started ${recent.length} snapshots in the last ${this.windowMs} ms (limit ${this.perRequester}); retry later`;
    }
    if (this.open.size >= this.maxOpen) {
      return `busy: ${this.open.size} snapshots open (limit ${this.maxOpen}); retry later`;
    }
    if (!this.current() && this.copies >= this.maxCopies && !this.releaseRead()) {
      return `busy: ${this.copies} frozen snapshot copies held (limit ${this.maxCopies}); retry later`;
    }
    recent.push(now);
    this.starts.set(requester, recent);
    if (this.starts.size > this.maxOpen * 4) this.starts.delete(this.starts.keys().next().value!);
    return undefined;
  }

  /** A frozen copy of the domain's current position, if one is held. */
  private current(): Frozen | undefined {
    for (const { frozen } of this.open.values()) {
      if (frozen.seq === this.domain.seq && frozen.incarnation === this.domain.incarnation) return frozen;
    }
    return undefined;
  }

  /** Drops the least recently asked copy that all its readers read to the end; false when none is. */
  private releaseRead(): boolean {
    const copies = new Map<Frozen, { read: boolean; lastAskedAt: number }>();
    for (const o of this.open.values()) {
      const c = copies.get(o.frozen) ?? { read: true, lastAskedAt: 0 };
      copies.set(o.frozen, { read: c.read && o.read, lastAskedAt: Math.max(c.lastAskedAt, o.lastAskedAt) });
    }
    let oldest: Frozen | undefined;
    let oldestAt = Infinity;
    for (const [frozen, c] of copies) {
      if (c.read && c.lastAskedAt < oldestAt) [oldest, oldestAt] = [frozen, c.lastAskedAt];
    }
    if (oldest === undefined) return false;
    for (const [id, o] of this.open) if (o.frozen === oldest) this.open.delete(id);
    return true;
  }

  private expire(): void {
    const cutoff = this.now() - this.limits.ttlMs;
    for (const [id, o] of this.open) if (o.lastAskedAt < cutoff) this.open.delete(id);
  }
}
