import { Type, type Static } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import {
  createSubjects,
  DEFAULT_DUPLICATE_WINDOW_MS,
  DEFAULT_INBOX_PREFIX,
  inboxPrefixProblem,
  type Subjects,
} from '@ztna/proto';
import { apiTokenProblem, issuesOf, preview } from '@ztna/service-kit';
import { EmsError } from './errors.js';

const Int = (minimum: number, maximum: number) => Type.Integer({ minimum, maximum });

/** The instance config's values, each with its range: the one place they are checked. */
export const EmsMockSettings = Type.Object(
  {
    /** EMS connector id, 1–7. */
    emsId: Int(1, 7),
    serial: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }),
    tenant: Type.String({ minLength: 1, maxLength: 64 }),
    /** HTTP admin API host; a non-loopback host requires `apiToken`. */
    httpHost: Type.String({ minLength: 1, maxLength: 255 }),
    /** undefined = no HTTP server; 0 = a random port. */
    httpPort: Type.Optional(Int(0, 65535)),
    apiToken: Type.Optional(Type.String({ minLength: 1, maxLength: 1024 })),
    bodyLimitBytes: Int(1024, 64 * 1024 * 1024),
    /** Most publishes awaiting their JetStream ack at once. */
    publishWindow: Int(1, 65536),
    /** A publish not acked within this many ms is retried (same message id). */
    publishTimeoutMs: Int(100, 600_000),
    /** First retry backoff after a failed publish, doubling up to `retryMaxMs`. */
    retryMinMs: Int(1, 60_000),
    retryMaxMs: Int(1, 600_000),
    /** Produced-but-unacked events above which churn and scenarios wait. */
    maxQueued: Int(1, 10_000_000),
    /** JetStream duplicate window of the stream. */
    duplicateWindowMs: Int(1000, 86_400_000),
    /** Replicas of the event stream in a JetStream cluster, applied on create and on update. */
    streamReplicas: Int(1, 5),
    /** Most bytes the event stream keeps (`max_bytes`, on create and on update). */
    streamMaxBytes: Int(1024, 1_099_511_627_776),
    /**
     * What the full stream does (`discard`): `old` drops the oldest events (gateways behind resync by
     * snapshot); `new` refuses publishes and the mock reports it on `/readyz`.
     */
    streamDiscard: Type.Union([Type.Literal('old'), Type.Literal('new')]),
    /** Oldest event the stream keeps, ms (`max_age`, on create and on update). */
    streamMaxAgeMs: Int(1000, 31_536_000_000),
    snapshotPageSize: Int(1, 100_000),
    snapshotMaxPageSize: Int(1, 100_000),
    /** How long a frozen snapshot is kept after its last page was asked for. */
    snapshotTtlMs: Int(1000, 86_400_000),
    /** Heartbeat period (id, incarnation, seq on the heartbeat subject), ms; 0 turns it off. */
    heartbeatIntervalMs: Int(0, 60_000),
    /** One info line per HTTP request ("incoming request", "request completed"); off by default. */
    logRequests: Type.Boolean(),
  },
  { additionalProperties: false },
);

/** Everything an EMS mock instance needs besides its clients. */
export type EmsMockConfig = Readonly<Static<typeof EmsMockSettings>> & {
  readonly subjects: Subjects;
  readonly httpPort: number | undefined;
  readonly apiToken: string | undefined;
};

/** The process-level config read by main.ts. */
export interface ServiceConfig extends EmsMockConfig {
  readonly natsUrl: string;
  /** `NATS_INBOX_PREFIX`: prefix of the mock's reply inboxes (nats.js `inboxPrefix`), private to its NATS user. */
  readonly natsInboxPrefix: string;
  readonly logLevel: string;
  /** `CLOCK`: system (real time) or manual (frozen; moved by `POST /api/v1/clock/advance`). */
  readonly clock: 'system' | 'manual';
}

/** What `createEmsMock` takes: any field of the config; the serial follows `emsId` unless given. */
export type EmsMockOptions = Partial<EmsMockConfig> & { emsId: number };

/** `FCTEMS` + 10 digits, derived from the connector id when no serial is given. */
export const defaultSerial = (emsId: number): string => `FCTEMS${String(emsId).padStart(10, '0')}`;

/** Every default of an instance (tests spread it); `serial` is derived from `emsId` when not given. */
export const defaultConfig: Readonly<Omit<EmsMockConfig, 'serial'>> = Object.freeze({
  emsId: 1,
  tenant: 'default',
  subjects: createSubjects('ztna.v1', 'ZTNA_EVENTS'),
  httpHost: '127.0.0.1',
  httpPort: undefined,
  apiToken: undefined,
  bodyLimitBytes: 1024 * 1024,
  publishWindow: 1024,
  publishTimeoutMs: 5000,
  retryMinMs: 100,
  retryMaxMs: 5000,
  maxQueued: 50_000,
  duplicateWindowMs: DEFAULT_DUPLICATE_WINDOW_MS,
  streamReplicas: 1,
  streamMaxBytes: 1024 * 1024 * 1024,
  streamMaxAgeMs: 86_400_000,
  streamDiscard: 'old',
  snapshotPageSize: 1000,
  snapshotMaxPageSize: 5000,
  snapshotTtlMs: 60_000,
  heartbeatIntervalMs: 1000,
  logRequests: false,
});

/** Defaults of the process-level settings main.ts reads (the instance defaults are `defaultConfig`). */
export const defaults = {
  subjectPrefix: 'ztna.v1',
  streamName: 'ZTNA_EVENTS',
  httpPort: 8081,
  natsUrl: 'nats://127.0.0.1:4222',
  natsInboxPrefix: DEFAULT_INBOX_PREFIX,
  logLevel: 'info',
  clock: 'system',
} as const;

const checkSettings = TypeCompiler.Compile(EmsMockSettings);

/** Every problem of a filled-in config, each as `field value: reason`. */
function problemsOf(config: EmsMockConfig): string[] {
  const { subjects: _subjects, ...settings } = config;
  const defined = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
  const problems = checkSettings.Check(defined)
    ? []
    : issuesOf(checkSettings, 'config', defined).map(
        (i) => `${i.field.replace(/^config\./, '')} ${preview(i.value)}: ${i.reason}`,
      );
  if (config.retryMaxMs < config.retryMinMs) {
    problems.push(`retryMaxMs ${config.retryMaxMs}: must be at least retryMinMs (${config.retryMinMs})`);
  }
  if (config.snapshotPageSize > config.snapshotMaxPageSize) {
    problems.push(
      `snapshotPageSize ${config.snapshotPageSize}: must be at most snapshotMaxPageSize (${config.snapshotMaxPageSize})`,
    );
  }
  const tokenProblem = apiTokenProblem(config.httpHost, config.apiToken);
  if (config.httpPort !== undefined && tokenProblem) {
    problems.push(`apiToken ${config.apiToken === undefined ? 'undefined' : '(given)'}: ${tokenProblem}`);
  }
  return problems;
}

/**
 * Fills `defaultConfig` and validates an instance config against `EmsMockSettings` and the rules
 * between fields. Throws one EmsError (EMS_ERR_CONFIG) listing every problem, each naming the field and
 * the value. The result is frozen.
 */
export function resolveConfig(options: EmsMockOptions): Readonly<EmsMockConfig> {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const config: EmsMockConfig = {
    ...defaultConfig,
    serial: defaultSerial(options.emsId),
    ...given,
  } as EmsMockConfig;
  const problems = problemsOf(config);
  if (problems.length > 0) throw new EmsError('EMS_ERR_CONFIG', `invalid config: ${problems.join('; ')}`);
  return Object.freeze(config);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const ENV_NAMES: Record<string, string> = {
  emsId: 'EMS_ID',
  serial: 'EMS_SERIAL',
  tenant: 'EMS_TENANT',
  httpHost: 'EMS_HTTP_HOST',
  httpPort: 'EMS_HTTP_PORT',
  apiToken: 'EMS_API_TOKEN',
  streamReplicas: 'STREAM_REPLICAS',
  streamMaxBytes: 'STREAM_MAX_BYTES',
  streamMaxAgeMs: 'STREAM_MAX_AGE_MS',
  streamDiscard: 'STREAM_DISCARD',
  heartbeatIntervalMs: 'EMS_HEARTBEAT_INTERVAL_MS',
  snapshotTtlMs: 'EMS_SNAPSHOT_TTL_MS',
  logRequests: 'LOG_REQUESTS',
};

/**
 * Reads the service config from an environment map (`process.env` in main.ts): NATS_URL, EMS_ID,
 * EMS_SERIAL, EMS_TENANT, EMS_HTTP_HOST, EMS_HTTP_PORT, EMS_API_TOKEN, SUBJECT_PREFIX, STREAM_NAME,
 * STREAM_REPLICAS, STREAM_MAX_BYTES, STREAM_MAX_AGE_MS, STREAM_DISCARD, EMS_HEARTBEAT_INTERVAL_MS,
 * EMS_SNAPSHOT_TTL_MS, NATS_INBOX_PREFIX, LOG_LEVEL,
 * LOG_REQUESTS, CLOCK; NATS_URL may list several servers, comma-separated. Reports every
 * problem together in one EmsError (EMS_ERR_CONFIG), each naming the variable
 * and the value; the result is frozen.
 */
export function loadConfig(env: Record<string, string | undefined>): Readonly<ServiceConfig> {
  const problems: string[] = [];
  const number = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (/^\d+$/.test(raw.trim())) return Number(raw);
    problems.push(`${name} ${preview(raw)}: must be an integer`);
    return fallback;
  };
  const boolean = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.trim().toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    problems.push(`${name} ${preview(env[name])}: must be true or false`);
    return fallback;
  };
  const natsUrl = env.NATS_URL || defaults.natsUrl;
  for (const url of natsUrl.split(',')) {
    if (!/^(nats|tls|ws|wss):\/\/[^\s,]+$/.test(url.trim())) {
      problems.push(`NATS_URL ${preview(url)}: must be a nats:// URL`);
    }
  }
  const natsInboxPrefix = env.NATS_INBOX_PREFIX || defaults.natsInboxPrefix;
  const inboxProblem = inboxPrefixProblem(natsInboxPrefix);
  if (inboxProblem) problems.push(`NATS_INBOX_PREFIX ${preview(natsInboxPrefix)}: ${inboxProblem}`);
  const clock = env.CLOCK || defaults.clock;
  if (clock !== 'system' && clock !== 'manual') {
    problems.push(`CLOCK ${preview(clock)}: must be one of system, manual`);
  }
  const discard = env.STREAM_DISCARD || defaultConfig.streamDiscard;
  if (discard !== 'old' && discard !== 'new') {
    problems.push(`STREAM_DISCARD ${preview(discard)}: must be one of old, new`);
  }
  const logLevel = env.LOG_LEVEL || defaults.logLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL ${preview(logLevel)}: must be one of ${LOG_LEVELS.join(', ')}`);
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
  let instance: Readonly<EmsMockConfig> | undefined;
  try {
    instance = resolveConfig({
      emsId: number('EMS_ID', defaultConfig.emsId),
      serial: env.EMS_SERIAL || undefined,
      tenant: env.EMS_TENANT || undefined,
      subjects,
      httpHost: env.EMS_HTTP_HOST || undefined,
      httpPort: number('EMS_HTTP_PORT', defaults.httpPort),
      apiToken: env.EMS_API_TOKEN || undefined,
      streamReplicas: number('STREAM_REPLICAS', defaultConfig.streamReplicas),
      streamMaxBytes: number('STREAM_MAX_BYTES', defaultConfig.streamMaxBytes),
      streamMaxAgeMs: number('STREAM_MAX_AGE_MS', defaultConfig.streamMaxAgeMs),
      streamDiscard: discard === 'new' ? 'new' : 'old',
      heartbeatIntervalMs: number('EMS_HEARTBEAT_INTERVAL_MS', defaultConfig.heartbeatIntervalMs),
      snapshotTtlMs: number('EMS_SNAPSHOT_TTL_MS', defaultConfig.snapshotTtlMs),
      logRequests: boolean('LOG_REQUESTS', defaultConfig.logRequests),
    });
  } catch (err) {
    const named = (err as Error).message.replace(/^invalid config: /, '');
    const fields = Object.keys(ENV_NAMES).join('|');
    problems.push(
      named.replace(new RegExp(`\\b(${fields}) `, 'g'), (_m, field: string) => `${ENV_NAMES[field]} `),
    );
  }
  if (problems.length > 0 || !instance) {
    throw new EmsError('EMS_ERR_CONFIG', `invalid environment: ${problems.join('; ')}`);
  }
  return Object.freeze({
    ...instance,
    natsUrl,
    natsInboxPrefix,
    logLevel,
    clock: clock as ServiceConfig['clock'],
  });
}
