import { randomUUID } from 'node:crypto';
import { ztna } from '@ztna/proto';
import type { Msg, NatsConnection, Subscription } from 'nats';
import type { Logger } from 'pino';
import type { EmsDomain } from '../domain/ems-domain.js';

export interface SnapshotOptions {
  subject: string;
  pageSize: number;
  maxPageSize: number;
  ttlMs: number;
}

interface Frozen {
  incarnation: string;
  seq: number;
  takenAtMs: number;
  endpoints: ztna.v1.IEndpoint[];
  lastAskedAt: number;
}

/**
 * Answers ztna.v1.SnapshotRequest on the per-EMS snapshot subject with paged ztna.v1.Snapshot replies.
 * Page 0 with an empty snapshot_id freezes the domain state as of its current seq (the domain is
 * synchronous, so the copy is exactly the state after event `seq`); later pages come from that copy.
 * A frozen snapshot is dropped `ttlMs` after its last page was asked for.
 */
export class SnapshotResponder {
  private readonly frozen = new Map<string, Frozen>();
  private readonly sub: Subscription;

  constructor(
    nc: NatsConnection,
    private readonly domain: EmsDomain,
    private readonly tenant: string,
    private readonly options: SnapshotOptions,
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {
    this.sub = nc.subscribe(options.subject, { callback: (_err, msg) => this.answer(msg) });
  }

  stop(): void {
    this.sub.unsubscribe();
    this.frozen.clear();
  }

  private answer(msg: Msg): void {
    const reply = (snapshot: ztna.v1.ISnapshot): void => {
      if (msg.reply) msg.respond(ztna.v1.Snapshot.encode(snapshot).finish());
    };
    const state = this.domain.state();
    const base = { emsId: state.emsId, emsSerial: state.serial, tenant: this.tenant };
    let request: ztna.v1.SnapshotRequest;
    try {
      request = ztna.v1.SnapshotRequest.decode(msg.data);
    } catch (err) {
      this.logger.warn({ err }, 'unreadable snapshot request');
      return reply({ ...base, error: `request: not a ztna.v1.SnapshotRequest (${(err as Error).message})` });
    }
    this.expire();
    const now = this.now();
    let id = request.snapshotId;
    let frozen: Frozen | undefined;
    if (!id) {
      if (request.page !== 0) {
        return reply({ ...base, error: `page ${request.page}: a new snapshot starts at page 0` });
      }
      id = randomUUID();
      frozen = {
        incarnation: state.incarnation,
        seq: state.seq,
        takenAtMs: now,
        endpoints: state.endpoints,
        lastAskedAt: now,
      };
      this.frozen.set(id, frozen);
      this.logger.info(
        { gatewayId: request.gatewayId, snapshotId: id, seq: state.seq, endpoints: state.endpoints.length },
        'snapshot taken',
      );
    } else {
      frozen = this.frozen.get(id);
      if (!frozen)
        return reply({
          ...base,
          snapshotId: id,
          error: `snapshot_id ${JSON.stringify(id)}: unknown or expired`,
        });
    }
    frozen.lastAskedAt = now;
    const size = Math.min(request.pageSize || this.options.pageSize, this.options.maxPageSize);
    const start = request.page * size;
    reply({
      ...base,
      incarnation: frozen.incarnation,
      seq: frozen.seq,
      takenAtMs: frozen.takenAtMs,
      snapshotId: id,
      page: request.page,
      endpoints: frozen.endpoints.slice(start, start + size),
      more: start + size < frozen.endpoints.length,
      totalEndpoints: frozen.endpoints.length,
    });
  }

  private expire(): void {
    const cutoff = this.now() - this.options.ttlMs;
    for (const [id, f] of this.frozen) if (f.lastAskedAt < cutoff) this.frozen.delete(id);
  }
}
