import { createSubjects } from '@ztna/proto';
import { GatewayError } from './errors.js';
import type { EmsConnector } from './tagsync/event-check.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The gateway process configuration, validated and frozen. */
export interface GatewayProcessConfig {
  readonly gatewayId: string;
  readonly natsUrl: string;
  readonly redisUrl: string;
  readonly connectors: readonly EmsConnector[];
  readonly subjectPrefix: string;
  readonly streamName: string;
  readonly redisKeyPrefix: string;
  readonly httpHost: string;
  /** 0 picks a free port. */
  readonly httpPort: number;
  /** Bearer token for the HTTP API; required when httpHost is not loopback. */
  readonly apiToken: string | undefined;
  /** Periodic snapshot reconcile per EMS, ms; 0 turns it off. */
  readonly reconcileIntervalMs: number;
  /** `out-of-sync-threshold`, seconds (10–3600). */
  readonly outOfSyncThresholdS: number;
  readonly outOfSyncPolicy: 'keep' | 'flush';
  readonly batchSize: number;
  readonly snapshotTimeoutMs: number;
  readonly logLevel: LogLevel;
}

export const defaultConfig = {
  natsUrl: 'nats://127.0.0.1:4222',
  redisUrl: 'redis://127.0.0.1:6379',
  subjectPrefix: 'ztna.v1',
  streamName: 'ZTNA_EVENTS',
  redisKeyPrefix: 'ztna',
  httpHost: '127.0.0.1',
  httpPort: 8080,
  reconcileIntervalMs: 60_000,
  outOfSyncThresholdS: 180,
  outOfSyncPolicy: 'keep',
  batchSize: 1000,
  snapshotTimeoutMs: 5000,
  logLevel: 'info',
} as const satisfies Partial<GatewayProcessConfig>;

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Parses `EMS_CONNECTORS`: comma-separated `<id>:<serial>:<name>` (id 1–7, serial `[A-Za-z0-9]{1,32}`,
 * name `[A-Za-z0-9_.-]{1,35}`, ids unique). Returns the connectors and the problems found.
 */
export function parseConnectors(text: string): { connectors: EmsConnector[]; problems: string[] } {
  const connectors: EmsConnector[] = [];
  const problems: string[] = [];
  for (const entry of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [id, serial, name, extra] = entry.split(':');
    const n = Number(id);
    if (extra !== undefined || !Number.isInteger(n) || n < 1 || n > 7) {
      problems.push(`EMS_CONNECTORS: entry "${entry}" must be <id 1-7>:<serial>:<name>`);
    } else if (!/^[A-Za-z0-9]{1,32}$/.test(serial ?? '')) {
      problems.push(`EMS_CONNECTORS: serial "${serial ?? ''}" of EMS ${n} must match [A-Za-z0-9]{1,32}`);
    } else if (!/^[A-Za-z0-9_.-]{1,35}$/.test(name ?? '')) {
      problems.push(`EMS_CONNECTORS: name "${name ?? ''}" of EMS ${n} must match [A-Za-z0-9_.-]{1,35}`);
    } else if (connectors.some((c) => c.id === n)) {
      problems.push(`EMS_CONNECTORS: id ${n} appears twice`);
    } else {
      connectors.push({ id: n, serial: serial!, name: name! });
    }
  }
  return { connectors, problems };
}

/**
 * Reads the gateway configuration from an environment map, applying {@link defaultConfig}. Every
 * problem is collected; throws one ZTNA_ERR_CONFIG GatewayError listing them all.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): GatewayProcessConfig {
  const problems: string[] = [];
  const text = (name: string, fallback: string): string => env[name]?.trim() || fallback;
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}: "${raw}" must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const url = (name: string, fallback: string, schemes: string[]): string => {
    const value = text(name, fallback);
    let scheme = '';
    try {
      scheme = new URL(value).protocol.replace(/:$/, '');
    } catch {
      scheme = '';
    }
    if (!schemes.includes(scheme)) problems.push(`${name}: "${value}" must be a ${schemes.join('/')} URL`);
    return value;
  };
  const oneOf = <T extends string>(name: string, fallback: T, allowed: readonly T[]): T => {
    const value = text(name, fallback);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${name}: "${value}" must be one of ${allowed.join(', ')}`);
    return fallback;
  };

  const gatewayId = env.GATEWAY_ID?.trim() ?? '';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(gatewayId)) {
    problems.push(`GATEWAY_ID: "${gatewayId}" is required and must match [A-Za-z0-9_-]{1,64}`);
  }
  const parsed = parseConnectors(env.EMS_CONNECTORS ?? '');
  problems.push(...parsed.problems);
  const subjectPrefix = text('SUBJECT_PREFIX', defaultConfig.subjectPrefix);
  const streamName = text('STREAM_NAME', defaultConfig.streamName);
  try {
    createSubjects(subjectPrefix, streamName);
  } catch (err) {
    problems.push(`SUBJECT_PREFIX/STREAM_NAME: ${(err as Error).message}`);
  }
  const redisKeyPrefix = text('REDIS_KEY_PREFIX', defaultConfig.redisKeyPrefix);
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(redisKeyPrefix)) {
    problems.push(`REDIS_KEY_PREFIX: "${redisKeyPrefix}" must match [A-Za-z0-9_.-]{1,64}`);
  }
  const httpHost = text('GATEWAY_HTTP_HOST', defaultConfig.httpHost);
  const apiToken = env.GATEWAY_API_TOKEN?.trim() || undefined;
  if (!LOOPBACK.has(httpHost) && !apiToken) {
    problems.push(`GATEWAY_HTTP_HOST: "${httpHost}" is not loopback, so GATEWAY_API_TOKEN is required`);
  }
  const reconcileIntervalMs = int('RECONCILE_INTERVAL_MS', defaultConfig.reconcileIntervalMs, 0, 86_400_000);
  if (reconcileIntervalMs > 0 && reconcileIntervalMs < 1000) {
    problems.push(`RECONCILE_INTERVAL_MS: "${reconcileIntervalMs}" must be 0 (off) or at least 1000`);
  }
  const config: GatewayProcessConfig = {
    gatewayId,
    natsUrl: url('NATS_URL', defaultConfig.natsUrl, ['nats', 'tls', 'ws', 'wss']),
    redisUrl: url('REDIS_URL', defaultConfig.redisUrl, ['redis', 'rediss']),
    connectors: parsed.connectors,
    subjectPrefix,
    streamName,
    redisKeyPrefix,
    httpHost,
    httpPort: int('GATEWAY_HTTP_PORT', defaultConfig.httpPort, 0, 65_535),
    apiToken,
    reconcileIntervalMs,
    outOfSyncThresholdS: int('OUT_OF_SYNC_THRESHOLD', defaultConfig.outOfSyncThresholdS, 10, 3600),
    outOfSyncPolicy: oneOf('OUT_OF_SYNC_POLICY', defaultConfig.outOfSyncPolicy, ['keep', 'flush']),
    batchSize: int('TAGSYNC_BATCH_SIZE', defaultConfig.batchSize, 1, 10_000),
    snapshotTimeoutMs: int('SNAPSHOT_TIMEOUT_MS', defaultConfig.snapshotTimeoutMs, 100, 60_000),
    logLevel: oneOf('LOG_LEVEL', defaultConfig.logLevel, LOG_LEVELS),
  };
  if (problems.length > 0) {
    throw new GatewayError('ZTNA_ERR_CONFIG', `invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return Object.freeze({
    ...config,
    connectors: Object.freeze(config.connectors.map((c) => Object.freeze(c))),
  });
}
