/** The oldest NATS server the services run on (JetStream consumer and stream features they use). */
export const MIN_NATS_VERSION = '2.9.0';

/** A NATS server older than MIN_NATS_VERSION, or one whose version cannot be read. */
export class NatsVersionError extends Error {
  readonly code = 'ZTNA_ERR_NATS_VERSION';
}

/** `major.minor.patch` of a version string (`2.10.24`, `v2.9.10-beta.1`), or undefined when it has none. */
function parts(version: string): [number, number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/**
 * Compares two `major.minor.patch` versions numerically (pre-release suffixes ignored): negative when
 * `a` is older, 0 when equal, positive when newer. Throws NatsVersionError when either has no such form.
 */
export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [parts(a), parts(b)];
  if (!pa || !pb) {
    const bad = pa ? b : a;
    throw new NatsVersionError(`version ${JSON.stringify(bad.slice(0, 40))}: expected major.minor.patch`);
  }
  return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
}

/**
 * Refuses a NATS server older than MIN_NATS_VERSION: `info` is what the server sent on connect
 * (nats.js `nc.info`). Throws NatsVersionError naming the version and the server (`server`, e.g. the
 * URL connected to) when it is older, unreadable or missing.
 */
export function assertNatsVersion(info: { version?: string } | undefined, server = 'NATS'): void {
  const version = info?.version;
  const where = server.slice(0, 120);
  if (!version)
    throw new NatsVersionError(`${where}: the server sent no version; ${MIN_NATS_VERSION}+ required`);
  let older: boolean;
  try {
    older = compareVersions(version, MIN_NATS_VERSION) < 0;
  } catch {
    throw new NatsVersionError(
      `${where}: server version ${JSON.stringify(version.slice(0, 40))} cannot be read; ${MIN_NATS_VERSION}+ required`,
    );
  }
  if (older) {
    throw new NatsVersionError(
      `${where}: NATS server ${version.slice(0, 40)} is too old; ztna-tagsync needs ${MIN_NATS_VERSION} or newer`,
    );
  }
}
