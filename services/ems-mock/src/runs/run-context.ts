import type { Clock } from '@ztna/service-kit';
import type { Logger } from 'pino';
import type { EmsDomain } from '../domain/ems-domain.js';
import type { RunHandle, RunKind, RunTracker, RunView } from './run-tracker.js';
import { EmsError } from '../errors.js';

/** What a churn or scenario run needs from the running mock. */
export interface RunContext {
  domain: EmsDomain;
  tracker: RunTracker;
  /** Pacing of churn and scenario steps, progress logs. */
  clock: Clock;
  logger: Logger;
  /** Resolves when every produced event is acked. */
  flush(): Promise<void>;
  /** Back-pressure: resolves once the unacked backlog is below the configured limit. */
  waitForRoom(): Promise<void>;
}

export interface StartedRun {
  id: string;
  /** Resolves with the finished run (done or failed); never rejects. */
  done: Promise<RunView>;
}

/**
 * Opens a run, executes `body` in the background, flushes, then records the summary (or the error, or
 * the cancellation) and logs it. Throws EMS_ERR_CONFLICT synchronously while another run is active.
 */
export function startRun(
  ctx: RunContext,
  kind: RunKind,
  body: (run: RunHandle) => Promise<void>,
): StartedRun {
  const run = ctx.tracker.begin(kind);
  const log = ctx.logger.child({ runId: run.id, kind });
  log.info('run started');
  const done = (async (): Promise<RunView> => {
    let error: { code: string; message: string } | undefined;
    try {
      await body(run);
    } catch (err) {
      error = { code: err instanceof EmsError ? err.code : 'EMS_ERR_RUN', message: (err as Error).message };
      if (!run.signal.aborted) log.error({ err }, 'run failed');
    }
    await ctx.flush();
    const summary = ctx.tracker.finish(run.id, error);
    log.info(
      {
        status: error && !run.signal.aborted ? 'failed' : run.signal.aborted ? 'cancelled' : 'done',
        summary,
      },
      'run finished',
    );
    return ctx.tracker.get(run.id);
  })();
  return { id: run.id, done };
}

/** Logs progress at most once per `everyMs` of `clock` time. */
export function progressLogger(
  logger: Logger,
  clock: Pick<Clock, 'now'>,
  everyMs = 1000,
): (fields: object) => void {
  let last = clock.now();
  return (fields) => {
    const now = clock.now();
    if (now - last < everyMs) return;
    last = now;
    logger.info(fields, 'run progress');
  };
}
