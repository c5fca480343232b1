import type { EndpointRecord } from '../core/model/membership.js';
import type { EmsStatus, EmsSyncState } from './ems-status.js';
import type { ForgeryView } from './forgery-guard.js';
import type { EndpointState } from './endpoint-state.js';
import type { MembershipMirror } from './membership-mirror.js';
import { endpointRecord } from './mirror-views.js';

/** Sync state of one EMS connector as the API and console show it. */
export interface EmsSyncView {
  readonly id: number;
  readonly serial: string;
  readonly name: string;
  readonly incarnation: string | null;
  readonly appliedSeq: number;
  readonly state: EmsSyncState;
  readonly lastEventAt: string | null;
  /** When the last heartbeat of this EMS arrived (ISO 8601), null before the first. */
  readonly lastHeartbeatAt: string | null;
  /** Events dead-lettered because the EMS's own snapshot refuted their seq or incarnation. */
  readonly refused: ForgeryView;
}

const iso = (ms: number | undefined): string | null => (ms === undefined ? null : new Date(ms).toISOString());

/** One view per connector: applied incarnation and seq from the mirror, state and times from its status. */
export function emsSyncViews(
  status: Iterable<EmsStatus>,
  mirror: MembershipMirror,
  refused: (emsId: number) => ForgeryView,
): EmsSyncView[] {
  return [...status].map((s): EmsSyncView => {
    const applied = mirror.applied.get(s.connector.id);
    return {
      id: s.connector.id,
      serial: s.connector.serial,
      name: s.connector.name,
      incarnation: applied?.incarnation ?? null,
      appliedSeq: applied?.seq ?? 0,
      state: s.state,
      lastEventAt: iso(s.lastEventAtMs),
      lastHeartbeatAt: iso(s.heartbeats.lastHeardMs),
      refused: refused(s.connector.id),
    };
  });
}

/**
 * Endpoint records for `diagnose endpoint record list`, optionally only those holding `ip`; records
 * flushed by an out-of-sync EMS are still listed (as out-of-sync).
 */
export function endpointRecordList(
  status: Iterable<EmsStatus>,
  mirror: MembershipMirror,
  flushed: ReadonlyMap<number, readonly EndpointState[]>,
  ip?: string,
): EndpointRecord[] {
  const out: EndpointRecord[] = [];
  for (const s of status) {
    const emsId = s.connector.id;
    const outOfSync = s.state === 'out-of-sync';
    const records = [...(mirror.records.get(emsId)?.values() ?? []), ...(flushed.get(emsId) ?? [])];
    for (const e of records) {
      if (ip === undefined || e.ips.includes(ip))
        out.push(endpointRecord({ id: emsId, serial: s.connector.serial, tenant: s.tenant }, e, outOfSync));
    }
  }
  return out;
}
