import { describeProblem, ztna, type FieldProblem } from '@ztna/proto';
import type { EmsConnector } from './event-check.js';
import type { EmsHeartbeat } from './heartbeat-watch.js';

/** Largest heartbeat either side accepts, in bytes (a real one is about 40). */
export const MAX_HEARTBEAT_BYTES = 1024;

const cut = (value: string): string => (value.length > 64 ? `${value.slice(0, 64)}…` : value);
const problem = (field: string, value: unknown, reason: string): { problem: string } => ({
  problem: describeProblem({
    field,
    value: typeof value === 'string' ? cut(value) : value,
    reason,
  } satisfies FieldProblem),
});

/**
 * Decodes and checks one heartbeat message from `subject` (`<prefix>.ems.<id>.heartbeat`). Refuses, with
 * a problem naming the field and the value: more than MAX_HEARTBEAT_BYTES, bytes that are not a
 * Heartbeat, an EMS that is not configured or whose serial differs, a subject naming another EMS, an
 * empty incarnation.
 */
export function checkHeartbeat(
  data: Uint8Array,
  subject: string,
  connectors: Pick<ReadonlyMap<number, EmsConnector>, 'get'>,
): { heartbeat: EmsHeartbeat } | { problem: string } {
  if (data.length > MAX_HEARTBEAT_BYTES) {
    return problem('heartbeat', `${data.length} bytes`, `must be at most ${MAX_HEARTBEAT_BYTES} bytes`);
  }
  let hb: ztna.v1.Heartbeat;
  try {
    hb = ztna.v1.Heartbeat.decode(data);
  } catch (err) {
    return problem('heartbeat', (err as Error).message, 'must be a ztna.v1.Heartbeat');
  }
  const connector = connectors.get(hb.emsId);
  if (!connector) return problem('emsId', hb.emsId, 'no such EMS connector is configured');
  if (hb.emsSerial !== connector.serial) {
    return problem('emsSerial', hb.emsSerial, `EMS ${connector.id} has serial ${connector.serial}`);
  }
  if (subject.split('.').at(-2) !== String(hb.emsId)) {
    return problem('subject', subject, `must be the heartbeat subject of EMS ${hb.emsId}`);
  }
  if (!hb.incarnation) return problem('incarnation', hb.incarnation, 'must not be empty');
  return { heartbeat: { emsId: hb.emsId, incarnation: hb.incarnation, seq: hb.seq } };
}
