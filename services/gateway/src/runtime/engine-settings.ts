import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseConfigText } from '../fortios/parse.js';
import { CliError, GatewayError } from '../errors.js';
import type { GatewayConfig as FirewallConfig } from '../core/model/config.js';

/** The sample FortiOS config shipped with the gateway (seed-1 topology). */
export const SAMPLE_CONFIG_PATH = fileURLToPath(new URL('../../config/sample.conf', import.meta.url));

/** Engine settings of the gateway process. */
export interface EngineSettings {
  /** FortiOS config file loaded at start (`GATEWAY_CONFIG`). */
  readonly configPath: string;
  /** Re-checks count what they would block without blocking (`GATEWAY_AUDIT`, default false). */
  readonly audit: boolean;
  /** Background sweep delay of dirty sessions, ms (`DIRTY_SWEEP_DELAY_MS`, default 10000, 0 allowed). */
  readonly dirtySweepDelayMs: number;
  /** Period of the engine timer (expiry and sweep), ms (`ENGINE_TICK_MS`, default 100). */
  readonly tickMs: number;
}

/**
 * Reads the engine settings from an environment map; throws one ZTNA_ERR_CONFIG error listing every
 * problem with the variable and the value.
 */
export function loadEngineSettings(env: Readonly<Record<string, string | undefined>>): EngineSettings {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const n = Number(raw);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    problems.push(`${name}: "${raw}" must be an integer from ${min} to ${max}`);
    return fallback;
  };
  const auditRaw = env.GATEWAY_AUDIT?.trim().toLowerCase() || 'false';
  if (!['true', 'false', '1', '0', 'enable', 'disable'].includes(auditRaw)) {
    problems.push(`GATEWAY_AUDIT: "${auditRaw}" must be true or false`);
  }
  const settings: EngineSettings = {
    configPath: env.GATEWAY_CONFIG?.trim() || SAMPLE_CONFIG_PATH,
    audit: ['true', '1', 'enable'].includes(auditRaw),
    dirtySweepDelayMs: int('DIRTY_SWEEP_DELAY_MS', 10_000, 0, 3_600_000),
    tickMs: int('ENGINE_TICK_MS', 100, 1, 60_000),
  };
  if (problems.length > 0) {
    throw new GatewayError('ZTNA_ERR_CONFIG', `invalid engine settings:\n  ${problems.join('\n  ')}`);
  }
  return Object.freeze(settings);
}

/** Reads and parses a FortiOS config file; errors name the file, line and column. */
export function loadFirewallConfig(path: string): FirewallConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new GatewayError('ZTNA_ERR_CONFIG', `GATEWAY_CONFIG: cannot read "${path}"`, { cause: err });
  }
  try {
    return parseConfigText(text);
  } catch (err) {
    if (err instanceof CliError) {
      throw new GatewayError('ZTNA_ERR_CONFIG', `GATEWAY_CONFIG "${path}": ${err.message}`, { cause: err });
    }
    throw err;
  }
}

/** The enabled `config endpoint-control fctems` entries as tag sync's EMS connectors. */
export function connectorsOf(firewall: FirewallConfig): { id: number; serial: string; name: string }[] {
  return [...firewall.fctems.values()]
    .filter((e) => e.status)
    .map((e) => ({ id: e.id, serial: e.serialNumber, name: e.name }));
}
