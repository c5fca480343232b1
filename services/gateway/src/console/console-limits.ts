/**
 * What one console request may spend. The console's entry points check them between statements, so no
 * command needs to know about them; work beyond a limit is not run and the console says which limit.
 */
export interface ConsoleLimits {
  /** Most characters of output one request prints (default 4 MiB); output beyond is cut. */
  readonly maxOutputChars: number;
  /** Longest time one request runs, in ms of real time (default 10 000). */
  readonly maxMs: number;
  /**
   * Most statements a config block may hold while it stays open across requests (default 5 000): what
   * bounds the memory of a named session. Within one request the request's own size bounds it.
   */
  readonly maxBlockStatements: number;
  /** Work between two yields to the event loop, in ms (default 20), so health, tag sync and packets go on. */
  readonly sliceMs: number;
  /** Real elapsed time in ms (default `performance.now`); never the simulated clock. */
  readonly elapsed: () => number;
}

export const defaultConsoleLimits: ConsoleLimits = Object.freeze({
  maxOutputChars: 4 * 1024 * 1024,
  maxMs: 10_000,
  maxBlockStatements: 5_000,
  sliceMs: 20,
  elapsed: () => performance.now(),
});

/** The limit a request ran into, as the console prints it. */
export type LimitHit =
  | { readonly kind: 'output'; readonly limit: number }
  | { readonly kind: 'time'; readonly limit: number }
  | { readonly kind: 'block'; readonly limit: number };

/** FortiOS-style failure lines naming the limit and what became of the input. */
export function limitText(hit: LimitHit, outcome: string): string {
  const what =
    hit.kind === 'output'
      ? `console output limit of ${hit.limit} characters reached`
      : hit.kind === 'time'
        ? `console time limit of ${hit.limit} ms reached`
        : `config block limit of ${hit.limit} statements reached`;
  return `Command fail. Return code -1\n${what}; ${outcome}\n`;
}
