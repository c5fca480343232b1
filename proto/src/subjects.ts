/**
 * NATS names shared by the EMS mock and the gateway. Every name hangs off one prefix so that tests
 * (and several stacks on one NATS) isolate themselves by choosing their own prefix and stream name.
 */
export interface Subjects {
  readonly prefix: string;
  /** JetStream stream holding every EMS event; file storage. */
  readonly stream: string;
  /** Subject filter of the stream: all EMS, all endpoints. */
  readonly eventsFilter: string;
  /** Subject filter for the events of one EMS. */
  emsEvents(emsId: number): string;
  /** Subject of one endpoint's events, so that per-endpoint order holds. */
  endpointEvents(emsId: number, uid: string): string;
  /** Core NATS subject of one EMS's {@link ztna.v1.Heartbeat} (not in the event stream). */
  heartbeat(emsId: number): string;
  /** Subject filter of every EMS's heartbeat. */
  readonly heartbeatFilter: string;
  /** Request/reply subject answering a {@link ztna.v1.SnapshotRequest} with a snapshot. */
  snapshot(emsId: number): string;
  /** Where a gateway parks messages it refused, with the reason in the `Ztna-Dlq-Reason` header. */
  deadLetter(gatewayId: string): string;
  /** Request/reply subject taking a PacketBatch and answering a VerdictBatch. */
  packets(gatewayId: string): string;
  /** Durable consumer name of one gateway. */
  durable(gatewayId: string): string;
}

const TOKEN = /^[A-Za-z0-9_-]+$/;

/**
 * Builds the subject set. `prefix` is dot-separated tokens (default `ztna.v1`); `stream` defaults to
 * `ZTNA_EVENTS`. Throws a RangeError naming the value when a token is not `[A-Za-z0-9_-]+`.
 */
export function createSubjects(prefix = 'ztna.v1', stream = 'ZTNA_EVENTS'): Subjects {
  for (const token of prefix.split('.')) {
    if (!TOKEN.test(token)) throw new RangeError(`subject prefix: invalid token "${token}" in "${prefix}"`);
  }
  if (!TOKEN.test(stream)) throw new RangeError(`stream name: invalid value "${stream}"`);
  const checked = (what: string, value: string): string => {
    if (!TOKEN.test(value)) throw new RangeError(`${what}: invalid subject token "${value}"`);
    return value;
  };
  return {
    prefix,
    stream,
    eventsFilter: `${prefix}.ems.*.ep.*`,
    emsEvents: (emsId) => `${prefix}.ems.${emsId}.ep.*`,
    endpointEvents: (emsId, uid) => `${prefix}.ems.${emsId}.ep.${checked('uid', uid)}`,
    heartbeat: (emsId) => `${prefix}.ems.${emsId}.heartbeat`,
    heartbeatFilter: `${prefix}.ems.*.heartbeat`,
    snapshot: (emsId) => `${prefix}.ems.${emsId}.snapshot`,
    deadLetter: (gatewayId) => `${prefix}.gw.${checked('gateway id', gatewayId)}.dlq`,
    packets: (gatewayId) => `${prefix}.gw.${checked('gateway id', gatewayId)}.packets`,
    durable: (gatewayId) => `gw-${checked('gateway id', gatewayId)}`,
  };
}

/** JetStream message id of an event: `<ems>:<incarnation>:<seq>` (deduplicated by the stream). */
export function eventMessageId(emsId: number, incarnation: string, seq: number): string {
  return `${emsId}:${incarnation}:${seq}`;
}

/** Header carrying the reason a message was dead-lettered. */
export const DEAD_LETTER_REASON_HEADER = 'Ztna-Dlq-Reason';

/** Largest encoded envelope either side accepts, in bytes. */
export const MAX_ENVELOPE_BYTES = 64 * 1024;
