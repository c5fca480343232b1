import { isEmsDynamicName } from '../core/addresses/address-book.js';
import type { Draft } from './draft.js';

/**
 * What a name in a field may refer to. FortiOS shares one namespace between addresses, address groups
 * and external resources, and one between services and service groups.
 */
export type RefKind = 'interface' | 'interface-or-any' | 'address' | 'ems-tag' | 'service' | 'schedule';

/** Namespaces an object lives in, for duplicate names and for "still in use" on delete. */
export type Namespace = 'interface' | 'address' | 'service';

const KIND_NAMESPACE: Readonly<Record<RefKind, Namespace | undefined>> = {
  interface: 'interface',
  'interface-or-any': 'interface',
  address: 'address',
  'ems-tag': 'address',
  service: 'service',
  schedule: undefined,
};

/** The namespace a field of `kind` points into (undefined for schedules). */
export const namespaceOf = (kind: RefKind): Namespace | undefined => KIND_NAMESPACE[kind];

/** True when `name` is an object of `namespace` in the draft. */
export function inNamespace(draft: Draft, namespace: Namespace, name: string): boolean {
  switch (namespace) {
    case 'interface':
      return draft.interfaces.has(name);
    case 'address':
      return draft.addresses.has(name) || draft.addressGroups.has(name) || draft.externalResources.has(name);
    case 'service':
      return draft.services.has(name) || draft.serviceGroups.has(name);
  }
}

/**
 * True when `name` is a valid target for a field of `kind`. Names spelled like EMS dynamic addresses
 * (`EMS1_ZTNA_APP_SERVERS`) are accepted as addresses and ZTNA tags without a config entry: tag sync
 * creates them at run time, as the EMS connector does on a FortiGate.
 */
export function refExists(draft: Draft, kind: RefKind, name: string): boolean {
  if ((kind === 'address' || kind === 'ems-tag') && isEmsDynamicName(name)) return true;
  switch (kind) {
    case 'interface-or-any':
      return name === 'any' || draft.interfaces.has(name);
    case 'ems-tag':
      return draft.addresses.get(name)?.type === 'dynamic' || draft.addressGroups.has(name);
    case 'schedule':
      return name === 'always';
    default:
      return inNamespace(draft, KIND_NAMESPACE[kind]!, name);
  }
}

/** What a field of `kind` accepts, for error messages. */
export function describeKind(kind: RefKind): string {
  switch (kind) {
    case 'interface':
      return 'an interface (config system interface)';
    case 'interface-or-any':
      return 'an interface (config system interface) or "any"';
    case 'address':
      return 'a firewall address, address group, external resource or EMS dynamic address';
    case 'ems-tag':
      return 'an EMS dynamic address (EMS<n>_ZTNA_<tag>, or type dynamic sub-type ems-tag) or an address group';
    case 'service':
      return 'a firewall service or service group';
    case 'schedule':
      return 'a schedule ("always")';
  }
}
