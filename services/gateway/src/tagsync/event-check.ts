import {
  MAX_ENVELOPE_BYTES,
  endpointProblems,
  isIPv4,
  isMac,
  isTagName,
  isUid,
  listProblems,
  describeProblem,
  ztna,
  type FieldProblem,
} from '@ztna/proto';

/** An EMS connector (`config endpoint-control fctems` entry): id 1–7, serial, name. */
export interface EmsConnector {
  readonly id: number;
  readonly serial: string;
  readonly name: string;
}

export type RefusalKind =
  | 'oversized'
  | 'malformed'
  | 'unknown-ems'
  | 'invalid-ip'
  | 'invalid-mac'
  | 'invalid-uid'
  | 'invalid-tag'
  | 'invalid-field'
  /** A seq the EMS's own snapshot says it never produced. */
  | 'forged-seq'
  /** An incarnation that is not the EMS's current one by its own snapshot. */
  | 'foreign-incarnation';

/** Why a message was refused: goes into the `Ztna-Dlq-Reason` header as `kind: field "value": reason`. */
export interface Refusal {
  readonly kind: RefusalKind;
  readonly problem: FieldProblem;
}

export const describeRefusal = (r: Refusal): string => `${r.kind}: ${describeProblem(r.problem)}`;

export type CheckedEnvelope = { envelope: ztna.v1.Envelope } | { refusal: Refusal };

const refuse = (kind: RefusalKind, field: string, value: unknown, reason: string): { refusal: Refusal } => ({
  refusal: { kind, problem: { field, value, reason } },
});

/**
 * Decodes and validates one event message. Refuses: more than MAX_ENVELOPE_BYTES, bytes that are not
 * an Envelope, an EMS id that is not configured or whose serial differs, a subject naming another EMS,
 * a missing incarnation, seq or event, and any invalid uid, IP, MAC or tag.
 */
export function checkEnvelope(
  data: Uint8Array,
  subject: string,
  connectors: ReadonlyMap<number, EmsConnector>,
): CheckedEnvelope {
  if (data.length > MAX_ENVELOPE_BYTES) {
    return refuse(
      'oversized',
      'envelope',
      `${data.length} bytes`,
      `must be at most ${MAX_ENVELOPE_BYTES} bytes`,
    );
  }
  let envelope: ztna.v1.Envelope;
  try {
    envelope = ztna.v1.Envelope.decode(data);
  } catch (err) {
    return refuse('malformed', 'envelope', (err as Error).message, 'must be a ztna.v1.Envelope');
  }
  const connector = connectors.get(envelope.emsId);
  if (!connector) {
    return refuse('unknown-ems', 'emsId', envelope.emsId, 'no such EMS connector is configured');
  }
  if (envelope.emsSerial !== connector.serial) {
    return refuse(
      'unknown-ems',
      'emsSerial',
      envelope.emsSerial,
      `EMS ${connector.id} has serial ${connector.serial}`,
    );
  }
  if (subjectEms(subject) !== String(envelope.emsId)) {
    return refuse('invalid-field', 'subject', subject, `must be an event subject of EMS ${envelope.emsId}`);
  }
  if (!envelope.incarnation)
    return refuse('invalid-field', 'incarnation', envelope.incarnation, 'must not be empty');
  if (!(envelope.seq >= 1)) return refuse('invalid-field', 'seq', envelope.seq, 'must be at least 1');
  const problem = eventProblem(envelope);
  return problem ? { refusal: { kind: kindOf(problem.field), problem } } : { envelope };
}

/** The EMS id token of an event subject `<prefix>.ems.<id>.ep.<uid>`; undefined when the shape differs. */
function subjectEms(subject: string): string | undefined {
  const uidDot = subject.lastIndexOf('.');
  const epDot = uidDot > 0 ? subject.lastIndexOf('.', uidDot - 1) : -1;
  const idDot = epDot > 0 ? subject.lastIndexOf('.', epDot - 1) : -1;
  if (idDot < 0) return undefined;
  const emsDot = idDot > 0 ? subject.lastIndexOf('.', idDot - 1) : -1;
  return subject.slice(emsDot + 1, idDot) === 'ems' ? subject.slice(idDot + 1, epDot) : undefined;
}

const UID_RULE = 'must match [A-Za-z0-9_-]{1,64}';
const TAG_RULE = 'must match [A-Za-z0-9_.-]{1,64}';

const uidProblem = (uid: string | null | undefined, at: string): FieldProblem | undefined =>
  isUid(uid ?? '') ? undefined : { field: `${at}.uid`, value: uid, reason: UID_RULE };

function tagProblem(tags: string[] | null | undefined, at: string): FieldProblem | undefined {
  for (const tag of tags ?? []) {
    if (!isTagName(tag)) return listProblems(tags, `${at}.tags`, isTagName, TAG_RULE)[0];
  }
  return undefined;
}

/** The first problem of the event itself (the first in field order), or undefined. */
function eventProblem(e: ztna.v1.Envelope): FieldProblem | undefined {
  switch (e.event) {
    case 'endpointUpsert':
      return endpointProblems(e.endpointUpsert?.endpoint ?? {}, 'endpointUpsert.endpoint')[0];
    case 'tagsAttached':
      return (
        uidProblem(e.tagsAttached?.uid, 'tagsAttached') ?? tagProblem(e.tagsAttached?.tags, 'tagsAttached')
      );
    case 'tagsDetached':
      return (
        uidProblem(e.tagsDetached?.uid, 'tagsDetached') ?? tagProblem(e.tagsDetached?.tags, 'tagsDetached')
      );
    case 'endpointOffline':
      return uidProblem(e.endpointOffline?.uid, 'endpointOffline');
    case 'endpointRemoved':
      return uidProblem(e.endpointRemoved?.uid, 'endpointRemoved');
    case 'addressChange':
      return (
        uidProblem(e.addressChange?.uid, 'addressChange') ??
        listProblems(e.addressChange?.ips, 'addressChange.ips', isIPv4, 'must be a dotted IPv4 address')[0] ??
        listProblems(
          e.addressChange?.macs,
          'addressChange.macs',
          isMac,
          'must be a lower-case MAC aa:bb:cc:dd:ee:ff',
        )[0]
      );
    default:
      return { field: 'event', value: e.event, reason: 'must be one of the event kinds' };
  }
}

function kindOf(field: string): RefusalKind {
  if (/\.ips\[/.test(field)) return 'invalid-ip';
  if (/\.macs\[/.test(field)) return 'invalid-mac';
  if (field.endsWith('.uid')) return 'invalid-uid';
  if (/[tT]ags\[/.test(field)) return 'invalid-tag';
  return 'invalid-field';
}
