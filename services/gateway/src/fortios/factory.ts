import type {
  FirewallAddress,
  LogSetting,
  LogSyslogdSetting,
  GatewayConfig,
  SessionTtl,
  SystemGlobal,
  SystemSettings,
} from '../core/model/config.js';
import { predefinedServiceGroups, predefinedServices } from './factory-services.js';

/** `config system settings` as FortiOS ships it (SPEC §2.2). */
export const FACTORY_SETTINGS: SystemSettings = Object.freeze({
  dynAddrSessionCheck: false,
  fqdnSessionCheck: false,
  extResourceSessionCheck: false,
  firewallSessionDirty: 'check-all',
  sesDeniedTraffic: false,
});

/** `config system global` as FortiOS ships it (SPEC §2.2). */
export const FACTORY_GLOBAL: SystemGlobal = Object.freeze({
  hostname: 'FortiGate-VM64',
  blockSessionTimer: 30,
  strictDirtySessionCheck: true,
  snatRouteChange: false,
  tcpHalfcloseTimer: 120,
  tcpHalfopenTimer: 10,
  tcpTimewaitTimer: 1,
  tcpRstTimer: 5,
  udpIdleTimer: 180,
});

/** `config log setting` as FortiOS ships it: the implicit deny does not log. */
export const FACTORY_LOG_SETTING: LogSetting = Object.freeze({ fwpolicyImplicitLog: false });

/** `config log syslogd setting` as FortiOS ships it: disabled, port 514, UDP. */
export const FACTORY_LOG_SYSLOGD: LogSyslogdSetting = Object.freeze({
  status: false,
  server: '',
  port: 514,
  mode: 'udp',
});

export const FACTORY_SESSION_TTL: SessionTtl = Object.freeze({ default: 3600, port: [] });

const FACTORY_ADDRESSES: readonly FirewallAddress[] = [
  { name: 'all', type: 'ipmask', subnet: { addr: 0, masklen: 0 } },
  { name: 'none', type: 'ipmask', subnet: { addr: 0, masklen: 32 } },
];

const byName = <T extends { readonly name: string }>(items: readonly T[]): Map<string, T> =>
  new Map(items.map((i) => [i.name, i]));

/**
 * The configuration a FortiGate has before anyone configures it: SPEC §2.2 defaults, address `all`
 * (0.0.0.0/0) and `none`, schedule `always` (implicit), the predefined services and service groups,
 * `system session-ttl` default 3600, no interfaces, routes, policies or EMS connectors. A new object
 * every call.
 */
export function factoryConfig(): GatewayConfig {
  return Object.freeze({
    systemGlobal: FACTORY_GLOBAL,
    systemSettings: FACTORY_SETTINGS,
    logSetting: FACTORY_LOG_SETTING,
    logSyslogdSetting: FACTORY_LOG_SYSLOGD,
    sessionTtl: FACTORY_SESSION_TTL,
    interfaces: new Map(),
    staticRoutes: new Map(),
    addresses: byName(FACTORY_ADDRESSES),
    addressGroups: new Map(),
    externalResources: new Map(),
    services: byName(predefinedServices()),
    serviceGroups: byName(predefinedServiceGroups()),
    policies: new Map(),
    fctems: new Map(),
  });
}
