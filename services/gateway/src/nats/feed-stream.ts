import { gatewayEventsFilter } from '@ztna/proto';
import { nanos, RetentionPolicy, StorageType, type JetStreamManager, type StreamConfig } from 'nats';
import { GatewayError } from '../errors.js';

export interface FeedStreamOptions {
  /** Stream name (FEED_STREAM_NAME). */
  readonly name: string;
  readonly subjectPrefix: string;
  /** Oldest event kept, s (JetStream `max_age`). */
  readonly maxAgeS: number;
  /** Bytes kept (JetStream `max_bytes`); the oldest go first. */
  readonly maxBytes: number;
}

/** JetStream's default duplicate window; never longer than `max_age` (the server refuses that). */
const DUPLICATE_WINDOW_MS = 120_000;

/**
 * Creates the gateway event stream (file storage, limits retention, subjects
 * `<prefix>.gw.*.events.>` so every gateway on the prefix shares it, `max_age` and `max_bytes` as
 * given, a duplicate window of 2 minutes or `max_age` when shorter), or updates its limits when it
 * exists. Throws ZTNA_ERR_UNAVAILABLE with the cause.
 */
export async function ensureFeedStream(jsm: JetStreamManager, o: FeedStreamOptions): Promise<void> {
  const filter = gatewayEventsFilter(o.subjectPrefix);
  const wanted: Partial<StreamConfig> = {
    name: o.name,
    subjects: [filter],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    max_age: nanos(o.maxAgeS * 1000),
    max_bytes: o.maxBytes,
    duplicate_window: nanos(Math.min(DUPLICATE_WINDOW_MS, o.maxAgeS * 1000)),
  };
  try {
    const info = await jsm.streams.info(o.name).catch((err: unknown) => {
      if ((err as { code?: string }).code === '404' || /not found/i.test(String(err))) return undefined;
      throw err;
    });
    if (!info) {
      await jsm.streams.add(wanted);
      return;
    }
    const current = info.config.subjects ?? [];
    if (
      current.includes(filter) &&
      info.config.max_age === wanted.max_age &&
      info.config.max_bytes === wanted.max_bytes
    ) {
      return;
    }
    await jsm.streams.update(o.name, {
      ...info.config,
      subjects: current.includes(filter) ? current : [...current, filter],
      max_age: wanted.max_age as number,
      max_bytes: wanted.max_bytes as number,
      duplicate_window: Math.min(info.config.duplicate_window, wanted.max_age as number),
    });
  } catch (err) {
    throw new GatewayError('ZTNA_ERR_UNAVAILABLE', `feed stream "${o.name}": ${(err as Error).message}`, {
      cause: err,
    });
  }
}
