import { ensureEventStream as ensureStream, type EventStreamOptions } from '@ztna/proto';
import type { JetStreamManager } from 'nats';
import { EmsError } from '../errors.js';

/**
 * Creates or updates the event stream as `@ztna/proto` defines it (`eventStreamConfig`). Throws
 * EMS_ERR_UNAVAILABLE naming the stream, with the JetStream error as cause.
 */
export async function ensureEventStream(
  jsm: JetStreamManager,
  options: EventStreamOptions,
): Promise<'created' | 'updated' | 'unchanged'> {
  try {
    return await ensureStream(jsm, options);
  } catch (err) {
    throw new EmsError(
      'EMS_ERR_UNAVAILABLE',
      `stream ${JSON.stringify(options.subjects.stream)}: ${(err as Error).message}`,
      { cause: err },
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
