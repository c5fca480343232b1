import { ipv4ToInt, isIPv4 } from '@ztna/proto';
import { GatewayError } from '../../errors.js';
import { prefixRange } from './address-members.js';

/**
 * Parses threat-feed lines (`1.2.3.4`, `10.0.0.0/8`, `10.0.0.1-10.0.0.9`) into inclusive ranges
 * `[low, high, low, high, …]`. Blank lines and `#` comments are skipped; anything else is rejected
 * with ZTNA_ERR_CLI_VALUE naming the entry.
 */
export function parseExternalEntries(name: string, entries: readonly string[]): number[] {
  const out: number[] = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (entry === '' || entry.startsWith('#')) continue;
    const range = parseEntry(entry);
    if (range === undefined) {
      throw new GatewayError('ZTNA_ERR_CLI_VALUE', `external resource ${name}: invalid entry "${raw}"`);
    }
    out.push(range[0], range[1]);
  }
  return out;
}

function parseEntry(entry: string): [number, number] | undefined {
  const slash = entry.indexOf('/');
  if (slash > 0) {
    const ip = entry.slice(0, slash);
    const len = Number(entry.slice(slash + 1));
    if (!isIPv4(ip) || !Number.isInteger(len) || len < 0 || len > 32) return undefined;
    return prefixRange(ipv4ToInt(ip), len);
  }
  const dash = entry.indexOf('-');
  if (dash > 0) {
    const a = entry.slice(0, dash);
    const b = entry.slice(dash + 1);
    if (!isIPv4(a) || !isIPv4(b)) return undefined;
    const low = ipv4ToInt(a);
    const high = ipv4ToInt(b);
    return low <= high ? [low, high] : undefined;
  }
  return isIPv4(entry) ? [ipv4ToInt(entry), ipv4ToInt(entry)] : undefined;
}
