import { intToIPv4 } from '@ztna/proto';
import type { EngineContext } from '../engine-context.js';
import type { ExternalResourceView, FqdnAddressView } from '../model/engine-api.js';

/** The config's FQDN addresses with the addresses the simulated resolver gave them (ascending). */
export function fqdnAddressViews(ctx: EngineContext): FqdnAddressView[] {
  const out: FqdnAddressView[] = [];
  for (const a of ctx.config.addresses.values()) {
    if (a.type !== 'fqdn') continue;
    const ips = [...ctx.book.fqdnMembers(a.name).ips].sort((x, y) => x - y);
    out.push({ name: a.name, fqdn: a.fqdn, addresses: ips.map(intToIPv4) });
  }
  return out;
}

/** The config's external resources with their current entries. */
export function externalResourceViews(ctx: EngineContext): ExternalResourceView[] {
  return [...ctx.config.externalResources.values()].map((r) => ({
    name: r.name,
    status: r.status,
    resource: r.resource,
    refreshRate: r.refreshRate,
    entries: ctx.book.externalEntries(r.name),
  }));
}
