import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import { GatewayError } from '../errors.js';

/** What the gateway needs of Redis: the single-node `Redis` and the `Cluster` client both satisfy it. */
export type RedisClient = Redis | Cluster;

/** One seed node of `REDIS_URL`. */
export interface RedisSeed {
  readonly host: string;
  readonly port: number;
}

/** `REDIS_URL` taken apart: the seed nodes and the one set of credentials and TLS they share. */
export interface RedisTarget {
  readonly seeds: readonly RedisSeed[];
  readonly username?: string;
  readonly password?: string;
  readonly tls: boolean;
  readonly db: number;
}

const cut = (value: string): string => (value.length > 80 ? `${value.slice(0, 80)}…` : value);

/**
 * Parses `REDIS_URL`: one `redis://` / `rediss://` URL, or several comma-separated seed nodes of one
 * Redis Cluster (`redis://:pw@h1:6379,h2:6379,redis://h3:6379`: an entry without a scheme takes the
 * first one's; the first entry's credentials, TLS and database apply to all). Throws a RangeError
 * naming the entry when one does not parse.
 */
export function parseRedisUrl(url: string): RedisTarget {
  const entries = url
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new RangeError(`REDIS_URL "${cut(url)}": no node`);
  const scheme = /^(rediss?):\/\//.exec(entries[0]!)?.[1];
  if (!scheme) throw new RangeError(`REDIS_URL entry "${cut(entries[0]!)}": must be a redis/rediss URL`);
  const seeds: RedisSeed[] = [];
  let first: URL | undefined;
  for (const entry of entries) {
    let parsed: URL;
    try {
      parsed = new URL(/^[a-z]+:\/\//i.test(entry) ? entry : `${scheme}://${entry}`);
    } catch {
      throw new RangeError(`REDIS_URL entry "${cut(entry)}": not a URL`);
    }
    if (!/^rediss?:$/.test(parsed.protocol) || !parsed.hostname) {
      throw new RangeError(`REDIS_URL entry "${cut(entry)}": must be a redis/rediss URL with a host`);
    }
    first ??= parsed;
    seeds.push({ host: parsed.hostname.replace(/^\[|\]$/g, ''), port: Number(parsed.port || 6379) });
  }
  const db = Number(first!.pathname.slice(1) || 0);
  if (!Number.isInteger(db) || db < 0) {
    throw new RangeError(`REDIS_URL database "${cut(first!.pathname)}": must be a number`);
  }
  return {
    seeds,
    ...(first!.username ? { username: decodeURIComponent(first!.username) } : {}),
    ...(first!.password ? { password: decodeURIComponent(first!.password) } : {}),
    tls: scheme === 'rediss',
    db,
  };
}

export interface ConnectRedisOptions {
  /** Extra options of the node connections (both clients). */
  readonly redisOptions?: RedisOptions;
  /** Extra options of the Cluster client. */
  readonly clusterOptions?: ClusterOptions;
}

/** True when the node's `INFO cluster` says `cluster_enabled:1`; rejects when it does not answer. */
export async function isClusterNode(target: RedisTarget, seed: RedisSeed): Promise<boolean> {
  const probe = new Redis({
    ...nodeOptions(target),
    host: seed.host,
    port: seed.port,
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 5000,
  });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return /^cluster_enabled:1\s*$/m.test(await probe.info('cluster'));
  } finally {
    probe.disconnect();
  }
}

/**
 * Builds the gateway's Redis client from `REDIS_URL`: an ioredis `Cluster` when the URL lists several
 * seed nodes or its one node runs in cluster mode (`INFO cluster`), else a single-node `Redis`. The
 * Cluster follows MOVED/ASK itself and refreshes its slot map. Rejects with ZTNA_ERR_UNAVAILABLE
 * (naming the node and the cause) when a single URL's node does not answer the probe.
 */
export async function connectRedis(url: string, options: ConnectRedisOptions = {}): Promise<RedisClient> {
  const target = parseRedisUrl(url);
  const seed = target.seeds[0]!;
  let cluster = target.seeds.length > 1;
  if (!cluster) {
    try {
      cluster = await isClusterNode(target, seed);
    } catch (err) {
      throw new GatewayError(
        'ZTNA_ERR_UNAVAILABLE',
        `redis ${seed.host}:${seed.port}: ${(err as Error).message}`,
        { cause: err },
      );
    }
  }
  if (!cluster) return new Redis(url.trim(), options.redisOptions ?? {});
  const redisOptions: RedisOptions = { ...nodeOptions(target), ...options.redisOptions };
  return new Cluster(
    target.seeds.map((s) => ({ host: s.host, port: s.port })),
    {
      redisOptions,
      scaleReads: 'master',
      maxRedirections: 16,
      retryDelayOnMoved: 0,
      retryDelayOnFailover: 200,
      retryDelayOnClusterDown: 200,
      retryDelayOnTryAgain: 100,
      slotsRefreshTimeout: 2000,
      clusterRetryStrategy: (times) => Math.min(100 * 2 ** times, 5000),
      ...options.clusterOptions,
    },
  );
}

function nodeOptions(target: RedisTarget): RedisOptions {
  return {
    ...(target.username ? { username: target.username } : {}),
    ...(target.password ? { password: target.password } : {}),
    ...(target.tls ? { tls: {} } : {}),
  };
}

/**
 * The real cause of a Redis error, for logs and readiness: a transaction's `EXECABORT` is replaced by
 * the errors that aborted it (`MOVED 1234 10.0.0.2:6379`, `CLUSTERDOWN ...`), which ioredis keeps in
 * `previousErrors`. Cut to 200 characters.
 */
export function redisCause(err: unknown): string {
  const e = err as { message?: unknown; previousErrors?: unknown };
  let text = typeof e?.message === 'string' ? e.message : String(err);
  if (text.startsWith('EXECABORT') && Array.isArray(e.previousErrors) && e.previousErrors.length > 0) {
    const causes = [...new Set(e.previousErrors.map((p) => String((p as Error)?.message ?? p)))];
    text = `${causes.join('; ')} (transaction aborted)`;
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
