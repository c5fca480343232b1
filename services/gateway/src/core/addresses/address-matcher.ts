import { GatewayError } from '../../errors.js';
import type { GatewayConfig } from '../model/config.js';
import { hasMember, prefixRange, type AddressMembers } from './address-members.js';
import { isEmsDynamicName, type AddressBook } from './address-book.js';

/** A compiled list of address names (a policy's srcaddr, dstaddr or one ZTNA tag group). */
export interface AddressMatcher {
  readonly all: boolean;
  /** Static ranges `[low, high, …]` (ipmask, iprange). */
  readonly ranges: readonly number[];
  /** Live holders (dynamic, FQDN, external resource). */
  readonly sets: readonly AddressMembers[];
  /** Every leaf address name the list depends on (groups flattened). */
  readonly names: ReadonlySet<string>;
}

/** Whether `ip` / `mac` belongs to any address of the compiled list. */
export function matchAddress(m: AddressMatcher, ip: number, mac: string | undefined): boolean {
  if (m.all) return true;
  const r = m.ranges;
  for (let i = 0; i < r.length; i += 2) if (ip >= r[i]! && ip <= r[i + 1]!) return true;
  for (const s of m.sets) if (hasMember(s, ip, mac)) return true;
  return false;
}

/**
 * Compiles address names (addresses, nested groups, external resources, EMS dynamic names, `all`) into a
 * matcher. Throws ZTNA_ERR_CLI_REFERENCE naming `field` and the unknown name, or a group cycle.
 */
export function compileAddresses(
  names: readonly string[],
  config: GatewayConfig,
  book: AddressBook,
  field: string,
): AddressMatcher {
  const ranges: number[] = [];
  const sets: AddressMembers[] = [];
  const leaves = new Set<string>();
  let all = false;
  // Depth-first over the group graph, each name visited once (a union needs each member once): linear
  // in the graph however often groups share subgroups. `path` is the chain of groups being visited.
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (name: string): void => {
    if (done.has(name)) return;
    if (!config.addressGroups.has(name)) done.add(name);
    const address = config.addresses.get(name);
    if (address !== undefined) {
      leaves.add(name);
      switch (address.type) {
        case 'ipmask': {
          if (address.subnet.masklen === 0) all = true;
          const [low, high] = prefixRange(address.subnet.addr, address.subnet.masklen);
          ranges.push(low, high);
          return;
        }
        case 'iprange':
          ranges.push(address.startIp, address.endIp);
          return;
        case 'fqdn':
          sets.push(book.fqdnMembers(name));
          return;
        case 'dynamic':
          sets.push(book.dynamicMembers(name));
          return;
      }
    }
    const group = config.addressGroups.get(name);
    if (group !== undefined) {
      if (path.includes(name)) {
        throw new GatewayError(
          'ZTNA_ERR_CLI_REFERENCE',
          `${field}: address group loop ${[...path, name].join(' -> ')}`,
        );
      }
      path.push(name);
      for (const member of group.member) visit(member);
      path.pop();
      done.add(name);
      return;
    }
    if (config.externalResources.has(name)) {
      leaves.add(name);
      sets.push(book.externalMembers(name));
      return;
    }
    if (isEmsDynamicName(name)) {
      leaves.add(name);
      sets.push(book.dynamicMembers(name));
      return;
    }
    if (name === 'all') {
      all = true;
      return;
    }
    throw new GatewayError('ZTNA_ERR_CLI_REFERENCE', `${field}: unknown address "${name}"`);
  };
  for (const name of names) visit(name);
  return { all, ranges, sets, names: leaves };
}
