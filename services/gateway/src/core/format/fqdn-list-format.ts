import type { FqdnAddressView } from '../model/engine-api.js';

/**
 * Text of `diagnose firewall fqdn list`: `List all FQDN:`, then one line per resolved name (addresses
 * sharing an FQDN share its line) with an ID numbered from 1 in config order and every resolved
 * address as `ADDR(…)`.
 */
export function formatFqdnList(views: readonly FqdnAddressView[]): string {
  const byFqdn = new Map<string, Set<string>>();
  for (const v of views) {
    const set = byFqdn.get(v.fqdn) ?? new Set<string>();
    for (const a of v.addresses) set.add(a);
    byFqdn.set(v.fqdn, set);
  }
  const lines = ['List all FQDN:'];
  let id = 0;
  for (const [fqdn, addrs] of byFqdn) {
    id += 1;
    lines.push([`${fqdn}: ID(${id})`, ...[...addrs].map((a) => `ADDR(${a})`)].join(' '));
  }
  return lines.join('\n') + '\n';
}
