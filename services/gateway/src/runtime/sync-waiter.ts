import type { EngineSink } from './engine-sink.js';

/** The part of tag sync's status the wait call needs. */
export interface SyncStatusSource {
  syncStatus(): {
    readonly revision: number;
    readonly ems: readonly { readonly id: number; readonly appliedSeq: number; readonly state: string }[];
  };
}

export interface SyncWaitState {
  readonly ems: number;
  readonly seq: number;
  readonly appliedSeq: number | null;
  readonly syncRevision: number;
  readonly engineRevision: number;
  readonly emsState: string | null;
}

export type SyncWaitResult = { readonly reached: boolean; readonly state: SyncWaitState };

/** How often the condition is re-read besides the engine's revision events, ms. */
const POLL_MS = 20;

/**
 * Waits until tag sync has applied EMS `ems` up to `seq` and the engine has processed the revision
 * holding it. Resolves `{ reached: false, state }` with the last state seen after `timeoutMs`.
 */
export function waitForSync(
  sync: SyncStatusSource,
  engine: { readonly revision: number },
  sink: EngineSink,
  target: { ems: number; seq: number; timeoutMs: number },
): Promise<SyncWaitResult> {
  const read = (): SyncWaitState => {
    const status = sync.syncStatus();
    const entry = status.ems.find((e) => e.id === target.ems);
    return {
      ems: target.ems,
      seq: target.seq,
      appliedSeq: entry?.appliedSeq ?? null,
      syncRevision: status.revision,
      engineRevision: engine.revision,
      emsState: entry?.state ?? null,
    };
  };
  const done = (s: SyncWaitState): boolean =>
    s.appliedSeq !== null && s.appliedSeq >= s.seq && s.engineRevision >= s.syncRevision;
  const first = read();
  if (done(first)) return Promise.resolve({ reached: true, state: first });
  return new Promise((resolve) => {
    const check = (): void => {
      const s = read();
      if (done(s)) finish({ reached: true, state: s });
    };
    const unsubscribe = sink.onApplied(check);
    const poll = setInterval(check, POLL_MS);
    const deadline = setTimeout(() => finish({ reached: false, state: read() }), target.timeoutMs);
    const finish = (result: SyncWaitResult): void => {
      unsubscribe();
      clearInterval(poll);
      clearTimeout(deadline);
      resolve(result);
    };
  });
}
