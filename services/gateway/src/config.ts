import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { createSubjects, DEFAULT_INBOX_PREFIX, inboxPrefixProblem } from '@ztna/proto';
import { apiTokenProblem, isLoopbackHost } from '@ztna/service-kit';
import type { GatewayConfig as FirewallConfig } from './core/model/config.js';
import { CliError, GatewayError } from './errors.js';
import { factoryConfig } from './fortios/factory.js';
import { parseConfigText } from './fortios/parse.js';
import { parseRedisUrl } from './redis/redis-client.js';
import type { EmsConnector } from './tagsync/event-check.js';
import { connectorsOf } from './tagsync/fctems-connectors.js';

export { connectorsOf } from './tagsync/fctems-connectors.js';

/** The sample FortiOS config shipped with the gateway (seed-1 topology). */
export const SAMPLE_CONFIG_PATH = fileURLToPath(new URL('../config/sample.conf', import.meta.url));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * The one schema of the gateway's settings (every field but `connectors` and `firewall`, which have
 * parsers of their own). Each field names the environment variable it is read from.
 */
const Settings = Type.Object({
  gatewayId: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$', env: 'GATEWAY_ID' }),
  natsUrl: Type.String({ env: 'NATS_URL', description: 'nats/tls/ws/wss URLs, comma-separated' }),
  natsInboxPrefix: Type.String({
    env: 'NATS_INBOX_PREFIX',
    description: "prefix of the gateway's reply inboxes (nats.js inboxPrefix), private to its NATS user",
  }),
  redisUrl: Type.String({
    env: 'REDIS_URL',
    description: 'redis/rediss URL, or comma-separated seed nodes of a Redis Cluster',
  }),
  subjectPrefix: Type.String({ env: 'SUBJECT_PREFIX' }),
  streamName: Type.String({ env: 'STREAM_NAME' }),
  redisKeyPrefix: Type.String({ pattern: '^[A-Za-z0-9_.-]{1,64}$', env: 'REDIS_KEY_PREFIX' }),
  httpHost: Type.String({ minLength: 1, env: 'GATEWAY_HTTP_HOST' }),
  httpPort: Type.Integer({ minimum: 0, maximum: 65_535, env: 'GATEWAY_HTTP_PORT' }),
  apiToken: Type.Optional(Type.String({ minLength: 1, env: 'GATEWAY_API_TOKEN' })),
  reconcileIntervalMs: Type.Integer({ minimum: 0, maximum: 86_400_000, env: 'RECONCILE_INTERVAL_MS' }),
  outOfSyncThresholdS: Type.Integer({ minimum: 10, maximum: 3600, env: 'OUT_OF_SYNC_THRESHOLD' }),
  outOfSyncPolicy: Type.Union([Type.Literal('keep'), Type.Literal('flush')], { env: 'OUT_OF_SYNC_POLICY' }),
  batchSize: Type.Integer({ minimum: 1, maximum: 10_000, env: 'TAGSYNC_BATCH_SIZE' }),
  snapshotTimeoutMs: Type.Integer({ minimum: 100, maximum: 60_000, env: 'SNAPSHOT_TIMEOUT_MS' }),
  logLevel: Type.Union(
    LOG_LEVELS.map((l) => Type.Literal(l)),
    { env: 'LOG_LEVEL' },
  ),
  logRequests: Type.Boolean({
    env: 'LOG_REQUESTS',
    description: 'one info line per HTTP request ("incoming request", "request completed")',
  }),
  configPath: Type.String({ minLength: 1, env: 'GATEWAY_CONFIG' }),
  audit: Type.Boolean({ env: 'GATEWAY_AUDIT' }),
  dirtySweepDelayMs: Type.Integer({
    minimum: 0,
    maximum: 3_600_000,
    env: 'DIRTY_SWEEP_DELAY_MS',
    description: 'background sweep delay of dirty sessions, ms (0 = at once)',
  }),
  clock: Type.Union([Type.Literal('system'), Type.Literal('manual')], {
    env: 'CLOCK',
    description: 'system: real time; manual: frozen, moved only by POST /api/v1/clock/advance',
  }),
  tickMs: Type.Integer({
    minimum: 1,
    maximum: 60_000,
    env: 'ENGINE_TICK_MS',
    description: 'period of the engine timer (expiry and sweep), ms',
  }),
  serialNumber: Type.String({ pattern: '^[A-Za-z0-9]{1,32}$', env: 'GATEWAY_SERIAL' }),
  feed: Type.Boolean({ env: 'FEED', description: 'the gateway event feed (JetStream, SSE, syslog)' }),
  feedRingSize: Type.Integer({ minimum: 16, maximum: 1_000_000, env: 'FEED_RING_SIZE' }),
  feedStreamName: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$', env: 'FEED_STREAM_NAME' }),
  feedMaxAgeS: Type.Integer({ minimum: 1, maximum: 31_536_000, env: 'FEED_MAX_AGE_S' }),
  feedMaxBytes: Type.Integer({ minimum: 1_048_576, maximum: 1_099_511_627_776, env: 'FEED_MAX_BYTES' }),
  feedPublishBuffer: Type.Integer({ minimum: 1, maximum: 1_000_000, env: 'FEED_PUBLISH_BUFFER' }),
  streamReplicas: Type.Integer({
    minimum: 1,
    maximum: 5,
    env: 'STREAM_REPLICAS',
    description: "replicas of the gateway's dead-letter stream in a JetStream cluster",
  }),
  deadLetterMaxMsgs: Type.Integer({ minimum: 1, maximum: 10_000_000, env: 'DEAD_LETTER_MAX_MSGS' }),
  deadLetterMaxBytes: Type.Integer({
    minimum: 65_536,
    maximum: 1_099_511_627_776,
    env: 'DEAD_LETTER_MAX_BYTES',
  }),
  deadLetterMaxAgeS: Type.Integer({ minimum: 1, maximum: 31_536_000, env: 'DEAD_LETTER_MAX_AGE_S' }),
  feedSseMaxBufferedBytes: Type.Integer({
    minimum: 65_536,
    maximum: 268_435_456,
    env: 'FEED_SSE_MAX_BUFFERED_BYTES',
  }),
});

/** The gateway process configuration, validated and frozen. */
export type GatewayProcessConfig = Readonly<Static<typeof Settings>> & {
  readonly connectors: readonly EmsConnector[];
  /** The FortiOS config in force at start (`GATEWAY_CONFIG`, parsed). */
  readonly firewall: FirewallConfig;
};

/** Every default in one place; tests spread it and add `gatewayId`, `connectors`, `firewall`. */
export const defaultConfig = Object.freeze({
  natsUrl: 'nats://127.0.0.1:4222',
  natsInboxPrefix: DEFAULT_INBOX_PREFIX,
  redisUrl: 'redis://127.0.0.1:6379',
  subjectPrefix: 'ztna.v1',
  streamName: 'ZTNA_EVENTS',
  redisKeyPrefix: 'ztna',
  httpHost: '127.0.0.1',
  httpPort: 8080,
  apiToken: undefined,
  reconcileIntervalMs: 60_000,
  outOfSyncThresholdS: 180,
  outOfSyncPolicy: 'keep',
  batchSize: 1000,
  snapshotTimeoutMs: 5000,
  logLevel: 'info',
  logRequests: false,
  configPath: SAMPLE_CONFIG_PATH,
  audit: false,
  dirtySweepDelayMs: 10_000,
  tickMs: 100,
  clock: 'system',
  serialNumber: 'FGVM02TM00000001',
  feed: true,
  feedRingSize: 10_000,
  feedStreamName: 'ZTNA_GATEWAY_EVENTS',
  feedMaxAgeS: 86_400,
  feedMaxBytes: 268_435_456,
  feedPublishBuffer: 10_000,
  feedSseMaxBufferedBytes: 1_048_576,
  streamReplicas: 1,
  deadLetterMaxMsgs: 10_000,
  deadLetterMaxBytes: 67_108_864,
  deadLetterMaxAgeS: 604_800,
  connectors: [],
  firewall: factoryConfig(),
} as const satisfies Omit<GatewayProcessConfig, 'gatewayId'>);

const BOOLEANS: Record<string, boolean> = {
  true: true,
  '1': true,
  enable: true,
  false: false,
  '0': false,
  disable: false,
};
const cut = (value: string): string => (value.length > 80 ? `${value.slice(0, 80)}…` : value);

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
      problems.push(`EMS_CONNECTORS: entry "${cut(entry)}" must be <id 1-7>:<serial>:<name>`);
    } else if (!/^[A-Za-z0-9]{1,32}$/.test(serial ?? '')) {
      problems.push(`EMS_CONNECTORS: serial "${cut(serial ?? '')}" of EMS ${n} must match [A-Za-z0-9]{1,32}`);
    } else if (!/^[A-Za-z0-9_.-]{1,35}$/.test(name ?? '')) {
      problems.push(`EMS_CONNECTORS: name "${cut(name ?? '')}" of EMS ${n} must match [A-Za-z0-9_.-]{1,35}`);
    } else if (connectors.some((c) => c.id === n)) {
      problems.push(`EMS_CONNECTORS: id ${n} appears twice`);
    } else {
      connectors.push({ id: n, serial: serial!, name: name! });
    }
  }
  return { connectors, problems };
}

/** Turns the environment's strings into the schema's types (numbers, booleans), defaults for the unset. */
function fromEnv(env: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const raw: Record<string, unknown> = { gatewayId: '' };
  for (const [key, schema] of Object.entries(Settings.properties) as [string, TSchema][]) {
    const text = env[schema.env as string]?.trim();
    const fallback = (defaultConfig as Record<string, unknown>)[key];
    if (text === undefined || text === '') {
      if (fallback !== undefined) raw[key] = fallback;
    } else if (typeof fallback === 'boolean') raw[key] = BOOLEANS[text.toLowerCase()] ?? text;
    else if (typeof fallback === 'number') raw[key] = /^-?\d+$/.test(text) ? Number(text) : text;
    else raw[key] = text;
  }
  return raw;
}

/** One line per schema violation: the variable, the value received, what it must be. */
function schemaProblems(raw: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const error of Value.Errors(Settings, raw)) {
    const key = error.path.slice(1);
    const schema = (Settings.properties as Record<string, TSchema>)[key];
    const what =
      schema?.minimum !== undefined
        ? `must be an integer from ${schema.minimum} to ${schema.maximum}`
        : schema?.anyOf
          ? `must be one of ${(schema.anyOf as TSchema[]).map((s) => s.const as string).join(', ')}`
          : error.message;
    problems.push(`${(schema?.env as string) ?? key}: "${cut(String(error.value ?? ''))}" ${what}`);
  }
  return problems;
}

/**
 * Reads the gateway configuration from an environment map: the settings against the one schema, the
 * EMS connectors, and the FortiOS config file (`GATEWAY_CONFIG`, default the sample); connectors come
 * from `EMS_CONNECTORS`, else from the file's enabled `endpoint-control fctems` entries. Every problem
 * is collected; throws one ZTNA_ERR_CONFIG GatewayError listing them all, each naming the variable and
 * the value. The result is frozen.
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): GatewayProcessConfig {
  const raw = fromEnv(env);
  const problems = schemaProblems(raw);
  const settings = raw as Static<typeof Settings>;
  for (const url of String(settings.natsUrl).split(',')) {
    if (!/^(nats|tls|ws|wss):\/\/\S+$/.test(url.trim())) {
      problems.push(`NATS_URL: "${cut(url)}" must be a nats/tls/ws/wss URL`);
    }
  }
  try {
    parseRedisUrl(String(settings.redisUrl));
  } catch (err) {
    problems.push(`${(err as Error).message} (REDIS_URL: redis/rediss URLs, comma-separated seed nodes)`);
  }
  try {
    createSubjects(String(settings.subjectPrefix), String(settings.streamName));
  } catch (err) {
    problems.push(`SUBJECT_PREFIX/STREAM_NAME: ${(err as Error).message}`);
  }
  const inboxProblem = inboxPrefixProblem(String(settings.natsInboxPrefix));
  if (inboxProblem)
    problems.push(`NATS_INBOX_PREFIX: "${cut(String(settings.natsInboxPrefix))}" ${inboxProblem}`);
  const tokenProblem = apiTokenProblem(String(settings.httpHost), settings.apiToken);
  if (!isLoopbackHost(String(settings.httpHost)) && !settings.apiToken) {
    problems.push(
      `GATEWAY_HTTP_HOST: "${cut(String(settings.httpHost))}" is not loopback, so GATEWAY_API_TOKEN is required`,
    );
  } else if (tokenProblem) {
    problems.push(`GATEWAY_API_TOKEN: ${tokenProblem}`);
  }
  if (settings.reconcileIntervalMs > 0 && settings.reconcileIntervalMs < 1000) {
    problems.push(
      `RECONCILE_INTERVAL_MS: "${settings.reconcileIntervalMs}" must be 0 (off) or at least 1000`,
    );
  }
  const parsed = parseConnectors(env.EMS_CONNECTORS ?? '');
  problems.push(...parsed.problems);
  const firewall = readFirewallConfig(String(settings.configPath), readFile, problems);
  if (problems.length > 0) {
    throw new GatewayError('ZTNA_ERR_CONFIG', `invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const connectors = parsed.connectors.length > 0 ? parsed.connectors : connectorsOf(firewall);
  return Object.freeze({
    ...settings,
    connectors: Object.freeze(connectors.map((c) => Object.freeze(c))),
    firewall,
  });
}

/** Reads and parses a FortiOS config file; a problem names the file, line and column. */
function readFirewallConfig(
  path: string,
  readFile: (path: string) => string,
  problems: string[],
): FirewallConfig {
  let text: string;
  try {
    text = readFile(path);
  } catch (err) {
    problems.push(`GATEWAY_CONFIG: cannot read "${cut(path)}": ${(err as Error).message}`);
    return factoryConfig();
  }
  try {
    return parseConfigText(text);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    problems.push(`GATEWAY_CONFIG "${cut(path)}": ${err.message}`);
    return factoryConfig();
  }
}
