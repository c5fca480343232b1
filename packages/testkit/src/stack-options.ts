import { TestkitError } from './errors.js';

/** What `startZtnaStack` starts. Every field is optional. */
export interface ZtnaStackOptions {
  /** `in-process` (default): both services in this process; `containers`: testcontainers on one network. */
  mode?: 'in-process' | 'containers';
  /** How many EMS mocks (connector ids 1…n, at most 7; default 1). */
  ems?: number;
  /** How many gateways (default 1), each consuming every EMS. */
  gateways?: number;
  /** `manual`: every service's clock is frozen and moves only by `advance(ms)` (default `system`). */
  clock?: 'system' | 'manual';
  /** Existing NATS (JetStream) / Redis to use (in-process); default: throwaway servers the kit starts. */
  natsUrl?: string;
  redisUrl?: string;
  /** FortiOS config text of every gateway (default: the gateway's sample, the seed-1 network). */
  firewallConfig?: string;
  /** Gateway `DIRTY_SWEEP_DELAY_MS` (default 10 000, as FortiOS). */
  dirtySweepDelayMs?: number;
  /** Gateway `OUT_OF_SYNC_THRESHOLD` in seconds (default 180). */
  outOfSyncThresholdS?: number;
  /** pino level of the services (default `silent`). */
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** containers mode: images (defaults: env GATEWAY_IMAGE, EMS_MOCK_IMAGE, NATS_IMAGE, REDIS_IMAGE). */
  images?: { gateway?: string; emsMock?: string; nats?: string; redis?: string };
}

export type ResolvedOptions = Required<
  Omit<ZtnaStackOptions, 'natsUrl' | 'redisUrl' | 'firewallConfig' | 'images'>
> &
  Pick<ZtnaStackOptions, 'natsUrl' | 'redisUrl' | 'firewallConfig' | 'images'>;

/** The EMS serial of connector `id`: `FCTEMS88220000<id>`, the sample config's scheme. */
export const emsSerial = (id: number): string => `FCTEMS${String(8822000000 + id)}`;

/** Fills the defaults and checks the ranges; ZTNA_TESTKIT_OPTIONS names the field and the value. */
export function resolveOptions(options: ZtnaStackOptions): ResolvedOptions {
  const resolved: ResolvedOptions = {
    mode: 'in-process',
    ems: 1,
    gateways: 1,
    clock: 'system',
    dirtySweepDelayMs: 10_000,
    outOfSyncThresholdS: 180,
    logLevel: 'silent',
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  };
  const problems: string[] = [];
  const int = (field: string, value: number, min: number, max: number): void => {
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${field} ${JSON.stringify(value)}: must be an integer from ${min} to ${max}`);
    }
  };
  if (resolved.mode !== 'in-process' && resolved.mode !== 'containers') {
    problems.push(
      `mode ${JSON.stringify(String(resolved.mode)).slice(0, 80)}: must be in-process or containers`,
    );
  }
  if (resolved.clock !== 'system' && resolved.clock !== 'manual') {
    problems.push(`clock ${JSON.stringify(String(resolved.clock)).slice(0, 80)}: must be system or manual`);
  }
  int('ems', resolved.ems, 1, 7);
  int('gateways', resolved.gateways, 1, 16);
  int('dirtySweepDelayMs', resolved.dirtySweepDelayMs, 0, 3_600_000);
  int('outOfSyncThresholdS', resolved.outOfSyncThresholdS, 10, 3600);
  if (problems.length > 0) {
    throw new TestkitError('ZTNA_TESTKIT_OPTIONS', `startZtnaStack: ${problems.join('; ')}`);
  }
  return resolved;
}
