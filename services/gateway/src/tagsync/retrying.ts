import type { Logger } from './tag-sync.js';

export interface RetryOptions {
  readonly what: string;
  readonly logger: Logger;
  /** Gives up (rethrowing the last error) once this returns true. */
  readonly stopped: () => boolean;
  readonly firstDelayMs?: number;
  readonly maxDelayMs?: number;
}

/** Runs `attempt` until it resolves, waiting with exponential backoff between failures. */
export async function retrying<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  const { firstDelayMs = 200, maxDelayMs = 10_000 } = options;
  for (let failures = 0; ; failures++) {
    try {
      return await attempt();
    } catch (err) {
      if (options.stopped()) throw err;
      if (failures === 0) options.logger.warn({ err }, `${options.what} failed; retrying with backoff`);
      const ms = Math.min(maxDelayMs, firstDelayMs * 2 ** failures);
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
  }
}
