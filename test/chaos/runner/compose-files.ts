import { firewallConfig } from './firewall-config.js';

/** Host ports (127.0.0.1) the chaos project publishes. */
export interface ComposePorts {
  readonly nats: number;
  readonly redis: number;
  readonly ems: readonly [number, number];
  readonly gateways: readonly [number, number];
}

/** The images the chaos project runs (none is built). */
export interface ComposeImages {
  readonly gateway: string;
  readonly emsMock: string;
  readonly nats: string;
  readonly redis: string;
}

/** What the generated override sets besides ports and images. */
export interface ComposeTuning {
  readonly sweepDelayMs: number;
  readonly snapshotTtlMs: number;
  readonly streamMaxBytes: number;
  readonly logLevel: string;
}

/** Where the gateways read the generated FortiOS config inside their containers. */
export const FIREWALL_CONFIG_PATH = '/etc/ztna-chaos/firewall.conf';

/** The services of `infra/docker-compose.yml` the chaos project starts (`gateway2` is in the gateway2 profile). */
export const COMPOSE_SERVICES = ['nats', 'redis', 'ems-mock', 'ems-mock-2', 'gateway', 'gateway2'] as const;
export type ComposeService = (typeof COMPOSE_SERVICES)[number];

/**
 * Reads `KEY=VALUE` lines (what `infra/gen-env.sh --print` writes); throws naming the first line that
 * is neither such a line, a comment nor blank.
 */
export function parseEnvLines(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const m = /^([A-Z][A-Z0-9_]*)=(\S*)$/.exec(line);
    if (!m) throw new Error(`not a KEY=VALUE line: "${line.slice(0, 60)}"`);
    out[m[1]!] = m[2]!;
  }
  return out;
}

/**
 * The env file of the chaos project (`--env-file`): the credentials, the server images and the admin
 * API ports of the compose file's variables. Never `infra/.env`.
 */
export function composeEnvFile(
  credentials: Readonly<Record<string, string>>,
  ports: ComposePorts,
  images: ComposeImages,
  logLevel: string,
): string {
  const values: Record<string, string | number> = {
    ...credentials,
    NATS_IMAGE: images.nats,
    REDIS_IMAGE: images.redis,
    EMS_PUBLISHED_PORT: ports.ems[0],
    EMS2_PUBLISHED_PORT: ports.ems[1],
    GATEWAY_PUBLISHED_PORT: ports.gateways[0],
    GATEWAY2_PUBLISHED_PORT: ports.gateways[1],
    LOG_LEVEL: logLevel,
  };
  return `${Object.entries(values)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n')}\n`;
}

/**
 * The override file of the chaos project (JSON, which compose reads as YAML): NATS and Redis published
 * on 127.0.0.1 for the judge's direct connections; Redis without persistence (a restart brings it back
 * empty, as the local target's); no restart policy (a container stops only when the runner says so, and
 * an exit it did not ask for is seen); the given images; the EMS snapshot TTL and stream size; each
 * gateway's FortiOS config (`configPaths[i]` on the host, dyn-addr-session-check on for gw1, off for
 * gw2) and sweep delay.
 */
export function composeOverride(
  ports: ComposePorts,
  images: ComposeImages,
  tuning: ComposeTuning,
  configPaths: readonly [string, string],
): string {
  const ems = {
    restart: 'no',
    image: images.emsMock,
    environment: {
      EMS_SNAPSHOT_TTL_MS: String(tuning.snapshotTtlMs),
      STREAM_MAX_BYTES: String(tuning.streamMaxBytes),
    },
  };
  const gateway = (configPath: string) => ({
    restart: 'no',
    image: images.gateway,
    environment: {
      GATEWAY_CONFIG: FIREWALL_CONFIG_PATH,
      DIRTY_SWEEP_DELAY_MS: String(tuning.sweepDelayMs),
      LOG_LEVEL: tuning.logLevel,
    },
    volumes: [`${configPath}:${FIREWALL_CONFIG_PATH}:ro`],
  });
  const override = {
    version: '2.4',
    services: {
      nats: { restart: 'no', ports: [`127.0.0.1:${ports.nats}:4222`] },
      redis: {
        restart: 'no',
        ports: [`127.0.0.1:${ports.redis}:6379`],
        entrypoint: ['redis-server', '/etc/redis/redis.conf', '--appendonly', 'no', '--save', ''],
      },
      'ems-mock': ems,
      'ems-mock-2': ems,
      gateway: gateway(configPaths[0]),
      gateway2: gateway(configPaths[1]),
    },
  };
  return `${JSON.stringify(override, null, 2)}\n`;
}

/** The FortiOS configs of gw1 (dyn-addr-session-check enable) and gw2 (disable), both EMS connectors. */
export function composeFirewallConfigs(): [string, string] {
  return [
    firewallConfig({ ems: 2, dynAddrSessionCheck: true }),
    firewallConfig({ ems: 2, dynAddrSessionCheck: false }),
  ];
}
