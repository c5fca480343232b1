import { ztna } from '@ztna/proto';
import type { Msg, NatsConnection, Subscription } from 'nats';
import type { Logger } from 'pino';
import type { EmsDomain } from '../domain/ems-domain.js';
import { SnapshotBook, type SnapshotLimits } from './snapshot-book.js';
import { cut } from '@ztna/service-kit';

export interface SnapshotOptions extends SnapshotLimits {
  readonly subject: string;
}

/**
 * Answers ztna.v1.SnapshotRequest on the per-EMS snapshot subject with paged ztna.v1.Snapshot replies,
 * through a {@link SnapshotBook}: requests validated before any work, one frozen copy per seq shared by
 * concurrent snapshots, bounded copies and open snapshots, a rate limit per requester; over a limit
 * the reply carries the error. A frozen snapshot is dropped `ttlMs` after its last page was asked for.
 */
export class SnapshotResponder {
  private readonly book: SnapshotBook;
  private readonly sub: Subscription;
  private readonly base: { emsId: number; emsSerial: string; tenant: string };

  constructor(
    nc: NatsConnection,
    domain: EmsDomain,
    tenant: string,
    options: SnapshotOptions,
    private readonly logger: Logger,
    now: () => number,
  ) {
    const { emsId, serial } = domain.state();
    this.base = { emsId, emsSerial: serial, tenant };
    this.book = new SnapshotBook(domain, options, now);
    this.sub = nc.subscribe(options.subject, { callback: (_err, msg) => this.answer(msg) });
  }

  stop(): void {
    this.sub.unsubscribe();
    this.book.clear();
  }

  private answer(msg: Msg): void {
    const reply = (snapshot: ztna.v1.ISnapshot): void => {
      if (msg.reply) msg.respond(ztna.v1.Snapshot.encode({ ...this.base, ...snapshot }).finish());
    };
    let request: ztna.v1.SnapshotRequest;
    try {
      request = ztna.v1.SnapshotRequest.decode(msg.data);
    } catch (err) {
      return reply({ error: `request: not a ztna.v1.SnapshotRequest (${cut((err as Error).message)})` });
    }
    const answer = this.book.answer(request);
    if ('error' in answer) {
      return reply({ error: answer.error, ...(answer.snapshotId ? { snapshotId: answer.snapshotId } : {}) });
    }
    if (answer.taken) {
      this.logger.info(
        { gatewayId: request.gatewayId, snapshotId: answer.page.snapshotId, seq: answer.page.seq },
        'snapshot taken',
      );
    }
    reply(answer.page);
  }
}
