import { DEAD_LETTER_REASON_HEADER, isNotFound } from '@ztna/proto';
import {
  DiscardPolicy,
  nanos,
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
  type StoredMsg,
  type StreamConfig,
} from 'nats';
import { GatewayError } from '../errors.js';
import { DEAD_LETTER_PREVIEW_BYTES, type DeadLetterReader, type DeadLetterRecord } from '../tagsync/ports.js';

/** Header naming the subject a dead-lettered message arrived on. */
export const DEAD_LETTER_SUBJECT_HEADER = 'Ztna-Dlq-Subject';

export interface DeadLetterStreamOptions {
  /** Stream name: `<event stream>_DLQ_<gateway id>` (see `deadLetterStreamName`). */
  readonly name: string;
  /** The gateway's dead-letter subject, the only one the stream holds. */
  readonly subject: string;
  readonly maxMsgs: number;
  readonly maxBytes: number;
  /** Oldest dead letter kept, s. */
  readonly maxAgeS: number;
  /** Replicas in a JetStream cluster (`STREAM_REPLICAS`, as the event stream). */
  readonly replicas: number;
}

/** The dead-letter stream of one gateway: `<event stream>_DLQ_<gateway id>`. */
export const deadLetterStreamName = (eventStream: string, gatewayId: string): string =>
  `${eventStream}_DLQ_${gatewayId}`;

/**
 * Creates the gateway's dead-letter stream (file storage, limits retention, the oldest dropped first
 * when `maxMsgs`, `maxBytes` or `maxAgeS` is reached), or updates its limits and replicas when it
 * exists. Throws ZTNA_ERR_UNAVAILABLE naming the stream, with the cause.
 */
export async function ensureDeadLetterStream(
  jsm: JetStreamManager,
  o: DeadLetterStreamOptions,
): Promise<'created' | 'updated' | 'unchanged'> {
  const limits = {
    max_msgs: o.maxMsgs,
    max_bytes: o.maxBytes,
    max_age: nanos(o.maxAgeS * 1000),
    num_replicas: o.replicas,
    discard: DiscardPolicy.Old,
  } satisfies Partial<StreamConfig>;
  try {
    const info = await jsm.streams.info(o.name).catch((err: unknown) => {
      if (isNotFound(err)) return undefined;
      throw err;
    });
    if (!info) {
      await jsm.streams.add({
        name: o.name,
        subjects: [o.subject],
        storage: StorageType.File,
        retention: RetentionPolicy.Limits,
        ...limits,
      });
      return 'created';
    }
    const c = info.config;
    const covered = (c.subjects ?? []).includes(o.subject);
    const same = Object.entries(limits).every(([k, v]) => (c as unknown as Record<string, unknown>)[k] === v);
    if (covered && same) return 'unchanged';
    await jsm.streams.update(o.name, { ...c, subjects: covered ? c.subjects : [o.subject], ...limits });
    return 'updated';
  } catch (err) {
    throw new GatewayError(
      'ZTNA_ERR_UNAVAILABLE',
      `dead-letter stream "${o.name}": ${(err as Error).message}`,
      { cause: err },
    );
  }
}

/** Requests in flight at once while reading dead letters. */
const PARALLEL_GETS = 16;

const record = (m: StoredMsg): DeadLetterRecord => ({
  seq: m.seq,
  at: m.time.toISOString(),
  subject: m.header?.get(DEAD_LETTER_SUBJECT_HEADER) || m.subject,
  reason: m.header?.get(DEAD_LETTER_REASON_HEADER) || '(no reason header)',
  size: m.data.length,
  data: Buffer.from(m.data.subarray(0, DEAD_LETTER_PREVIEW_BYTES)).toString('base64'),
});

/**
 * Reads a dead-letter stream newest first: the stream's last sequence and downwards, one message get
 * each (at most 16 at once), so time and memory grow with `limit` only. Sequences gone meanwhile (aged
 * out) are skipped. Rejects with ZTNA_ERR_UNAVAILABLE when the stream does not answer.
 */
export function deadLetterReader(jsm: JetStreamManager, stream: string): DeadLetterReader {
  return {
    async newest(limit) {
      try {
        const { state } = await jsm.streams.info(stream);
        const first = Math.max(state.first_seq, state.last_seq - limit + 1);
        const seqs: number[] = [];
        for (let seq = state.last_seq; seq >= first && seq > 0; seq -= 1) seqs.push(seq);
        const out: DeadLetterRecord[] = [];
        for (let i = 0; i < seqs.length; i += PARALLEL_GETS) {
          const got = await Promise.all(
            seqs.slice(i, i + PARALLEL_GETS).map((seq) =>
              jsm.streams.getMessage(stream, { seq }).catch((err: unknown) => {
                if (isNotFound(err)) return undefined;
                throw err;
              }),
            ),
          );
          for (const m of got) if (m) out.push(record(m));
        }
        return { total: state.messages, deadLetters: out };
      } catch (err) {
        throw new GatewayError(
          'ZTNA_ERR_UNAVAILABLE',
          `dead-letter stream "${stream}": ${(err as Error).message}`,
          { cause: err },
        );
      }
    },
  };
}
