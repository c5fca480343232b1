import type { EmsConnector } from './event-check.js';
import { HeartbeatWatch } from './heartbeat-watch.js';
import type { ResyncCause } from './sequencer.js';

export type EmsSyncState = 'in-sync' | 'resyncing' | 'out-of-sync';

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

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
  private failures = 0;
  private nextAttemptMs = 0;
  private unreachableSinceMs: number | undefined;
  private lastReconcileMs: number;

  constructor(
    readonly connector: EmsConnector,
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
    this.failures = 0;
    this.nextAttemptMs = 0;
    this.unreachableSinceMs = undefined;
    this.lastReconcileMs = now;
  }

  /** A snapshot request failed: retry later with backoff, remembering since when the EMS is silent. */
  failed(now: number, cause: ResyncCause): void {
    this.unreachableSinceMs ??= now;
    this.failures += 1;
    this.nextAttemptMs = now + Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.failures - 1));
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
