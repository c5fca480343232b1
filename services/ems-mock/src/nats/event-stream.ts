import { nanos, RetentionPolicy, StorageType, type JetStreamManager, type StreamConfig } from 'nats';
import type { Subjects } from '@ztna/proto';
import { EmsError } from '../errors.js';

/**
 * Creates the event stream (file storage, subjects `subjects.eventsFilter`, the given duplicate window),
 * or updates it when it exists so that it covers the filter. Throws EMS_ERR_UNAVAILABLE with the cause.
 */
export async function ensureEventStream(
  jsm: JetStreamManager,
  subjects: Subjects,
  duplicateWindowMs: number,
): Promise<void> {
  const wanted: Partial<StreamConfig> = {
    name: subjects.stream,
    subjects: [subjects.eventsFilter],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    duplicate_window: nanos(duplicateWindowMs),
  };
  try {
    const info = await jsm.streams.info(subjects.stream).catch((err: unknown) => {
      if ((err as { code?: string }).code === '404' || /not found/i.test(String(err))) return undefined;
      throw err;
    });
    if (!info) {
      await jsm.streams.add(wanted);
      return;
    }
    const current = info.config.subjects ?? [];
    const covered = current.includes(subjects.eventsFilter);
    if (covered && info.config.duplicate_window === wanted.duplicate_window) return;
    await jsm.streams.update(subjects.stream, {
      ...info.config,
      subjects: covered ? current : [...current, subjects.eventsFilter],
      duplicate_window: wanted.duplicate_window as number,
    });
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
