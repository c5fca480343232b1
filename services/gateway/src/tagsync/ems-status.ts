import { Backoff } from '@ztna/service-kit';
import type { EmsConnector } from './event-check.js';
import { HeartbeatWatch } from './heartbeat-watch.js';
import type { ResyncCause } from './sequencer.js';

/**
 * Least time between two resyncs caused by gaps of one EMS (see `EmsStatus.gapResyncDue`): as long as
 * the consumer's nak delay (1 s), so events nak'ed inside the spacing come back when a resync may start.
 */
export const GAP_RESYNC_SPACING_MS = 1000;

export type EmsSyncState = 'in-sync' | 'resyncing' | 'out-of-sync';

/**
 * Sync bookkeeping of one EMS connector: whether a resync is owed, when to try next (exponential
 * backoff after failures), when the EMS was last heard from, and whether the out-of-sync threshold
 * has passed since it stopped answering.
 */
export class EmsStatus {
  state: EmsSyncState = 'in-sync';
  pendingCause: ResyncCause | undefined;
  lastEventAtMs: number | undefined;
  /** The EMS's tenant id from its latest snapshot. */
  tenant: string | undefined;
  readonly heartbeats = new HeartbeatWatch();
  /** Delay before retrying a failed snapshot request: 500 ms doubling up to 30 s. */
  private readonly retry = new Backoff({ firstDelayMs: 500, maxDelayMs: 30_000 });
  private nextAttemptMs = 0;
  /** When the latest resync for a gap started (clock ms). */
  private lastGapResyncMs = Number.NEGATIVE_INFINITY;
  private unreachableSinceMs: number | undefined;
  private lastReconcileMs: number;

  constructor(
    /** Replaced when the connector is renamed (same serial). */
    public connector: EmsConnector,
    now: number,
  ) {
    this.lastReconcileMs = now;
  }

  /** A resync is owed (gap, new incarnation, no state, recovery); the next attempt may start at once. */
  owe(cause: ResyncCause): void {
    this.pendingCause ??= cause;
    if (this.state !== 'out-of-sync') this.state = 'resyncing';
  }

  /** True when an owed resync may be tried now (backoff elapsed). */
  attemptDue(now: number): boolean {
    return this.pendingCause !== undefined && now >= this.nextAttemptMs;
  }

  /**
   * True when a gap may start a resync now: at most one per `spacingMs`. Events stored out of order (a
   * publisher retrying, a reordering network) show as a run of gaps; each asked for a snapshot, and the
   * EMS refuses a requester's 21st snapshot in 10 s, which left the gateway on its snapshot backoff for
   * ~15 s (chaos run, pub-reorder). Inside the spacing the events wait: they are nak'ed and come back
   * after the consumer's nak delay, when the gap either closed or may resync. Called when resyncing.
   */
  gapResyncDue(now: number, spacingMs: number): boolean {
    if (now - this.lastGapResyncMs < spacingMs) return false;
    this.lastGapResyncMs = now;
    return true;
  }

  reconcileDue(now: number, intervalMs: number): boolean {
    return intervalMs > 0 && now - this.lastReconcileMs >= intervalMs;
  }

  eventSeen(now: number): void {
    this.lastEventAtMs = now;
  }

  /** A snapshot arrived and was applied: in sync again. */
  synced(now: number): void {
    this.state = 'in-sync';
    this.pendingCause = undefined;
    this.retry.reset();
    this.nextAttemptMs = 0;
    this.unreachableSinceMs = undefined;
    this.lastReconcileMs = now;
  }

  /** A snapshot request failed: retry later with backoff, remembering since when the EMS is silent. */
  failed(now: number, cause: ResyncCause): void {
    this.unreachableSinceMs ??= now;
    this.nextAttemptMs = now + this.retry.next();
    this.lastReconcileMs = now;
    this.owe(cause);
  }

  /**
   * True once the EMS has answered neither a snapshot request nor with an event for `thresholdMs`
   * while a snapshot request is failing, and it is not out of sync yet.
   */
  crossesThreshold(now: number, thresholdMs: number): boolean {
    if (this.state === 'out-of-sync' || this.unreachableSinceMs === undefined) return false;
    const heard = Math.max(this.unreachableSinceMs, this.lastEventAtMs ?? 0);
    return now - heard >= thresholdMs;
  }

  /**
   * True once the EMS, heard by heartbeat at least once, has sent neither a heartbeat nor an event for
   * `thresholdMs`, and it is not out of sync yet.
   */
  lostHeartbeat(now: number, thresholdMs: number): boolean {
    if (this.state === 'out-of-sync' || this.heartbeats.lastHeardMs === undefined) return false;
    return now - Math.max(this.heartbeats.lastHeardMs, this.lastEventAtMs ?? 0) >= thresholdMs;
  }
}
