import { compileAddresses, matchAddress, type AddressMatcher } from '../addresses/address-matcher.js';
import type { AddressBook } from '../addresses/address-book.js';
import { GatewayError } from '../../errors.js';
import type { FirewallPolicy, GatewayConfig } from '../model/config.js';
import { compileServices, matchService, type ServiceMatcher } from './service-matcher.js';

/** A policy ready for lookups; interfaces are kernel indexes, `undefined` = `any`. */
export interface CompiledPolicy {
  readonly id: number;
  readonly source: FirewallPolicy;
  readonly srcintf: ReadonlySet<number> | undefined;
  readonly dstintf: ReadonlySet<number> | undefined;
  readonly srcaddr: AddressMatcher;
  readonly dstaddr: AddressMatcher;
  readonly service: ServiceMatcher;
  readonly ztnaTag: AddressMatcher | undefined;
  readonly ztnaTagSecondary: AddressMatcher | undefined;
  /** Leaf address names this policy depends on. */
  readonly addressNames: ReadonlySet<string>;
}

/** The 5-tuple and context a policy lookup needs. */
export interface PolicyQuery {
  proto: number;
  src: number;
  dst: number;
  dport: number;
  srcIntf: number;
  dstIntf: number;
  srcMac: string | undefined;
}

/** Top-down, first-match policy list; `lookup` returns undefined for the implicit deny (policy 0). */
export class PolicyTable {
  readonly ordered: readonly CompiledPolicy[];
  readonly byId: ReadonlyMap<number, CompiledPolicy>;
  /** Addresses referenced by at least one policy: a change to any other address touches no session. */
  readonly referenced: ReadonlySet<string>;

  /** Compiles every policy; throws ZTNA_ERR_CLI_REFERENCE naming the policy and the unknown object. */
  constructor(config: GatewayConfig, book: AddressBook) {
    const ordered: CompiledPolicy[] = [];
    const referenced = new Set<string>();
    for (const p of config.policies.values()) {
      const c = compilePolicy(p, config, book);
      for (const n of c.addressNames) referenced.add(n);
      ordered.push(c);
    }
    this.ordered = ordered;
    this.byId = new Map(ordered.map((p) => [p.id, p]));
    this.referenced = referenced;
  }

  lookup(q: PolicyQuery): CompiledPolicy | undefined {
    for (const p of this.ordered) if (matches(p, q)) return p;
    return undefined;
  }
}

/** Whether the policy matches the query (status, interfaces, addresses, service, ZTNA tags). */
export function matches(p: CompiledPolicy, q: PolicyQuery): boolean {
  if (!p.source.status) return false;
  if (p.srcintf !== undefined && !p.srcintf.has(q.srcIntf)) return false;
  if (p.dstintf !== undefined && !p.dstintf.has(q.dstIntf)) return false;
  if (!matchService(p.service, q.proto, q.dport)) return false;
  if (!matchAddress(p.srcaddr, q.src, q.srcMac)) return false;
  if (!matchAddress(p.dstaddr, q.dst, undefined)) return false;
  if (p.ztnaTag !== undefined && !matchAddress(p.ztnaTag, q.src, q.srcMac)) return false;
  if (p.ztnaTagSecondary !== undefined && !matchAddress(p.ztnaTagSecondary, q.src, q.srcMac)) return false;
  return true;
}

function compilePolicy(p: FirewallPolicy, config: GatewayConfig, book: AddressBook): CompiledPolicy {
  const field = (name: string): string => `firewall policy ${p.policyid} ${name}`;
  const intfs = (names: readonly string[], name: string): ReadonlySet<number> | undefined => {
    if (names.includes('any')) return undefined;
    return new Set(
      names.map((n) => {
        const intf = config.interfaces.get(n);
        if (intf === undefined)
          throw new GatewayError('ZTNA_ERR_CLI_REFERENCE', `${field(name)}: unknown interface "${n}"`);
        return intf.index;
      }),
    );
  };
  const srcaddr = compileAddresses(p.srcaddr, config, book, field('srcaddr'));
  const dstaddr = compileAddresses(p.dstaddr, config, book, field('dstaddr'));
  const ztna = p.ztnaStatus && p.ztnaEmsTag.length > 0;
  const ztnaSecondary = p.ztnaStatus && p.ztnaEmsTagSecondary.length > 0;
  const ztnaTag = ztna ? compileAddresses(p.ztnaEmsTag, config, book, field('ztna-ems-tag')) : undefined;
  const ztnaTagSecondary = ztnaSecondary
    ? compileAddresses(p.ztnaEmsTagSecondary, config, book, field('ztna-ems-tag-secondary'))
    : undefined;
  const addressNames = new Set([
    ...srcaddr.names,
    ...dstaddr.names,
    ...(ztnaTag?.names ?? []),
    ...(ztnaTagSecondary?.names ?? []),
  ]);
  return {
    id: p.policyid,
    source: p,
    srcintf: intfs(p.srcintf, 'srcintf'),
    dstintf: intfs(p.dstintf, 'dstintf'),
    srcaddr,
    dstaddr,
    service: compileServices(p.service, config, field('service')),
    ztnaTag,
    ztnaTagSecondary,
    addressNames,
  };
}
