import { ipv4ToInt } from '@ztna/proto';
import { factoryConfig } from '../src/fortios/factory.js';
import type {
  AddressGroup,
  FirewallAddress,
  FirewallPolicy,
  FirewallService,
  GatewayConfig,
  Prefix,
  SessionTtl,
  StaticRoute,
  SystemGlobal,
  SystemInterface,
  SystemSettings,
} from '../src/core/model/config.js';

/** Interface in test shorthand: `ip` as `'10.0.0.1/24'`. */
export interface TestInterface {
  name: string;
  index: number;
  ip?: string;
  preserveSessionRoute?: boolean;
  status?: boolean;
}

/** Static route in test shorthand: `dst` as `'10.0.0.0/8'`, `gateway` dotted (omit = connected). */
export interface TestRoute {
  seqNum: number;
  dst: string;
  device: string;
  gateway?: string;
  distance?: number;
  priority?: number;
  status?: boolean;
}

export interface TestConfigInput {
  settings?: Partial<SystemSettings>;
  global?: Partial<SystemGlobal>;
  interfaces?: readonly TestInterface[];
  routes?: readonly TestRoute[];
  addresses?: readonly FirewallAddress[];
  addressGroups?: readonly AddressGroup[];
  externalResources?: readonly string[];
  services?: readonly FirewallService[];
  policies?: readonly (Partial<FirewallPolicy> & { policyid: number })[];
  sessionTtl?: Partial<SessionTtl>;
}

/** `'10.1.2.3/24'` → host 10.1.2.3, mask length 24. */
export function parseCidr(text: string): Prefix & { host: number } {
  const [ip = '', len = '32'] = text.split('/');
  const host = ipv4ToInt(ip);
  const masklen = Number(len);
  if (Number.isNaN(host) || !(masklen >= 0 && masklen <= 32)) throw new RangeError(`bad CIDR "${text}"`);
  const addr = masklen === 0 ? 0 : (host & (0xffffffff << (32 - masklen))) >>> 0;
  return { addr, masklen, host };
}

/**
 * Builds a complete {@link GatewayConfig} from partial objects over the FortiOS factory defaults
 * (`factoryConfig()`: SPEC §2.2 knobs, address `all`, predefined services), for tests and benchmarks
 * (the CLI parser is the production path). Policies default to any/any/all/all/ALL accept,
 * `logtraffic all`, `pol_uuid_idx` = policyid × 100; policy order is the input order.
 */
export function testConfig(input: TestConfigInput = {}): GatewayConfig {
  const factory = factoryConfig();
  const systemSettings: SystemSettings = { ...factory.systemSettings, ...input.settings };
  const systemGlobal: SystemGlobal = { ...factory.systemGlobal, ...input.global };
  const interfaces = new Map<string, SystemInterface>(
    (input.interfaces ?? []).map((i) => [
      i.name,
      {
        name: i.name,
        index: i.index,
        ...(i.ip === undefined ? {} : { ip: parseCidr(i.ip) }),
        preserveSessionRoute: i.preserveSessionRoute ?? false,
        status: i.status ?? true,
      },
    ]),
  );
  const staticRoutes = new Map<number, StaticRoute>(
    (input.routes ?? []).map((r) => {
      const { addr, masklen } = parseCidr(r.dst);
      return [
        r.seqNum,
        {
          seqNum: r.seqNum,
          dst: { addr, masklen },
          gateway: r.gateway === undefined ? 0 : ipv4ToInt(r.gateway),
          device: r.device,
          distance: r.distance ?? 10,
          priority: r.priority ?? 1,
          status: r.status ?? true,
        },
      ];
    }),
  );
  const policies = new Map<number, FirewallPolicy>(
    (input.policies ?? []).map((p) => [
      p.policyid,
      {
        uuidIdx: p.policyid * 100,
        status: true,
        srcintf: ['any'],
        dstintf: ['any'],
        srcaddr: ['all'],
        dstaddr: ['all'],
        service: ['ALL'],
        schedule: 'always',
        action: 'accept',
        nat: false,
        logtraffic: 'all',
        ztnaStatus: false,
        ztnaEmsTag: [],
        ztnaEmsTagSecondary: [],
        firewallSessionDirty: 'check-all',
        sessionTtl: 0,
        ...p,
      },
    ]),
  );
  return {
    systemGlobal,
    systemSettings,
    interfaces,
    staticRoutes,
    addresses: new Map([...factory.addresses, ...(input.addresses ?? []).map((a) => [a.name, a] as const)]),
    addressGroups: new Map((input.addressGroups ?? []).map((g) => [g.name, g])),
    externalResources: new Map(
      (input.externalResources ?? []).map((name) => [
        name,
        {
          name,
          type: 'address' as const,
          resource: `https://feeds.invalid/${name}`,
          refreshRate: 5,
          status: true,
        },
      ]),
    ),
    services: new Map([...factory.services, ...(input.services ?? []).map((s) => [s.name, s] as const)]),
    serviceGroups: factory.serviceGroups,
    policies,
    sessionTtl: { ...factory.sessionTtl, ...input.sessionTtl },
    fctems: new Map(),
  };
}
