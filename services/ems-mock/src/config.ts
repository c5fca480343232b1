import { createSubjects, type Subjects } from '@ztna/proto';
import { EmsError } from './errors.js';

/** Everything an EMS mock instance needs besides its clients. */
export interface EmsMockConfig {
  /** EMS connector id, 1–7. */
  readonly emsId: number;
  readonly serial: string;
  readonly tenant: string;
  readonly subjects: Subjects;
  /** HTTP admin API host; a non-loopback host requires `apiToken`. */
  readonly httpHost: string;
  /** undefined = no HTTP server; 0 = a random port. */
  readonly httpPort: number | undefined;
  readonly apiToken: string | undefined;
  readonly bodyLimitBytes: number;
  /** Most publishes awaiting their JetStream ack at once. */
  readonly publishWindow: number;
  /** A publish not acked within this many ms is retried (same message id). */
  readonly publishTimeoutMs: number;
  readonly retryMinMs: number;
  readonly retryMaxMs: number;
  /** Produced-but-unacked events above which churn and scenarios wait. */
  readonly maxQueued: number;
  /** JetStream duplicate window of the stream. */
  readonly duplicateWindowMs: number;
  readonly snapshotPageSize: number;
  readonly snapshotMaxPageSize: number;
  /** How long a frozen snapshot is kept after its last page was asked for. */
  readonly snapshotTtlMs: number;
  /** Heartbeat period (id, incarnation, seq on the heartbeat subject), ms; 0 turns it off. */
  readonly heartbeatIntervalMs: number;
}

/** The process-level config read by main.ts. */
export interface ServiceConfig extends EmsMockConfig {
  readonly natsUrl: string;
  readonly logLevel: string;
}

export type EmsMockOptions = Partial<EmsMockConfig> & { emsId: number };

export const defaults = {
  tenant: 'default',
  subjectPrefix: 'ztna.v1',
  streamName: 'ZTNA_EVENTS',
  httpHost: '127.0.0.1',
  httpPort: 8081,
  bodyLimitBytes: 1024 * 1024,
  publishWindow: 1024,
  publishTimeoutMs: 5000,
  retryMinMs: 100,
  retryMaxMs: 5000,
  maxQueued: 50_000,
  duplicateWindowMs: 120_000,
  snapshotPageSize: 1000,
  snapshotMaxPageSize: 5000,
  snapshotTtlMs: 60_000,
  heartbeatIntervalMs: 1000,
  natsUrl: 'nats://127.0.0.1:4222',
  logLevel: 'info',
} as const;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const ENV_NAMES: Record<string, string> = {
  emsId: 'EMS_ID',
  heartbeatIntervalMs: 'EMS_HEARTBEAT_INTERVAL_MS',
  httpPort: 'EMS_HTTP_PORT',
  serial: 'EMS_SERIAL',
  apiToken: 'EMS_API_TOKEN',
};
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** `FCTEMS` + 10 digits, derived from the connector id when no serial is given. */
export const defaultSerial = (emsId: number): string => `FCTEMS${String(emsId).padStart(10, '0')}`;

export const isLoopback = (host: string): boolean => LOOPBACK.has(host);

/**
 * Fills defaults and validates an instance config. Throws one EmsError (EMS_ERR_CONFIG) listing every
 * problem, each naming the field and the value. The result is frozen.
 */
export function resolveConfig(options: EmsMockOptions): Readonly<EmsMockConfig> {
  const problems: string[] = [];
  const int = (field: string, value: number | undefined, min: number, max: number): void => {
    if (value === undefined) return;
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${field} ${JSON.stringify(value)}: must be an integer in ${min}..${max}`);
    }
  };
  const config: EmsMockConfig = {
    emsId: options.emsId,
    serial: options.serial ?? defaultSerial(options.emsId),
    tenant: defaults.tenant,
    subjects: options.subjects ?? createSubjects(defaults.subjectPrefix, defaults.streamName),
    httpHost: defaults.httpHost,
    httpPort: undefined,
    apiToken: undefined,
    bodyLimitBytes: defaults.bodyLimitBytes,
    publishWindow: defaults.publishWindow,
    publishTimeoutMs: defaults.publishTimeoutMs,
    retryMinMs: defaults.retryMinMs,
    retryMaxMs: defaults.retryMaxMs,
    maxQueued: defaults.maxQueued,
    duplicateWindowMs: defaults.duplicateWindowMs,
    snapshotPageSize: defaults.snapshotPageSize,
    snapshotMaxPageSize: defaults.snapshotMaxPageSize,
    snapshotTtlMs: defaults.snapshotTtlMs,
    heartbeatIntervalMs: defaults.heartbeatIntervalMs,
    ...stripUndefined(options),
  };
  int('emsId', config.emsId, 1, 7);
  int('httpPort', config.httpPort, 0, 65535);
  int('bodyLimitBytes', config.bodyLimitBytes, 1024, 64 * 1024 * 1024);
  int('publishWindow', config.publishWindow, 1, 65536);
  int('publishTimeoutMs', config.publishTimeoutMs, 100, 600_000);
  int('retryMinMs', config.retryMinMs, 1, 60_000);
  int('retryMaxMs', config.retryMaxMs, config.retryMinMs, 600_000);
  int('maxQueued', config.maxQueued, 1, 10_000_000);
  int('duplicateWindowMs', config.duplicateWindowMs, 1000, 86_400_000);
  int('snapshotMaxPageSize', config.snapshotMaxPageSize, 1, 100_000);
  int('snapshotPageSize', config.snapshotPageSize, 1, config.snapshotMaxPageSize);
  int('snapshotTtlMs', config.snapshotTtlMs, 1000, 86_400_000);
  int('heartbeatIntervalMs', config.heartbeatIntervalMs, 0, 60_000);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(config.serial)) {
    problems.push(`serial ${JSON.stringify(config.serial)}: must match [A-Za-z0-9_-]{1,64}`);
  }
  if (config.httpPort !== undefined && !isLoopback(config.httpHost) && !config.apiToken) {
    problems.push(
      `apiToken undefined: required when the HTTP API listens on the non-loopback host ${JSON.stringify(config.httpHost)}`,
    );
  }
  if (problems.length > 0) throw new EmsError('EMS_ERR_CONFIG', `invalid config: ${problems.join('; ')}`);
  return Object.freeze(config);
}

/**
 * Reads the service config from an environment map (`process.env` in main.ts): NATS_URL, EMS_ID,
 * EMS_SERIAL, EMS_TENANT, EMS_HTTP_HOST, EMS_HTTP_PORT, EMS_API_TOKEN, EMS_HEARTBEAT_INTERVAL_MS,
 * SUBJECT_PREFIX, STREAM_NAME, LOG_LEVEL. Reports every problem together in one EmsError (EMS_ERR_CONFIG); the result is frozen.
 */
export function loadConfig(env: Record<string, string | undefined>): Readonly<ServiceConfig> {
  const problems: string[] = [];
  const number = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (/^\d+$/.test(raw.trim())) return Number(raw);
    problems.push(`${name} ${JSON.stringify(raw)}: must be an integer`);
    return fallback;
  };
  const natsUrl = env.NATS_URL || defaults.natsUrl;
  if (!/^(nats|tls|ws|wss):\/\/[^\s]+$/.test(natsUrl)) {
    problems.push(`NATS_URL ${JSON.stringify(natsUrl)}: must be a nats:// URL`);
  }
  const logLevel = env.LOG_LEVEL || defaults.logLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL ${JSON.stringify(logLevel)}: must be one of ${LOG_LEVELS.join(', ')}`);
  }
  let subjects: Subjects | undefined;
  try {
    subjects = createSubjects(
      env.SUBJECT_PREFIX || defaults.subjectPrefix,
      env.STREAM_NAME || defaults.streamName,
    );
  } catch (err) {
    problems.push(`SUBJECT_PREFIX/STREAM_NAME: ${(err as Error).message}`);
  }
  const emsId = number('EMS_ID', 1);
  const httpPort = number('EMS_HTTP_PORT', defaults.httpPort);
  let instance: Readonly<EmsMockConfig> | undefined;
  try {
    instance = resolveConfig({
      emsId,
      serial: env.EMS_SERIAL || undefined,
      tenant: env.EMS_TENANT || undefined,
      subjects,
      httpHost: env.EMS_HTTP_HOST || undefined,
      httpPort,
      apiToken: env.EMS_API_TOKEN || undefined,
      heartbeatIntervalMs: number('EMS_HEARTBEAT_INTERVAL_MS', defaults.heartbeatIntervalMs),
    });
  } catch (err) {
    const named = (err as Error).message.replace(/^invalid config: /, '');
    problems.push(
      named.replace(
        /\b(emsId|httpPort|serial|apiToken|heartbeatIntervalMs) /g,
        (_m, field: string) => `${ENV_NAMES[field]} `,
      ),
    );
  }
  if (problems.length > 0 || !instance) {
    throw new EmsError('EMS_ERR_CONFIG', `invalid environment: ${problems.join('; ')}`);
  }
  return Object.freeze({ ...instance, natsUrl, logLevel });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
