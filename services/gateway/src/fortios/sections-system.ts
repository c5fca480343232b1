import type {
  ExternalResource,
  FctEms,
  SessionTtl,
  SystemGlobal,
  SystemInterface,
  SystemSettings,
} from '../core/model/config.js';
import { entryError } from './cli-fault.js';
import { enable, int, ipMask, oneOf, text, upDown } from './codecs.js';
import { FACTORY_GLOBAL, FACTORY_SESSION_TTL, FACTORY_SETTINGS } from './factory.js';
import { type Flat, get, type SingletonSpec, type TableSpec } from './schema.js';
import { requireSet } from './required.js';
import { fortiosOrder } from './stored-fields.js';
import { EXTERNAL_RESOURCE_ORDER } from './attributes-firewall.js';
import { FCTEMS_ORDER, GLOBAL_ORDER, INTERFACE_ORDER, SETTINGS_ORDER } from './attributes-system.js';

const HOSTNAME = /^[A-Za-z0-9_.-]+$/;

export const systemSettings: SingletonSpec = {
  kind: 'singleton',
  path: 'system settings',
  fields: fortiosOrder(
    [
      { key: 'dyn-addr-session-check', prop: 'dynAddrSessionCheck', codec: enable },
      { key: 'fqdn-session-check', prop: 'fqdnSessionCheck', codec: enable },
      { key: 'ext-resource-session-check', prop: 'extResourceSessionCheck', codec: enable },
      {
        key: 'firewall-session-dirty',
        prop: 'firewallSessionDirty',
        codec: oneOf(['check-all', 'check-new', 'check-policy-option']),
      },
      { key: 'ses-denied-traffic', prop: 'sesDeniedTraffic', codec: enable },
      { key: 'snat-route-change', prop: 'snatRouteChange', codec: enable, hidden: true },
    ],
    SETTINGS_ORDER,
  ),
  defaults: () => ({ ...FACTORY_SETTINGS, snatRouteChange: FACTORY_GLOBAL.snatRouteChange }),
  read: (draft) => ({ ...draft.systemSettings, snatRouteChange: draft.systemGlobal.snatRouteChange }),
  write(draft, flat) {
    const { snatRouteChange, ...settings } = flat;
    draft.systemSettings = Object.freeze(settings) as unknown as SystemSettings;
    draft.systemGlobal = Object.freeze({
      ...draft.systemGlobal,
      snatRouteChange: snatRouteChange as boolean,
    });
  },
};

export const systemGlobal: SingletonSpec = {
  kind: 'singleton',
  path: 'system global',
  fields: fortiosOrder(
    [
      { key: 'hostname', prop: 'hostname', codec: text(35, HOSTNAME) },
      { key: 'block-session-timer', prop: 'blockSessionTimer', codec: int(1, 300) },
      { key: 'strict-dirty-session-check', prop: 'strictDirtySessionCheck', codec: enable },
      { key: 'snat-route-change', prop: 'snatRouteChange', codec: enable },
      { key: 'tcp-halfclose-timer', prop: 'tcpHalfcloseTimer', codec: int(1, 86400) },
      { key: 'tcp-halfopen-timer', prop: 'tcpHalfopenTimer', codec: int(1, 86400) },
      { key: 'tcp-timewait-timer', prop: 'tcpTimewaitTimer', codec: int(0, 300) },
      { key: 'tcp-rst-timer', prop: 'tcpRstTimer', codec: int(5, 300) },
      { key: 'udp-idle-timer', prop: 'udpIdleTimer', codec: int(1, 86400) },
    ],
    GLOBAL_ORDER,
  ),
  defaults: () => ({ ...FACTORY_GLOBAL }),
  read: (draft) => ({ ...draft.systemGlobal }),
  write(draft, flat) {
    draft.systemGlobal = Object.freeze({ ...flat }) as unknown as SystemGlobal;
  },
};

const sessionTtlPort: TableSpec = {
  kind: 'table',
  path: 'port',
  keyKind: 'number',
  keyProp: 'id',
  keyMin: 0,
  keyMax: 4294967295,
  fields: [
    { key: 'protocol', prop: 'protocol', codec: int(0, 255) },
    { key: 'start-port', prop: 'startPort', codec: int(0, 65535) },
    { key: 'end-port', prop: 'endPort', codec: int(0, 65535) },
    { key: 'timeout', prop: 'timeout', codec: int(1, 2764800) },
  ],
  blank: (id) => ({ id, protocol: 0, startPort: 0, endPort: 0, timeout: 300 }),
  flatten: (entry) => ({ ...(entry as Flat) }),
  build(flat, _key, at) {
    if (get<number>(flat, 'startPort') > get<number>(flat, 'endPort')) {
      throw entryError(
        at,
        `session-ttl port ${String(flat.id)}: start-port ${String(flat.startPort)} is above end-port ${String(flat.endPort)}`,
        'start-port must not be greater than end-port',
      );
    }
    return Object.freeze({ ...flat });
  },
};

export const systemSessionTtl: SingletonSpec = {
  kind: 'singleton',
  path: 'system session-ttl',
  fields: [{ key: 'default', prop: 'default', codec: int(300, 2592000) }],
  children: [{ key: 'port', prop: 'port', spec: sessionTtlPort }],
  defaults: () => ({ ...FACTORY_SESSION_TTL }),
  read: (draft) => ({ ...draft.sessionTtl }),
  write(draft, flat) {
    draft.sessionTtl = Object.freeze({ ...flat }) as unknown as SessionTtl;
  },
};

/** First device index FortiOS-like numbering hands out (1 and 2 are the loopback and root devices). */
const FIRST_INDEX = 3;

/** The index a new interface gets after `siblings`: one above the highest, at least 3. */
export function nextInterfaceIndex(siblings: Iterable<unknown>): number {
  let max = FIRST_INDEX - 1;
  for (const s of siblings) max = Math.max(max, (s as SystemInterface).index);
  return max + 1;
}

export const systemInterface: TableSpec = {
  kind: 'table',
  path: 'system interface',
  keyKind: 'name',
  keyProp: 'name',
  namespace: 'interface',
  fields: fortiosOrder(
    [
      { key: 'alias', prop: 'alias', codec: text(25) },
      { key: 'index', prop: 'index', codec: int(1, 65535), extension: true },
      { key: 'ip', prop: 'ip', codec: ipMask },
      { key: 'status', prop: 'status', codec: upDown },
      { key: 'preserve-session-route', prop: 'preserveSessionRoute', codec: enable },
    ],
    INTERFACE_ORDER,
  ),
  table: 'interfaces',
  blank: (name, siblings) => ({
    name,
    index: nextInterfaceIndex(siblings),
    status: true,
    preserveSessionRoute: false,
  }),
  flatten: (entry) => ({ ...(entry as Flat) }),
  build(flat, key, at, draft) {
    for (const other of draft.interfaces.values()) {
      if (other.name !== key && other.index === flat.index) {
        throw entryError(
          at,
          `interface "${String(key)}": index ${String(flat.index)} is already used by "${other.name}"`,
          'A duplicate entry already exists.',
        );
      }
    }
    return Object.freeze({ ...flat });
  },
};

export const systemExternalResource: TableSpec = {
  kind: 'table',
  path: 'system external-resource',
  keyKind: 'name',
  keyProp: 'name',
  namespace: 'address',
  fields: fortiosOrder(
    [
      { key: 'status', prop: 'status', codec: enable },
      { key: 'type', prop: 'type', codec: oneOf(['address']) },
      { key: 'resource', prop: 'resource', codec: text(511) },
      { key: 'refresh-rate', prop: 'refreshRate', codec: int(1, 43200) },
    ],
    EXTERNAL_RESOURCE_ORDER,
  ),
  table: 'externalResources',
  blank: (name) => ({ name, status: true, type: 'address', refreshRate: 5 }),
  flatten: (entry) => ({ ...(entry as Flat) }),
  build(flat, key, at) {
    requireSet(flat, at, `system external-resource "${String(key)}"`, [['resource', 'resource']]);
    return Object.freeze({ ...flat }) as unknown as ExternalResource;
  },
};

export const endpointControlFctems: TableSpec = {
  kind: 'table',
  path: 'endpoint-control fctems',
  keyKind: 'number',
  keyProp: 'id',
  keyMin: 1,
  keyMax: 7,
  fields: fortiosOrder(
    [
      { key: 'name', prop: 'name', codec: text(35) },
      { key: 'status', prop: 'status', codec: enable },
      { key: 'server', prop: 'serverAddress', codec: text(63) },
      { key: 'serial-number', prop: 'serialNumber', codec: text(19) },
      { key: 'out-of-sync-threshold', prop: 'outOfSyncThreshold', codec: int(10, 3600) },
    ],
    FCTEMS_ORDER,
  ),
  table: 'fctems',
  blank: (id) => ({
    id,
    name: '',
    serverAddress: '',
    serialNumber: '',
    status: true,
    outOfSyncThreshold: 180,
  }),
  flatten: (entry) => ({ ...(entry as Flat) }),
  build: (flat) => Object.freeze({ ...flat }) as unknown as FctEms,
};
