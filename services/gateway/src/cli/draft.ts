import type {
  AddressGroup,
  ExternalResource,
  FctEms,
  FirewallAddress,
  FirewallPolicy,
  FirewallService,
  GatewayConfig,
  ServiceGroup,
  SessionTtl,
  StaticRoute,
  SystemGlobal,
  SystemInterface,
  SystemSettings,
} from '../model/config.js';

/** A GatewayConfig being edited: the same shape with mutable maps. Entries stay immutable objects. */
export interface Draft {
  systemGlobal: SystemGlobal;
  systemSettings: SystemSettings;
  sessionTtl: SessionTtl;
  interfaces: Map<string, SystemInterface>;
  staticRoutes: Map<number, StaticRoute>;
  addresses: Map<string, FirewallAddress>;
  addressGroups: Map<string, AddressGroup>;
  externalResources: Map<string, ExternalResource>;
  services: Map<string, FirewallService>;
  serviceGroups: Map<string, ServiceGroup>;
  policies: Map<number, FirewallPolicy>;
  fctems: Map<number, FctEms>;
}

/** A fresh draft over `config` (maps copied, so editing it never touches `config`). */
export function toDraft(config: GatewayConfig): Draft {
  return {
    systemGlobal: config.systemGlobal,
    systemSettings: config.systemSettings,
    sessionTtl: config.sessionTtl,
    interfaces: new Map(config.interfaces),
    staticRoutes: new Map(config.staticRoutes),
    addresses: new Map(config.addresses),
    addressGroups: new Map(config.addressGroups),
    externalResources: new Map(config.externalResources),
    services: new Map(config.services),
    serviceGroups: new Map(config.serviceGroups),
    policies: new Map(config.policies),
    fctems: new Map(config.fctems),
  };
}

/** The immutable config a draft stands for (maps copied again, the object frozen). */
export function toConfig(draft: Draft): GatewayConfig {
  return Object.freeze(toDraft(draft));
}
