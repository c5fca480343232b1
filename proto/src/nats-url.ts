import type { NatsConnection } from 'nats';

/** What nats.js `connect()` needs from a NATS URL: the servers and the credentials it carried. */
export interface NatsServerOptions {
  readonly servers: string[];
  readonly user?: string;
  readonly pass?: string;
  readonly token?: string;
}

/**
 * Splits credentials out of a NATS URL (`nats://user:pass@host:4222`, `nats://token@host:4222`, several
 * comma-separated): nats.js ignores credentials written in server URLs, so they become `user`/`pass` (or
 * `token`) and the servers are returned without them. Percent-encoded characters are decoded. Throws a
 * RangeError naming the value when a URL does not parse.
 */
export function natsServerOptions(url: string): NatsServerOptions {
  const servers: string[] = [];
  let credentials: Pick<NatsServerOptions, 'user' | 'pass' | 'token'> = {};
  for (const entry of url
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    let parsed: URL;
    try {
      parsed = new URL(entry);
    } catch {
      throw new RangeError(`NATS URL ${JSON.stringify(entry)}: not a URL`);
    }
    if (parsed.username && Object.keys(credentials).length === 0) {
      const name = decodeURIComponent(parsed.username);
      credentials = parsed.password
        ? { user: name, pass: decodeURIComponent(parsed.password) }
        : { token: name };
    }
    servers.push(`${parsed.protocol}//${parsed.host}`);
  }
  return { servers, ...credentials };
}

/** nats.js's inbox prefix when the `inboxPrefix` connect option is not given. */
export const DEFAULT_INBOX_PREFIX = '_INBOX';
const INBOX_PREFIX = /^[A-Za-z0-9_-]{1,64}(\.[A-Za-z0-9_-]{1,64}){0,7}$/;

/**
 * Why `prefix` cannot be a NATS inbox prefix (`NATS_INBOX_PREFIX`, the nats.js `inboxPrefix` option),
 * or undefined when it can: 1–8 dot-separated tokens of letters, digits, `_` and `-` (no wildcards),
 * at most 128 characters. A private prefix per NATS user (`_INBOX.gw1`) lets the server's permissions
 * keep each client's replies away from the others.
 */
export function inboxPrefixProblem(prefix: string): string | undefined {
  if (prefix.length <= 128 && INBOX_PREFIX.test(prefix)) return undefined;
  return 'must be 1-8 dot-separated tokens of letters, digits, _ and - (no wildcards), at most 128 characters';
}

/**
 * The inbox prefix a connection was opened with (`inboxPrefix` of nats.js `connect()`), for inboxes the
 * caller creates itself (`createInbox(inboxPrefixOf(nc))`), so they fall under the same permissions as
 * nats.js's own request inboxes. Undefined when the connection does not say (nats.js's default).
 */
export function inboxPrefixOf(nc: NatsConnection): string | undefined {
  return (nc as NatsConnection & { options?: { inboxPrefix?: string } }).options?.inboxPrefix || undefined;
}
