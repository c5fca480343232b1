import type { FirewallPolicy, StaticRoute } from '../core/model/config.js';
import { enable, int, ipv4, oneOf, ref, refs, subnet, text, zeroOr } from './codecs.js';
import { requireSet } from './required.js';
import type { Flat, TableSpec } from './schema.js';
import { fortiosOrder } from './stored-fields.js';
import { POLICY_ORDER, STATIC_ORDER } from './attributes-firewall.js';

/**
 * `pol_uuid_idx` of a policy: a fixed offset from its id, so it is stable across edits, moves and
 * reloads (seed 1's policy 3 prints pol_uuid_idx=15849).
 */
export const UUID_IDX_BASE = 15846;

export const firewallPolicy: TableSpec = {
  kind: 'table',
  path: 'firewall policy',
  keyKind: 'number',
  keyProp: 'policyid',
  keyMin: 1,
  keyMax: 4294967294,
  autoKey: true,
  movable: true,
  fields: fortiosOrder(
    [
      { key: 'name', prop: 'name', codec: text(35) },
      { key: 'status', prop: 'status', codec: enable },
      { key: 'srcintf', prop: 'srcintf', codec: refs('interface-or-any') },
      { key: 'dstintf', prop: 'dstintf', codec: refs('interface-or-any') },
      { key: 'action', prop: 'action', codec: oneOf(['accept', 'deny']) },
      { key: 'ztna-status', prop: 'ztnaStatus', codec: enable },
      { key: 'ztna-ems-tag', prop: 'ztnaEmsTag', codec: refs('ems-tag') },
      { key: 'ztna-ems-tag-secondary', prop: 'ztnaEmsTagSecondary', codec: refs('ems-tag') },
      { key: 'srcaddr', prop: 'srcaddr', codec: refs('address') },
      { key: 'dstaddr', prop: 'dstaddr', codec: refs('address') },
      { key: 'schedule', prop: 'schedule', codec: ref('schedule'), alwaysShown: true },
      { key: 'service', prop: 'service', codec: refs('service') },
      { key: 'logtraffic', prop: 'logtraffic', codec: oneOf(['all', 'utm', 'disable']) },
      {
        key: 'firewall-session-dirty',
        prop: 'firewallSessionDirty',
        codec: oneOf(['check-all', 'check-new']),
      },
      { key: 'session-ttl', prop: 'sessionTtl', codec: zeroOr(300, 2764800) },
      { key: 'nat', prop: 'nat', codec: enable },
    ],
    POLICY_ORDER,
  ),
  table: 'policies',
  blank: (policyid) => ({
    policyid,
    uuidIdx: UUID_IDX_BASE + Number(policyid),
    status: true,
    srcintf: [],
    dstintf: [],
    srcaddr: [],
    dstaddr: [],
    service: [],
    schedule: 'always',
    action: 'deny',
    nat: false,
    logtraffic: 'utm',
    ztnaStatus: false,
    ztnaEmsTag: [],
    ztnaEmsTagSecondary: [],
    firewallSessionDirty: 'check-all',
    sessionTtl: 0,
  }),
  flatten: (entry) => ({ ...(entry as Flat) }),
  build(flat, key, at): FirewallPolicy {
    requireSet(flat, at, `firewall policy ${String(key)}`, [
      ['srcintf', 'srcintf'],
      ['dstintf', 'dstintf'],
      ['srcaddr', 'srcaddr'],
      ['dstaddr', 'dstaddr'],
      ['service', 'service'],
    ]);
    return Object.freeze({ ...flat }) as unknown as FirewallPolicy;
  },
};

export const routerStatic: TableSpec = {
  kind: 'table',
  path: 'router static',
  keyKind: 'number',
  keyProp: 'seqNum',
  keyMin: 1,
  keyMax: 4294967295,
  autoKey: true,
  fields: fortiosOrder(
    [
      { key: 'status', prop: 'status', codec: enable },
      { key: 'dst', prop: 'dst', codec: subnet },
      { key: 'gateway', prop: 'gateway', codec: ipv4 },
      { key: 'distance', prop: 'distance', codec: int(1, 255) },
      { key: 'priority', prop: 'priority', codec: int(1, 65535) },
      { key: 'device', prop: 'device', codec: ref('interface') },
    ],
    STATIC_ORDER,
  ),
  table: 'staticRoutes',
  blank: (seqNum) => ({
    seqNum,
    status: true,
    dst: { addr: 0, masklen: 0 },
    gateway: 0,
    distance: 10,
    priority: 1,
  }),
  flatten: (entry) => ({ ...(entry as Flat) }),
  build(flat, key, at): StaticRoute {
    requireSet(flat, at, `router static ${String(key)}`, [['device', 'device']]);
    return Object.freeze({ ...flat }) as unknown as StaticRoute;
  },
};
