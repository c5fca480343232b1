import { createConsole, type ConsoleTarget, type GatewayConsole } from '../console/console.js';
import type { ConsoleLimits } from '../console/console-limits.js';

/** Header naming the console session a CLI request belongs to; without it each request is its own console. */
export const CONSOLE_SESSION_HEADER = 'x-console-session';
const SESSION_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface ConsoleSessionLimits {
  /** Most named sessions kept (default 64); the least recently used one goes first. */
  readonly maxSessions: number;
  /** A named session unused this long is dropped, with its open config block (ms, default 15 min). */
  readonly idleMs: number;
}

export const defaultSessionLimits: ConsoleSessionLimits = Object.freeze({
  maxSessions: 64,
  idleMs: 15 * 60_000,
});

interface Held {
  readonly console: GatewayConsole;
  usedAt: number;
}

/**
 * Named console sessions (open config block, session filter), like one SSH login each, bounded in
 * number and idle time; what each holds is bounded by the console's own limits (`maxBlockStatements`).
 * A request without a session name gets a console of its own that ends with the request.
 */
export class ConsoleSessions {
  private readonly held = new Map<string, Held>();
  private readonly limits: ConsoleSessionLimits;

  constructor(
    private readonly create: (named: boolean) => GatewayConsole,
    limits: Partial<ConsoleSessionLimits> = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    this.limits = { ...defaultSessionLimits, ...limits };
  }

  get size(): number {
    return this.held.size;
  }

  /** Forgets every console session (open config blocks, session filters): the gateway's reset. */
  clear(): void {
    this.held.clear();
  }

  /** The console of session `name` (created on first use), or a fresh one for `undefined`. */
  get(name: string | undefined): GatewayConsole {
    if (name === undefined) return this.create(false);
    const now = this.now();
    for (const [key, held] of this.held) {
      if (now - held.usedAt < this.limits.idleMs) break; // kept in order of use: the rest is newer
      this.held.delete(key);
    }
    let held = this.held.get(name);
    if (held === undefined) {
      held = { console: this.create(true), usedAt: now };
      if (this.held.size >= this.limits.maxSessions) this.held.delete(this.held.keys().next().value!);
    } else {
      this.held.delete(name);
      held.usedAt = now;
    }
    this.held.set(name, held);
    return held.console;
  }
}

/**
 * The session a request names with the `x-console-session` header (validated), or undefined when it
 * names none. Returns an error message naming the header value when it is invalid.
 */
export function consoleSessionName(
  headers: Record<string, string | string[] | undefined>,
): { name: string | undefined } | { error: string } {
  const raw = headers[CONSOLE_SESSION_HEADER];
  if (raw === undefined) return { name: undefined };
  const value = Array.isArray(raw) ? raw.join(',') : raw;
  if (!SESSION_ID.test(value)) {
    return {
      error: `header ${CONSOLE_SESSION_HEADER} ${JSON.stringify(value.slice(0, 80))}: must match [A-Za-z0-9_-]{1,64}`,
    };
  }
  return { name: value };
}

/**
 * The console sessions of an HTTP API over `target`: named sessions keep their state across
 * requests (interactive), a request without a name gets a one-request console (a block left open is
 * refused); every request within `limits`.
 */
export function consoleSessions(
  target: ConsoleTarget,
  limits?: Partial<ConsoleLimits>,
  sessionLimits?: Partial<ConsoleSessionLimits>,
): ConsoleSessions {
  return new ConsoleSessions(
    (named) => createConsole(target, { interactive: named, ...(limits ? { limits } : {}) }),
    sessionLimits,
  );
}
