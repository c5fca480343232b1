import type {
  DynamicAddressObject,
  EndpointRecord,
  MembershipChange,
  MembershipDelta,
} from '../core/model/membership.js';
import type { EndpointState } from './endpoint-state.js';
import type { MembershipMirror } from './membership-mirror.js';

/** A dynamic address with its members, for JSON views. */
export interface DynamicAddressMembers extends DynamicAddressObject {
  readonly members: readonly string[];
}

/** The whole mirror as one change: defines every address and adds every member. */
export function fullChange(mirror: MembershipMirror): MembershipChange {
  const deltas: MembershipDelta[] = [];
  for (const [address, counts] of mirror.refs) {
    for (const member of counts.keys()) deltas.push({ address, member, op: 'add' });
  }
  return { revision: mirror.revision, created: [...mirror.addresses.values()], deltas };
}

/**
 * The change that turns what `before` showed into what `after` holds, at `revision`: addresses new by
 * name or ID are created, members compared address by address.
 */
export function mirrorChange(
  before: MembershipMirror,
  after: MembershipMirror,
  revision: number,
): MembershipChange {
  const created = [...after.addresses.values()].filter((a) => before.addresses.get(a.name)?.id !== a.id);
  const deltas: MembershipDelta[] = [];
  for (const [address, counts] of before.refs) {
    for (const member of counts.keys()) {
      if (after.count(address, member) === 0) deltas.push({ address, member, op: 'remove' });
    }
  }
  for (const [address, counts] of after.refs) {
    for (const member of counts.keys()) {
      if (before.count(address, member) === 0) deltas.push({ address, member, op: 'add' });
    }
  }
  return { revision, created, deltas };
}

/** Address objects with their current members, by ID. */
export function dynamicAddressList(mirror: MembershipMirror): DynamicAddressMembers[] {
  return [...mirror.addresses.values()]
    .sort((a, b) => a.id - b.id)
    .map((a) => ({ ...a, members: mirror.members(a.name) }));
}

/** An EndpointRecord as `diagnose endpoint record list` shows it. */
export function endpointRecord(
  ems: { readonly id: number; readonly serial: string; readonly tenant: string | undefined },
  e: EndpointState,
  outOfSync: boolean,
): EndpointRecord {
  return {
    emsId: ems.id,
    emsSerial: ems.serial,
    tenantId: ems.tenant,
    registered: e.registered,
    uid: e.uid,
    hostname: e.hostname,
    user: e.user,
    ips: e.ips,
    macs: e.macs,
    online: e.online,
    quarantined: e.quarantined,
    ztnaTags: e.ztnaTags,
    classificationTags: e.classificationTags,
    outOfSync,
  };
}
