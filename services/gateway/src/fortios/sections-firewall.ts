import type { FirewallAddress, FirewallService, Prefix } from '../core/model/config.js';
import { entryError } from './cli-fault.js';
import { int, ipv4, oneOf, portRanges, refs, subnet, text } from './codecs.js';
import { requireSet } from './required.js';
import { fortiosOrder } from './stored-fields.js';
import {
  ADDRESS_ORDER,
  ADDRGRP_ORDER,
  SERVICE_CUSTOM_ORDER,
  SERVICE_GROUP_ORDER,
} from './attributes-firewall.js';
import { type Flat, get, type TableSpec } from './schema.js';
import type { Token } from './tokenizer.js';

const FQDN = /^[A-Za-z0-9*]([A-Za-z0-9*-]*[A-Za-z0-9])?(\.[A-Za-z0-9*]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/;
const ANY: Prefix = { addr: 0, masklen: 0 };

const withComment = (flat: Flat): { comment?: string } =>
  flat.comment === undefined ? {} : { comment: get<string>(flat, 'comment') };

export const firewallAddress: TableSpec = {
  kind: 'table',
  path: 'firewall address',
  keyKind: 'name',
  keyProp: 'name',
  namespace: 'address',
  fields: fortiosOrder(
    [
      { key: 'type', prop: 'type', codec: oneOf(['ipmask', 'iprange', 'fqdn', 'dynamic']) },
      { key: 'sub-type', prop: 'subType', codec: oneOf(['ems-tag']) },
      { key: 'obj-type', prop: 'objType', codec: oneOf(['ip', 'mac']) },
      { key: 'obj-tag', prop: 'objTag', codec: text(255) },
      { key: 'subnet', prop: 'subnet', codec: subnet },
      { key: 'start-ip', prop: 'startIp', codec: ipv4 },
      { key: 'end-ip', prop: 'endIp', codec: ipv4 },
      { key: 'fqdn', prop: 'fqdn', codec: text(255, FQDN) },
      { key: 'comment', prop: 'comment', codec: text(255) },
    ],
    ADDRESS_ORDER,
  ),
  table: 'addresses',
  blank: (name) => ({ name, type: 'ipmask', subnet: ANY, startIp: 0, endIp: 0, objType: 'ip' }),
  flatten(entry) {
    const a = entry as FirewallAddress;
    const base = { name: a.name, type: a.type, comment: a.comment };
    switch (a.type) {
      case 'ipmask':
        return { ...base, subnet: a.subnet };
      case 'iprange':
        return { ...base, startIp: a.startIp, endIp: a.endIp };
      case 'fqdn':
        return { ...base, fqdn: a.fqdn };
      case 'dynamic':
        return { ...base, subType: a.subType, objTag: a.objTag, objType: a.macAddr ? 'mac' : 'ip' };
    }
  },
  build(flat, key, at): FirewallAddress {
    const name = String(key);
    const what = `firewall address "${name}"`;
    switch (get<FirewallAddress['type']>(flat, 'type')) {
      case 'ipmask':
        return Object.freeze({
          name,
          type: 'ipmask',
          subnet: get<Prefix>(flat, 'subnet') ?? ANY,
          ...withComment(flat),
        });
      case 'iprange': {
        const startIp = get<number>(flat, 'startIp') ?? 0;
        const endIp = get<number>(flat, 'endIp') ?? 0;
        if (startIp > endIp) {
          throw entryError(
            at,
            `${what}: start-ip is above end-ip`,
            'start-ip must not be greater than end-ip',
          );
        }
        return Object.freeze({ name, type: 'iprange', startIp, endIp, ...withComment(flat) });
      }
      case 'fqdn':
        requireSet(flat, at, what, [['fqdn', 'fqdn']]);
        return Object.freeze({ name, type: 'fqdn', fqdn: get<string>(flat, 'fqdn'), ...withComment(flat) });
      case 'dynamic':
        // obj-tag may stay unset: FortiOS's own FCTEMS_ALL_FORTICLOUD_SERVERS (and the EMS-synced tag
        // objects) are `set type dynamic` + `set sub-type ems-tag` alone in FortiOS 7.x config backups
        requireSet(flat, at, what, [['sub-type', 'subType']]);
        return Object.freeze({
          name,
          type: 'dynamic',
          subType: 'ems-tag',
          ...(flat.objTag === undefined ? {} : { objTag: get<string>(flat, 'objTag') }),
          macAddr: flat.objType === 'mac',
          ...withComment(flat),
        });
    }
  },
};

/** Refuses a group that contains itself, directly or through nested groups. */
function refuseCycle(
  groups: ReadonlyMap<string, { readonly member: readonly string[] }>,
  name: string,
  member: readonly string[],
  at: Token,
  what: string,
): void {
  const seen = new Set<string>();
  const stack = [...member];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === name) {
      throw entryError(
        at,
        `${what}: member '${next}' makes the group contain itself`,
        'Loop detected in group members.',
      );
    }
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(groups.get(next)?.member ?? []));
  }
}

function groupSpec(
  path: string,
  namespace: 'address' | 'service',
  table: 'addressGroups' | 'serviceGroups',
  order: Parameters<typeof fortiosOrder>[1],
): TableSpec {
  return {
    kind: 'table',
    path,
    keyKind: 'name',
    keyProp: 'name',
    namespace,
    fields: fortiosOrder([{ key: 'member', prop: 'member', codec: refs(namespace) }], order),
    table,
    blank: (name) => ({ name, member: [] }),
    flatten: (entry) => ({ ...(entry as Flat) }),
    build(flat, key, at, draft) {
      const what = `${path} "${String(key)}"`;
      requireSet(flat, at, what, [['member', 'member']]);
      const member = get<readonly string[]>(flat, 'member');
      refuseCycle(draft[table], String(key), member, at, what);
      return Object.freeze({ name: String(key), member });
    },
  };
}

export const firewallAddrgrp = groupSpec('firewall addrgrp', 'address', 'addressGroups', ADDRGRP_ORDER);
export const firewallServiceGroup = groupSpec(
  'firewall service group',
  'service',
  'serviceGroups',
  SERVICE_GROUP_ORDER,
);

export const firewallServiceCustom: TableSpec = {
  kind: 'table',
  path: 'firewall service custom',
  keyKind: 'name',
  keyProp: 'name',
  namespace: 'service',
  fields: fortiosOrder(
    [
      { key: 'category', prop: 'category', codec: text(63) },
      { key: 'protocol', prop: 'protocol', codec: oneOf(['TCP/UDP/SCTP', 'ICMP', 'IP']) },
      { key: 'tcp-portrange', prop: 'tcpPortrange', codec: portRanges },
      { key: 'udp-portrange', prop: 'udpPortrange', codec: portRanges },
      { key: 'icmptype', prop: 'icmptype', codec: int(0, 255) },
      { key: 'protocol-number', prop: 'protocolNumber', codec: int(0, 254) },
    ],
    SERVICE_CUSTOM_ORDER,
  ),
  table: 'services',
  blank: (name) => ({ name, protocol: 'TCP/UDP/SCTP', tcpPortrange: [], udpPortrange: [] }),
  flatten: (entry) => ({ ...(entry as Flat) }),
  build(flat, key, at): FirewallService {
    const name = String(key);
    const category = flat.category === undefined ? {} : { category: get<string>(flat, 'category') };
    const protocol = get<FirewallService['protocol']>(flat, 'protocol');
    if (protocol === 'TCP/UDP/SCTP') {
      const tcpPortrange = get<FirewallService['tcpPortrange']>(flat, 'tcpPortrange');
      const udpPortrange = get<FirewallService['udpPortrange']>(flat, 'udpPortrange');
      if (tcpPortrange.length + udpPortrange.length === 0) {
        throw entryError(
          at,
          `firewall service custom "${name}": set tcp-portrange or udp-portrange`,
          'Attribute tcp-portrange or udp-portrange MUST be set.',
        );
      }
      return Object.freeze({ name, protocol, tcpPortrange, udpPortrange, ...category });
    }
    const extra =
      protocol === 'ICMP'
        ? flat.icmptype === undefined
          ? {}
          : { icmptype: get<number>(flat, 'icmptype') }
        : flat.protocolNumber === undefined
          ? {}
          : { protocolNumber: get<number>(flat, 'protocolNumber') };
    return Object.freeze({ name, protocol, tcpPortrange: [], udpPortrange: [], ...category, ...extra });
  },
};
