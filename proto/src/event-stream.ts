import type { DiscardPolicy, JetStreamManager, RetentionPolicy, StorageType, StreamConfig } from 'nats';
import type { Subjects } from './subjects.js';

/** JetStream's duplicate window of the event stream unless told otherwise, ms. */
export const DEFAULT_DUPLICATE_WINDOW_MS = 120_000;

export interface EventStreamOptions {
  readonly subjects: Subjects;
  /** Window in which a repeated `Nats-Msg-Id` is dropped, ms (default 120 000). */
  readonly duplicateWindowMs?: number;
  /** Stream replicas in a NATS cluster (default 1). */
  readonly replicas?: number;
  /** Most bytes kept (what happens at the limit: `discard`); -1 = no limit (default). */
  readonly maxBytes?: number;
  /**
   * At `maxBytes`: `old` (default) drops the oldest events, and a gateway that had not read them sees a
   * gap and resyncs by snapshot; `new` refuses the publish, and the EMS reports it and waits.
   */
  readonly discard?: 'old' | 'new';
  /** Oldest message age kept, ms (older ones are dropped, whatever the discard policy); 0 = no limit (default). */
  readonly maxAgeMs?: number;
}

/** The stream config fields this contract sets (nats.js field names and units). */
export type EventStreamConfig = Pick<
  StreamConfig,
  | 'name'
  | 'subjects'
  | 'storage'
  | 'retention'
  | 'duplicate_window'
  | 'num_replicas'
  | 'max_bytes'
  | 'max_age'
  | 'discard'
>;

const NS_PER_MS = 1_000_000;

/**
 * The event stream every EMS publishes into and every gateway consumes, defined once: named
 * `subjects.stream`, holding `subjects.eventsFilter`, file storage, limits retention, the duplicate
 * window that makes `<ems>:<incarnation>:<seq>` message ids exactly-once, and the discard policy at
 * `max_bytes`: `old` by default, so a full stream keeps taking events and a gateway behind the oldest
 * kept one resyncs by snapshot on the gap (with `new`, a 5,000 events/s churn filled the default 1 GiB in
 * about 18 minutes and the EMS stopped: the stack wedged until events aged out); `new` refuses the
 * publish (the EMS says so on `/readyz` and retries with backoff). `max_age` drops events older than it
 * either way. Durations in nanoseconds as JetStream wants them. Throws a RangeError naming a value out of
 * range.
 */
export function eventStreamConfig(options: EventStreamOptions): EventStreamConfig {
  const { subjects, duplicateWindowMs = DEFAULT_DUPLICATE_WINDOW_MS, replicas = 1 } = options;
  const { maxBytes = -1, maxAgeMs = 0, discard = 'old' } = options;
  if (!Number.isInteger(duplicateWindowMs) || duplicateWindowMs < 1) {
    throw new RangeError(`duplicateWindowMs ${duplicateWindowMs}: must be a positive integer`);
  }
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > 5) {
    throw new RangeError(`replicas ${replicas}: must be an integer in 1..5`);
  }
  if (!Number.isInteger(maxBytes) || maxBytes < -1)
    throw new RangeError(`maxBytes ${maxBytes}: must be -1 or more`);
  if (!Number.isInteger(maxAgeMs) || maxAgeMs < 0)
    throw new RangeError(`maxAgeMs ${maxAgeMs}: must be 0 or more`);
  if (discard !== 'old' && discard !== 'new')
    throw new RangeError(`discard ${String(discard).slice(0, 20)}: must be old or new`);
  return {
    name: subjects.stream,
    subjects: [subjects.eventsFilter],
    storage: 'file' as StorageType,
    retention: 'limits' as RetentionPolicy,
    duplicate_window: duplicateWindowMs * NS_PER_MS,
    num_replicas: replicas,
    max_bytes: maxBytes,
    max_age: maxAgeMs * NS_PER_MS,
    discard: discard as DiscardPolicy,
  };
}

/** True when a JetStream API error says the stream (or message) does not exist. */
export const isNotFound = (err: unknown): boolean =>
  (err as { code?: string }).code === '404' || /not found/i.test(String(err));

/**
 * Creates the event stream from `eventStreamConfig(options)`, or, when it exists, updates it so that
 * it covers the events filter (subjects already there are kept) with the wanted duplicate window,
 * replica count, limits and discard policy.
 * Resolves with what it did; rejects with the JetStream error otherwise.
 */
export async function ensureEventStream(
  jsm: JetStreamManager,
  options: EventStreamOptions,
): Promise<'created' | 'updated' | 'unchanged'> {
  const wanted = eventStreamConfig(options);
  const info = await jsm.streams.info(wanted.name).catch((err: unknown) => {
    if (isNotFound(err)) return undefined;
    throw err;
  });
  if (!info) {
    await jsm.streams.add(wanted);
    return 'created';
  }
  const current = info.config.subjects ?? [];
  const filter = options.subjects.eventsFilter;
  const covered = current.includes(filter);
  const same =
    (info.config.num_replicas || 1) === wanted.num_replicas &&
    info.config.duplicate_window === wanted.duplicate_window &&
    info.config.max_bytes === wanted.max_bytes &&
    info.config.max_age === wanted.max_age &&
    info.config.discard === wanted.discard;
  if (covered && same) return 'unchanged';
  await jsm.streams.update(wanted.name, {
    ...info.config,
    subjects: covered ? current : [...current, filter],
    duplicate_window: wanted.duplicate_window,
    num_replicas: wanted.num_replicas,
    max_bytes: wanted.max_bytes,
    max_age: wanted.max_age,
    discard: wanted.discard,
  });
  return 'updated';
}
