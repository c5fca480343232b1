import { nanos, RetentionPolicy, StorageType, type JetStreamManager, type StreamConfig } from 'nats';
import type { Subjects } from '@ztna/proto';
import { EmsError } from '../errors.js';

/** What {@link ensureEventStream} did. */
export type StreamEnsured = 'created' | 'updated' | 'unchanged';

/**
 * Creates the event stream (file storage, subjects `subjects.eventsFilter`, the given duplicate window,
 * `replicas` copies in a JetStream cluster, default 1), or updates it when it exists so that it covers
 * the filter with that window and replica count. Resolves with what it did; throws
 * EMS_ERR_UNAVAILABLE with the cause.
 */
export async function ensureEventStream(
  jsm: JetStreamManager,
  subjects: Subjects,
  duplicateWindowMs: number,
  replicas = 1,
): Promise<StreamEnsured> {
  const wanted: Partial<StreamConfig> = {
    name: subjects.stream,
    subjects: [subjects.eventsFilter],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    duplicate_window: nanos(duplicateWindowMs),
    num_replicas: replicas,
  };
  try {
    const info = await jsm.streams.info(subjects.stream).catch((err: unknown) => {
      if ((err as { code?: string }).code === '404' || /not found/i.test(String(err))) return undefined;
      throw err;
    });
    if (!info) {
      await jsm.streams.add(wanted);
      return 'created';
    }
    const current = info.config.subjects ?? [];
    const covered = current.includes(subjects.eventsFilter);
    if (
      covered &&
      info.config.duplicate_window === wanted.duplicate_window &&
      (info.config.num_replicas || 1) === replicas
    ) {
      return 'unchanged';
    }
    await jsm.streams.update(subjects.stream, {
      ...info.config,
      subjects: covered ? current : [...current, subjects.eventsFilter],
      duplicate_window: wanted.duplicate_window as number,
      num_replicas: replicas,
    });
    return 'updated';
  } catch (err) {
    throw new EmsError(
      'EMS_ERR_UNAVAILABLE',
      `stream ${JSON.stringify(subjects.stream)}: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
}

/** True when the stream answers an info request. */
export async function streamReady(jsm: JetStreamManager, stream: string): Promise<boolean> {
  try {
    await jsm.streams.info(stream);
    return true;
  } catch {
    return false;
  }
}
