/**
 * The live members of an address whose content changes at run time (EMS dynamic, FQDN, external
 * resource). Compiled policies hold a reference to it, so an update is seen by the next lookup
 * without recompiling anything.
 */
export interface AddressMembers {
  readonly ips: Set<number>;
  readonly macs: Set<string>;
  /** Inclusive [low, high] pairs of unsigned 32-bit addresses (external resource CIDRs and ranges). */
  ranges: number[];
}

/** A new holder with no members. */
export function emptyMembers(): AddressMembers {
  return { ips: new Set(), macs: new Set(), ranges: [] };
}

/** Whether `ip` (or `mac`, when given) is a member. */
export function hasMember(m: AddressMembers, ip: number, mac: string | undefined): boolean {
  if (m.ips.has(ip)) return true;
  if (mac !== undefined && m.macs.size > 0 && m.macs.has(mac)) return true;
  const r = m.ranges;
  for (let i = 0; i < r.length; i += 2) if (ip >= r[i]! && ip <= r[i + 1]!) return true;
  return false;
}

/** Unsigned network address and last address of `addr/masklen`. */
export function prefixRange(addr: number, masklen: number): [number, number] {
  if (masklen === 0) return [0, 0xffffffff];
  const mask = (0xffffffff << (32 - masklen)) >>> 0;
  const low = (addr & mask) >>> 0;
  return [low, (low | (~mask >>> 0)) >>> 0];
}
