import type {
  AddressGroup,
  ExternalResource,
  FctEms,
  FirewallAddress,
  FirewallPolicy,
  FirewallService,
  GatewayConfig,
  LogSetting,
  LogSyslogdSetting,
  ServiceGroup,
  SessionTtl,
  StaticRoute,
  SystemGlobal,
  SystemInterface,
  SystemSettings,
} from '../core/model/config.js';
import { FACTORY_LOG_SETTING, FACTORY_LOG_SYSLOGD } from './factory.js';

interface Tables {
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

/** The name of one of the config's tables (`policies`, `addresses`, …). */
export type TableKey = keyof Tables;

/** What {@link Draft.snapshot} keeps: the objects in force at that moment. */
export interface DraftSnapshot {
  readonly tables: Readonly<Tables>;
  readonly singletons: Pick<
    Draft,
    'systemGlobal' | 'systemSettings' | 'sessionTtl' | 'logSetting' | 'logSyslogdSetting'
  >;
}

/**
 * A GatewayConfig being edited. Tables are copied on first write (copy-on-write), so a small edit
 * on a large config copies only the table it touches; entries stay immutable objects. Reads go
 * through the same property names as GatewayConfig.
 */
export class Draft {
  systemGlobal: SystemGlobal;
  systemSettings: SystemSettings;
  sessionTtl: SessionTtl;
  logSetting: LogSetting;
  logSyslogdSetting: LogSyslogdSetting;
  private tables: Tables;
  private readonly owned = new Set<TableKey>();

  constructor(config: GatewayConfig) {
    this.systemGlobal = config.systemGlobal;
    this.systemSettings = config.systemSettings;
    this.sessionTtl = config.sessionTtl;
    this.logSetting = config.logSetting ?? FACTORY_LOG_SETTING;
    this.logSyslogdSetting = config.logSyslogdSetting ?? FACTORY_LOG_SYSLOGD;
    this.tables = {
      interfaces: config.interfaces as Tables['interfaces'],
      staticRoutes: config.staticRoutes as Tables['staticRoutes'],
      addresses: config.addresses as Tables['addresses'],
      addressGroups: config.addressGroups as Tables['addressGroups'],
      externalResources: config.externalResources as Tables['externalResources'],
      services: config.services as Tables['services'],
      serviceGroups: config.serviceGroups as Tables['serviceGroups'],
      policies: config.policies as Tables['policies'],
      fctems: config.fctems as Tables['fctems'],
    };
  }

  get interfaces(): ReadonlyMap<string, SystemInterface> {
    return this.tables.interfaces;
  }
  get staticRoutes(): ReadonlyMap<number, StaticRoute> {
    return this.tables.staticRoutes;
  }
  get addresses(): ReadonlyMap<string, FirewallAddress> {
    return this.tables.addresses;
  }
  get addressGroups(): ReadonlyMap<string, AddressGroup> {
    return this.tables.addressGroups;
  }
  get externalResources(): ReadonlyMap<string, ExternalResource> {
    return this.tables.externalResources;
  }
  get services(): ReadonlyMap<string, FirewallService> {
    return this.tables.services;
  }
  get serviceGroups(): ReadonlyMap<string, ServiceGroup> {
    return this.tables.serviceGroups;
  }
  get policies(): ReadonlyMap<number, FirewallPolicy> {
    return this.tables.policies;
  }
  get fctems(): ReadonlyMap<number, FctEms> {
    return this.tables.fctems;
  }

  /** A table to change: this draft's own copy, made on first write. */
  write<K extends TableKey>(key: K): Tables[K] {
    if (!this.owned.has(key)) {
      this.tables = { ...this.tables, [key]: new Map(this.tables[key] as Map<unknown, unknown>) };
      this.owned.add(key);
    }
    return this.tables[key];
  }

  /** The objects in force now; later writes copy again, so the snapshot never changes. */
  snapshot(): DraftSnapshot {
    this.owned.clear();
    const { systemGlobal, systemSettings, sessionTtl, logSetting, logSyslogdSetting } = this;
    return {
      tables: this.tables,
      singletons: { systemGlobal, systemSettings, sessionTtl, logSetting, logSyslogdSetting },
    };
  }

  /** Goes back to a snapshot of this draft. */
  restore(s: DraftSnapshot): void {
    this.owned.clear();
    this.tables = { ...s.tables };
    Object.assign(this, s.singletons);
  }

  /** The immutable config this draft stands for; later writes to the draft never change it. */
  toConfig(): GatewayConfig {
    const { tables, singletons } = this.snapshot();
    return Object.freeze({ ...singletons, ...tables });
  }
}
