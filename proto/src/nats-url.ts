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
