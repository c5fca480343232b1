import type { EventKind } from '../domain/endpoint-record.js';
import { EmsError } from '../errors.js';

export type RunKind = 'churn' | 'scenario';
export type RunStatus = 'running' | 'done' | 'failed' | 'cancelled';

/** What a run body gets: its id and a signal that aborts when the run is cancelled. */
export interface RunHandle {
  id: string;
  signal: AbortSignal;
}

export interface RunSummary {
  events: number;
  eventsByKind: Partial<Record<EventKind, number>>;
  durationMs: number;
  /** Events per second from the start until every event was acked by JetStream. */
  eventsPerSecond: number;
}

export interface RunView {
  id: string;
  kind: RunKind;
  status: RunStatus;
  startedAtMs: number;
  finishedAtMs?: number;
  /** Events produced so far (by any source while the run is active). */
  events: number;
  /** EMS sequence number of the run's first and last event; null before the first. */
  firstSeq: number | null;
  lastSeq: number | null;
  eventsByKind: Partial<Record<EventKind, number>>;
  summary?: RunSummary;
  error?: { code: string; message: string };
  /** Set while the running run waits because JetStream refuses the mock's events (retried with backoff). */
  paused?: { reason: string; sinceMs: number };
}

/**
 * Keeps every run (churn or scenario) under an id `run-<n>`; one run at a time, so that the event
 * sequence of a seeded run is not interleaved with another. Counts the events produced while it runs.
 */
export class RunTracker {
  private readonly runs = new Map<string, RunView>();
  private active: RunView | undefined;
  private controller: AbortController | undefined;
  private counter = 0;

  /** `blocked` says why events cannot be published now (shown as `paused` on the running run). */
  constructor(
    private readonly now: () => number,
    private readonly blocked: () => { reason: string; sinceMs: number } | undefined = () => undefined,
  ) {}

  /** Opens a run; throws EMS_ERR_CONFLICT while another one is running. */
  begin(kind: RunKind): RunHandle {
    if (this.active) {
      throw new EmsError('EMS_ERR_CONFLICT', `run ${JSON.stringify(this.active.id)} is still running`);
    }
    this.counter += 1;
    const run: RunView = {
      id: `run-${this.counter}`,
      kind,
      status: 'running',
      startedAtMs: this.now(),
      events: 0,
      eventsByKind: {},
      firstSeq: null,
      lastSeq: null,
    };
    this.runs.set(run.id, run);
    this.active = run;
    this.controller = new AbortController();
    return { id: run.id, signal: this.controller.signal };
  }

  /** Asks the run to stop at its next operation; throws EMS_ERR_NOT_FOUND for an unknown id. */
  cancel(id: string): RunView {
    const view = this.get(id);
    if (this.active?.id === id) this.controller?.abort();
    return view;
  }

  /** The id of the running run, if any. */
  get activeId(): string | undefined {
    return this.active?.id;
  }

  /** Counts one produced event (kind, EMS sequence number) towards the active run, if any. */
  count(kind: EventKind, seq: number): void {
    const run = this.active;
    if (!run) return;
    run.firstSeq ??= seq;
    run.lastSeq = seq;
    run.events += 1;
    run.eventsByKind[kind] = (run.eventsByKind[kind] ?? 0) + 1;
  }

  /** Closes the run: cancelled when its signal aborted, failed with `error`, else done. */
  finish(id: string, error?: { code: string; message: string }): RunSummary {
    const run = this.runs.get(id) as RunView;
    const cancelled = this.active === run && this.controller?.signal.aborted === true;
    run.finishedAtMs = this.now();
    const durationMs = Math.max(1, run.finishedAtMs - run.startedAtMs);
    run.summary = {
      events: run.events,
      eventsByKind: { ...run.eventsByKind },
      durationMs,
      eventsPerSecond: Math.round((run.events * 1000) / durationMs),
    };
    run.status = cancelled ? 'cancelled' : error ? 'failed' : 'done';
    if (error && !cancelled) run.error = error;
    if (this.active === run) this.active = undefined;
    return run.summary;
  }

  /** A copy of a run; throws EMS_ERR_NOT_FOUND for an unknown id. */
  get(id: string): RunView {
    const run = this.runs.get(id);
    if (!run) throw new EmsError('EMS_ERR_NOT_FOUND', `run id ${JSON.stringify(id)}: no such run`);
    return this.view(run);
  }

  list(): RunView[] {
    return [...this.runs.values()].map((r) => this.view(r));
  }

  private view(run: RunView): RunView {
    const copy = structuredClone(run);
    const blocked = run === this.active ? this.blocked() : undefined;
    if (blocked) copy.paused = { reason: blocked.reason, sinceMs: blocked.sinceMs };
    return copy;
  }
}
