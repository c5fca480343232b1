import { endpointProblems, describeProblem, ztna, type Subjects } from '@ztna/proto';
import type { NatsConnection } from 'nats';
import { GatewayError } from '../errors.js';
import { toEndpointState, type EndpointState } from '../tagsync/endpoint-state.js';
import type { EmsConnector } from '../tagsync/event-check.js';
import type { SnapshotSource } from '../tagsync/ports.js';
import type { EmsSnapshot } from '../tagsync/snapshot-diff.js';

export interface SnapshotClientOptions {
  readonly gatewayId: string;
  readonly subjects: Subjects;
  /** The connectors consumed, read at every page (they change with live `fctems` edits). */
  readonly connectors: Pick<ReadonlyMap<number, EmsConnector>, 'get'>;
  /** Per page request, ms (default 5000). */
  readonly timeoutMs?: number;
  /** Endpoints per page asked for (default 2000; the EMS caps it at 5000). */
  readonly pageSize?: number;
  /** Called for each endpoint of a snapshot that fails validation (it is left out). */
  readonly onInvalid?: (emsId: number, reason: string) => void;
}

const MAX_RESTARTS = 3;

/**
 * Fetches an EMS snapshot with the paged request/reply protocol of snapshot.proto: page 0 freezes a
 * snapshot, later pages name its snapshot_id; an `error` reply starts over from page 0. Rejects with a
 * typed error when the EMS does not answer, names another EMS or serial, or pages disagree.
 */
export class NatsSnapshotSource implements SnapshotSource {
  constructor(
    private readonly nc: NatsConnection,
    private readonly options: SnapshotClientOptions,
  ) {}

  async fetch(emsId: number): Promise<EmsSnapshot> {
    for (let restart = 0; ; restart++) {
      const result = await this.fetchPages(emsId);
      if (result !== 'restart') return result;
      if (restart >= MAX_RESTARTS) throw this.error(emsId, 'snapshot expired while paging, again and again');
    }
  }

  private async fetchPages(emsId: number): Promise<EmsSnapshot | 'restart'> {
    const endpoints: EndpointState[] = [];
    let first: ztna.v1.Snapshot | undefined;
    for (let page = 0; ; page++) {
      const reply = await this.request(emsId, first?.snapshotId ?? '', page);
      if (reply.error) {
        if (page === 0) throw this.error(emsId, `EMS refused the snapshot: ${reply.error}`);
        return 'restart';
      }
      this.checkPage(emsId, reply, page, first);
      first ??= reply;
      for (const e of reply.endpoints) {
        const problems = endpointProblems(e);
        if (problems.length === 0) endpoints.push(toEndpointState(e));
        else this.options.onInvalid?.(emsId, problems.map(describeProblem).join('; '));
      }
      if (!reply.more) break;
    }
    return {
      emsId,
      incarnation: first.incarnation,
      seq: first.seq,
      takenAtMs: first.takenAtMs,
      tenant: first.tenant,
      endpoints,
    };
  }

  private async request(emsId: number, snapshotId: string, page: number): Promise<ztna.v1.Snapshot> {
    const body = ztna.v1.SnapshotRequest.encode({
      gatewayId: this.options.gatewayId,
      snapshotId,
      page,
      pageSize: this.options.pageSize ?? 2000,
    }).finish();
    let data: Uint8Array;
    try {
      const msg = await this.nc.request(this.options.subjects.snapshot(emsId), body, {
        timeout: this.options.timeoutMs ?? 5000,
      });
      data = msg.data;
    } catch (cause) {
      throw this.error(emsId, `no answer to snapshot page ${page}`, cause);
    }
    try {
      return ztna.v1.Snapshot.decode(data);
    } catch (cause) {
      throw this.error(emsId, `snapshot page ${page} is not a ztna.v1.Snapshot`, cause);
    }
  }

  private checkPage(emsId: number, reply: ztna.v1.Snapshot, page: number, first?: ztna.v1.Snapshot): void {
    const serial = this.options.connectors.get(emsId)?.serial;
    const wrong = (field: string, value: unknown, want: unknown): GatewayError =>
      this.error(
        emsId,
        `snapshot page ${page}: ${field} ${JSON.stringify(value)}, expected ${JSON.stringify(want)}`,
      );
    if (reply.emsId !== emsId) throw wrong('emsId', reply.emsId, emsId);
    if (reply.emsSerial !== serial) throw wrong('emsSerial', reply.emsSerial, serial);
    if (!reply.incarnation) throw wrong('incarnation', reply.incarnation, 'non-empty');
    if (reply.page !== page) throw wrong('page', reply.page, page);
    if (first && reply.snapshotId !== first.snapshotId)
      throw wrong('snapshotId', reply.snapshotId, first.snapshotId);
    if (first && (reply.incarnation !== first.incarnation || reply.seq !== first.seq)) {
      throw wrong(
        'incarnation/seq',
        `${reply.incarnation}/${reply.seq}`,
        `${first.incarnation}/${first.seq}`,
      );
    }
  }

  private error(emsId: number, message: string, cause?: unknown): GatewayError {
    return new GatewayError('ZTNA_ERR_UNAVAILABLE', `EMS ${emsId} snapshot: ${message}`, { cause });
  }
}
