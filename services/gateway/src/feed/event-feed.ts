import { intToIPv4 } from '@ztna/proto';
import type { GatewayConfig } from '../core/model/config.js';
import type {
  GatewayEventSink,
  MembershipEvent,
  SessionChange,
  SyncStateEvent,
  TrafficRecord,
} from '../core/model/gateway-events.js';
import { formatTrafficLog } from '../core/format/traffic-log-format.js';
import { GatewayError } from '../errors.js';
import { EventRing } from './event-ring.js';
import { EPOCH_SPAN, type FeedEvent, type FeedEventBody } from './feed-event.js';

export type FeedListener = (event: FeedEvent) => void;

export interface EventFeedOptions {
  readonly gatewayId: string;
  /** Events kept for replay (default 10,000). */
  readonly ringSize?: number;
  /** `devid` of the traffic log lines (the FortiGate serial). */
  readonly serial: string;
  /** The config in force (hostname → devname, services and policy names of log lines). */
  config(): GatewayConfig;
  /** The membership revision the engine has applied. */
  revision(): number;
  /** A listener threw; it stays subscribed. */
  onListenerError?(err: unknown): void;
  /** An event produced before {@link EventFeed.begin} did not fit in the ring and was not kept. */
  onEarlyDropped?(): void;
}

/** Default number of events kept for replay. */
export const DEFAULT_RING_SIZE = 10_000;

/**
 * The gateway event feed: the one {@link GatewayEventSink} of the engine and tag sync. Gives every
 * event the next id, the gateway id and the engine's revision, keeps the last `ringSize` in a ring for
 * replay, and hands each, synchronously and in id order, to its listeners (JetStream publisher, SSE
 * connections, long polls, syslog). Listeners must only queue work. Ids need the process's epoch
 * (a persisted counter): events produced before {@link begin} wait, in order, up to the ring's size.
 */
export class EventFeed implements GatewayEventSink {
  private current: EventRing | undefined;
  private nextId = 0;
  private early: { body: FeedEventBody; revision: number }[] = [];
  private readonly listeners = new Set<FeedListener>();
  private readonly ringSize: number;

  constructor(private readonly options: EventFeedOptions) {
    this.ringSize = options.ringSize ?? DEFAULT_RING_SIZE;
  }

  /**
   * Starts numbering at `epoch * 2^32 + 1` (epoch 1 … 2^20 − 1, higher at every process start) and
   * appends the events produced so far.
   */
  begin(epoch: number): void {
    if (!(Number.isInteger(epoch) && epoch >= 1 && epoch < 2 ** 20)) {
      throw new RangeError(`event feed epoch must be an integer 1..2^20-1, got ${epoch}`);
    }
    if (this.current !== undefined) throw new RangeError('event feed: begin called twice');
    this.nextId = epoch * EPOCH_SPAN + 1;
    this.current = new EventRing(this.ringSize, this.nextId);
    const early = this.early;
    this.early = [];
    for (const e of early) this.append(e.body, e.revision);
  }

  get started(): boolean {
    return this.current !== undefined;
  }

  /** The replay ring; throws ZTNA_ERR_UNAVAILABLE (503) before {@link begin}. */
  get ring(): EventRing {
    if (this.current === undefined) {
      throw new GatewayError(
        'ZTNA_ERR_UNAVAILABLE',
        'event feed: starting (waiting for its epoch from Redis)',
      );
    }
    return this.current;
  }

  /** Id of the newest event (epoch × 2^32 before any; 0 before {@link begin}). */
  get lastId(): number {
    return Math.max(0, this.nextId - 1);
  }

  /** Calls `listener` with every later event; returns the unsubscribe function. */
  subscribe(listener: FeedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  session(c: SessionChange): void {
    const r = c.row;
    this.append({
      kind: 'session',
      timeMs: c.timeMs,
      session: {
        serial: r.serial,
        proto: r.proto,
        src: intToIPv4(r.src),
        sport: r.sport,
        dst: intToIPv4(r.dst),
        dport: r.dport,
        policyBefore: c.policyBefore,
        policyAfter: r.policyId,
        transition: c.transition,
        trigger: c.trigger,
        srcintf: r.srcintf,
        dstintf: r.dstintf,
      },
    });
  }

  traffic(r: TrafficRecord): void {
    const config = this.options.config();
    const line = formatTrafficLog(
      r,
      { devname: config.systemGlobal.hostname, devid: this.options.serial },
      config,
    );
    this.append({
      kind: 'log',
      timeMs: r.timeMs,
      log: { line, action: r.action, policyId: r.policyId, sessionId: r.sessionId },
    });
  }

  membership(e: MembershipEvent): void {
    const o = e.object;
    this.append(
      {
        kind: 'membership',
        timeMs: e.timeMs,
        membership: {
          address: o.name,
          tag: o.tag,
          emsId: o.emsId,
          kind: o.kind,
          added: e.added,
          removed: e.removed,
          addressId: o.id,
        },
      },
      e.revision,
    );
  }

  syncState(e: SyncStateEvent): void {
    const { emsId, state, appliedSeq, cause, incarnation } = e;
    this.append({ kind: 'sync', timeMs: e.timeMs, sync: { emsId, state, appliedSeq, cause, incarnation } });
  }

  private append(body: FeedEventBody, revision = this.options.revision()): void {
    const ring = this.current;
    if (ring === undefined) {
      if (this.early.length < this.ringSize) this.early.push({ body, revision });
      else this.options.onEarlyDropped?.();
      return;
    }
    const event = {
      gatewayId: this.options.gatewayId,
      id: this.nextId,
      revision,
      ...body,
    } as FeedEvent;
    this.nextId += 1;
    ring.push(event);
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (err) {
        this.options.onListenerError?.(err);
      }
    }
  }
}
