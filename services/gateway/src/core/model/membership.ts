/**
 * The port between tag sync and the session engine: tag sync applies EMS events to Redis atomically and
 * hands the engine what changed, one revision at a time, never half a batch.
 */

/** Kind of EMS dynamic address: `EMS<n>_ZTNA_<tag>`, `MAC_EMS<n>_ZTNA_<tag>`, `EMS<n>_CLASS_<tag>`. */
export type DynamicAddressKind = 'ztna-ip' | 'ztna-mac' | 'classification';

/** A dynamic address object. Its `id` (printed as `ID(115)`) is owned by tag sync, stable across restarts. */
export interface DynamicAddressObject {
  readonly name: string;
  readonly tag: string; // TAG name: APP_SERVERS
  readonly id: number;
  readonly emsId: number;
  readonly kind: DynamicAddressKind;
}

/** One member joining or leaving one dynamic address. `member` is a dotted IPv4 or a lower-case MAC. */
export interface MembershipDelta {
  readonly address: string;
  readonly member: string;
  readonly op: 'add' | 'remove';
}

export interface MembershipChange {
  /** Strictly increasing; the engine ignores a revision it has already seen. */
  readonly revision: number;
  /** Address objects first defined in this revision (before any delta that names them). */
  readonly created: readonly DynamicAddressObject[];
  readonly deltas: readonly MembershipDelta[];
  /** EMS emitted time of the oldest event folded into this revision, epoch ms (revocation latency). */
  readonly emittedAtMs?: number;
}

/** Implemented by the session engine; called by tag sync in revision order. */
export interface MembershipSink {
  onMembershipChange(change: MembershipChange): void;
}

/** One endpoint as the gateway knows it, for `diagnose endpoint record list`. */
export interface EndpointRecord {
  readonly emsId: number;
  /** Serial number of the EMS the record comes from (`EMS serial number:`). */
  readonly emsSerial: string;
  /** EMS tenant id as the EMS's snapshot gave it; undefined before the first snapshot. */
  readonly tenantId: string | undefined;
  readonly registered: boolean;
  readonly uid: string;
  readonly hostname: string;
  readonly user: string;
  readonly ips: readonly string[];
  readonly macs: readonly string[];
  readonly online: boolean;
  readonly quarantined: boolean;
  readonly ztnaTags: readonly string[];
  readonly classificationTags: readonly string[];
  readonly outOfSync: boolean;
}

/** Dynamic address names, as FortiOS spells them. */
export function dynamicAddressName(emsId: number, kind: DynamicAddressKind, tag: string): string {
  switch (kind) {
    case 'ztna-ip':
      return `EMS${emsId}_ZTNA_${tag}`;
    case 'ztna-mac':
      return `MAC_EMS${emsId}_ZTNA_${tag}`;
    case 'classification':
      return `EMS${emsId}_CLASS_${tag}`;
  }
}
