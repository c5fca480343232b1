/**
 * The gateway's configuration as typed objects, one field per FortiOS knob, named as FortiOS spells it
 * (camelCase of the CLI keyword). The CLI parser produces it, `show` prints it back, the engine consumes
 * it. Values are already validated: IPv4 addresses are unsigned 32-bit integers, prefixes carry their
 * mask length. A config is immutable: an edit produces a new object.
 */

/**
 * FortiOS attributes accepted and shown back but not simulated (`uuid`, `vdom`, `allowaccess`, fctems
 * `capabilities`, …): key → value as `show` prints it.
 */
export type StoredAttributes = Readonly<Record<string, string>>;

/** Every config object may carry stored attributes. */
export interface WithStoredAttributes {
  readonly attrs?: StoredAttributes;
}

/** IPv4 prefix: `addr` is the network address as an unsigned 32-bit integer, `masklen` 0–32. */
export interface Prefix {
  readonly addr: number;
  readonly masklen: number;
}

export type FirewallSessionDirty = 'check-all' | 'check-new' | 'check-policy-option';

/** `config system settings` (VDOM). */
export interface SystemSettings extends WithStoredAttributes {
  readonly dynAddrSessionCheck: boolean; // default disable
  readonly fqdnSessionCheck: boolean; // default disable
  readonly extResourceSessionCheck: boolean; // default disable
  readonly firewallSessionDirty: FirewallSessionDirty; // default check-all
  readonly sesDeniedTraffic: boolean; // default disable
}

/** `config system global`. */
export interface SystemGlobal extends WithStoredAttributes {
  readonly hostname: string; // default FortiGate-VM64
  readonly blockSessionTimer: number; // seconds, 1–300, default 30
  readonly strictDirtySessionCheck: boolean; // default enable
  /** FortiOS keeps it in `system global`; the seed shows it in `system settings`: both are accepted. */
  readonly snatRouteChange: boolean; // default disable
  readonly tcpHalfcloseTimer: number; // seconds, default 120
  readonly tcpHalfopenTimer: number; // seconds, default 10
  readonly tcpTimewaitTimer: number; // seconds, default 1
  /** Length of the TCP CLOSE state after a RST (FortiOS 7.4 CLI reference: 5–300 s, default 5). */
  readonly tcpRstTimer: number;
  readonly udpIdleTimer: number; // seconds, default 180
}

/** `config system interface` entry. `index` is the kernel device index printed as `dev=9->3`. */
export interface SystemInterface extends WithStoredAttributes {
  readonly name: string;
  readonly index: number;
  readonly ip?: Prefix & { readonly host: number }; // host address and mask: `set ip 10.0.0.1 255.255.255.0`
  readonly preserveSessionRoute: boolean; // default disable
  readonly status: boolean; // up
  readonly alias?: string;
}

/** `config router static` entry. */
export interface StaticRoute extends WithStoredAttributes {
  readonly seqNum: number;
  readonly dst: Prefix; // default 0.0.0.0/0
  readonly gateway: number; // 0 = directly connected
  readonly device: string;
  readonly distance: number; // default 10
  readonly priority: number; // default 1
  readonly status: boolean;
}

export type FirewallAddress = WithStoredAttributes &
  (
    | { readonly name: string; readonly type: 'ipmask'; readonly subnet: Prefix; readonly comment?: string }
    | {
        readonly name: string;
        readonly type: 'iprange';
        readonly startIp: number;
        readonly endIp: number;
        readonly comment?: string;
      }
    | { readonly name: string; readonly type: 'fqdn'; readonly fqdn: string; readonly comment?: string }
    /** EMS tag object: members come from tag sync (IPs, or MACs when `macAddr`). */
    | {
        readonly name: string;
        readonly type: 'dynamic';
        readonly subType: 'ems-tag';
        /** Unset on FortiOS's own FCTEMS_ALL_FORTICLOUD_SERVERS. */
        readonly objTag?: string;
        readonly macAddr: boolean;
        readonly comment?: string;
      }
  );

/** `config system external-resource` entry (threat feed); usable as an address in policies. */
export interface ExternalResource extends WithStoredAttributes {
  readonly name: string;
  readonly type: 'address';
  readonly resource: string; // URL: data only, never fetched
  readonly refreshRate: number; // minutes, default 5
  readonly status: boolean;
}

export interface AddressGroup extends WithStoredAttributes {
  readonly name: string;
  readonly member: readonly string[]; // addresses or nested groups
}

export interface PortRange {
  readonly low: number;
  readonly high: number;
}

/** `config firewall service custom` entry (predefined ones included). */
export interface FirewallService extends WithStoredAttributes {
  readonly name: string;
  readonly protocol: 'TCP/UDP/SCTP' | 'ICMP' | 'IP';
  readonly tcpPortrange: readonly PortRange[];
  readonly udpPortrange: readonly PortRange[];
  readonly icmptype?: number; // ICMP only; undefined = any
  readonly protocolNumber?: number; // IP only; 0 or undefined = any
  readonly category?: string;
}

export interface ServiceGroup extends WithStoredAttributes {
  readonly name: string;
  readonly member: readonly string[];
}

/** `config firewall policy` entry. */
export interface FirewallPolicy extends WithStoredAttributes {
  readonly policyid: number;
  readonly name?: string;
  readonly uuidIdx: number; // pol_uuid_idx printed in session lists
  readonly status: boolean;
  readonly srcintf: readonly string[];
  readonly dstintf: readonly string[];
  readonly srcaddr: readonly string[];
  readonly dstaddr: readonly string[];
  readonly service: readonly string[];
  readonly schedule: string; // always
  readonly action: 'accept' | 'deny';
  readonly nat: boolean;
  readonly logtraffic: 'all' | 'utm' | 'disable'; // default utm
  readonly ztnaStatus: boolean;
  readonly ztnaEmsTag: readonly string[]; // OR across tags
  readonly ztnaEmsTagSecondary: readonly string[]; // ANDed with the primary group
  readonly firewallSessionDirty: 'check-all' | 'check-new';
  readonly sessionTtl: number; // 0 = from `config system session-ttl`
}

/** `config system session-ttl`: `default` and per-port entries. */
export interface SessionTtl {
  readonly default: number; // seconds, default 3600
  readonly port: readonly {
    readonly id: number;
    readonly protocol: number;
    readonly startPort: number;
    readonly endPort: number;
    readonly timeout: number;
  }[];
}

/** `config endpoint-control fctems` entry: one EMS connector. */
export interface FctEms extends WithStoredAttributes {
  readonly id: number; // 1–7
  readonly name: string;
  readonly serverAddress: string; // data only
  readonly serialNumber: string;
  readonly status: boolean;
  readonly outOfSyncThreshold: number; // seconds, 10–3600, default 180
}

/** `config log setting` (only what the traffic log needs). */
export interface LogSetting {
  /** `fwpolicy-implicit-log`: log traffic denied by the implicit deny (policy 0); default disable. */
  readonly fwpolicyImplicitLog: boolean;
}

/** `config log syslogd setting`: where traffic log lines go as syslog. */
export interface LogSyslogdSetting {
  readonly status: boolean; // default disable
  readonly server: string; // IPv4 address or host name; data until status is enabled
  readonly port: number; // default 514
  /** `udp` (RFC 5426) or `reliable` (TCP, RFC 6587 octet counting); default udp. */
  readonly mode: 'udp' | 'reliable';
}

export interface GatewayConfig {
  readonly systemGlobal: SystemGlobal;
  /** Absent = factory values (FACTORY_LOG_SETTING). */
  readonly logSetting?: LogSetting;
  /** Absent = factory values (FACTORY_LOG_SYSLOGD: disabled). */
  readonly logSyslogdSetting?: LogSyslogdSetting;
  readonly systemSettings: SystemSettings;
  readonly interfaces: ReadonlyMap<string, SystemInterface>;
  readonly staticRoutes: ReadonlyMap<number, StaticRoute>;
  readonly addresses: ReadonlyMap<string, FirewallAddress>;
  readonly addressGroups: ReadonlyMap<string, AddressGroup>;
  readonly externalResources: ReadonlyMap<string, ExternalResource>;
  readonly services: ReadonlyMap<string, FirewallService>;
  readonly serviceGroups: ReadonlyMap<string, ServiceGroup>;
  readonly policies: ReadonlyMap<number, FirewallPolicy>; // iteration order = evaluation order
  readonly sessionTtl: SessionTtl;
  readonly fctems: ReadonlyMap<number, FctEms>;
}
