import type { Clock } from '../core/clock.js';
import type { MembershipSink } from '../core/model/membership.js';
import type { GatewayEventSink } from '../core/model/gateway-events.js';
import type { EmsConnector } from './event-check.js';
import type { DeadLetterSink, MembershipStore, SnapshotSource, TagSyncObserver } from './ports.js';

// The config, the ports and the input of TagSync (tag-sync.ts).

export interface TagSyncConfig {
  readonly connectors: readonly EmsConnector[];
  /** Periodic snapshot reconcile per EMS, ms; 0 turns it off. */
  readonly reconcileIntervalMs: number;
  /** How long cached membership is enforced after the EMS stopped answering, ms. */
  readonly outOfSyncThresholdMs: number;
  /** The connector's own threshold, ms (its `fctems` entry), read at every check; undefined: the one above. */
  readonly outOfSyncThresholdMsOf?: (emsId: number) => number | undefined;
  readonly outOfSyncPolicy: 'keep' | 'flush';
}

export interface Logger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface TagSyncDeps {
  readonly store: MembershipStore;
  readonly snapshots: SnapshotSource;
  readonly deadLetters: DeadLetterSink;
  readonly sink: MembershipSink;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly observer: TagSyncObserver;
  /** The event feed: told every change of an EMS's sync state. */
  readonly events?: Pick<GatewayEventSink, 'syncState'>;
}

/** One message from the event stream. */
export interface InboundMessage {
  readonly subject: string;
  readonly data: Uint8Array;
}
