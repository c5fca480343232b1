import type { GatewayConsole } from '../console/console.js';

/** Header naming the console session a CLI request belongs to; without it each token has one. */
export const CONSOLE_SESSION_HEADER = 'x-console-session';
const SESSION_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_SESSIONS = 256;

/**
 * Console state (open config block, session filter) per session key, like one SSH login each.
 * Least recently used sessions are dropped beyond {@link MAX_SESSIONS}.
 */
export class ConsoleSessions {
  private readonly consoles = new Map<string, GatewayConsole>();

  constructor(private readonly create: () => GatewayConsole) {}

  get size(): number {
    return this.consoles.size;
  }

  /** Forgets every console session (open config blocks, session filters): the gateway's reset. */
  clear(): void {
    this.consoles.clear();
  }

  /** The console for `key`, created on first use. */
  get(key: string): GatewayConsole {
    let console = this.consoles.get(key);
    if (console === undefined) {
      console = this.create();
      if (this.consoles.size >= MAX_SESSIONS) this.consoles.delete(this.consoles.keys().next().value!);
    } else {
      this.consoles.delete(key);
    }
    this.consoles.set(key, console);
    return console;
  }
}

/**
 * The session key of a request: the `x-console-session` header when present (validated), else the
 * bearer token, else `default`. Returns an error message naming the header value when it is invalid.
 */
export function consoleKey(
  headers: Record<string, string | string[] | undefined>,
): { key: string } | { error: string } {
  const raw = headers[CONSOLE_SESSION_HEADER];
  if (raw !== undefined) {
    const value = Array.isArray(raw) ? raw.join(',') : raw;
    if (!SESSION_ID.test(value)) {
      return {
        error: `header ${CONSOLE_SESSION_HEADER} ${JSON.stringify(value)}: must match [A-Za-z0-9_-]{1,64}`,
      };
    }
    return { key: `s:${value}` };
  }
  const auth = headers.authorization;
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) return { key: `t:${auth.slice(7)}` };
  return { key: 'default' };
}
