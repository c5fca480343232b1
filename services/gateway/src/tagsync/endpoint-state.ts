import { ztna } from '@ztna/proto';
import { dynamicAddressName, type DynamicAddressKind, type EndpointRecord } from '../model/membership.js';

/** One endpoint record as tag sync keeps it (normalised: lists deduplicated, tags sorted). */
export type EndpointState = Omit<EndpointRecord, 'emsId' | 'outOfSync'> & { readonly registered: boolean };

/** A member of one address contributed by one endpoint. */
export interface Contribution {
  readonly address: string;
  readonly member: string;
}

/** An address an endpoint's tags define, whether or not the endpoint is online. */
export interface AddressRef {
  readonly name: string;
  readonly kind: DynamicAddressKind;
  readonly tag: string;
}

const unique = (values: readonly string[] | null | undefined): string[] => [...new Set(values ?? [])];

type Loose<T> = { [K in keyof T]?: T[K] | null };
type EndpointInput = Loose<EndpointState>;

/** Normalises a wire endpoint (already validated) into an {@link EndpointState}. */
export function toEndpointState(e: EndpointInput): EndpointState {
  return {
    uid: e.uid ?? '',
    hostname: e.hostname ?? '',
    user: e.user ?? '',
    ips: unique(e.ips),
    macs: unique(e.macs),
    online: e.online === true,
    registered: e.registered === true,
    quarantined: e.quarantined === true,
    ztnaTags: unique(e.ztnaTags).sort(),
    classificationTags: unique(e.classificationTags).sort(),
  };
}

/** Protobuf bytes of a record, as stored in Redis. */
export function encodeEndpointState(state: EndpointState): Uint8Array {
  return ztna.v1.Endpoint.encode({
    ...state,
    ips: [...state.ips],
    macs: [...state.macs],
    ztnaTags: [...state.ztnaTags],
    classificationTags: [...state.classificationTags],
  }).finish();
}

export function decodeEndpointState(bytes: Uint8Array): EndpointState {
  return toEndpointState(ztna.v1.Endpoint.decode(bytes));
}

/** The addresses an endpoint's tags define: IP and MAC address per ZTNA tag, one per classification tag. */
export function addressRefs(emsId: number, e: EndpointState): AddressRef[] {
  const refs: AddressRef[] = [];
  for (const tag of e.ztnaTags) {
    refs.push({ name: dynamicAddressName(emsId, 'ztna-ip', tag), kind: 'ztna-ip', tag });
    refs.push({ name: dynamicAddressName(emsId, 'ztna-mac', tag), kind: 'ztna-mac', tag });
  }
  for (const tag of e.classificationTags) {
    refs.push({ name: dynamicAddressName(emsId, 'classification', tag), kind: 'classification', tag });
  }
  return refs;
}

/**
 * Members an endpoint puts into tag addresses. Only an online endpoint contributes: its IPs join
 * `EMS<n>_ZTNA_<tag>` and `EMS<n>_CLASS_<tag>`, its MACs join `MAC_EMS<n>_ZTNA_<tag>`. Registration and
 * quarantine do not change membership (EMS expresses quarantine with tags).
 */
export function contributions(emsId: number, e: EndpointState): Contribution[] {
  if (!e.online) return [];
  const out: Contribution[] = [];
  for (const tag of e.ztnaTags) {
    const ipAddress = dynamicAddressName(emsId, 'ztna-ip', tag);
    const macAddress = dynamicAddressName(emsId, 'ztna-mac', tag);
    for (const ip of e.ips) out.push({ address: ipAddress, member: ip });
    for (const mac of e.macs) out.push({ address: macAddress, member: mac });
  }
  for (const tag of e.classificationTags) {
    const address = dynamicAddressName(emsId, 'classification', tag);
    for (const ip of e.ips) out.push({ address, member: ip });
  }
  return out;
}

/** Parses a dynamic address name back into its EMS, kind and tag; undefined when it is not one. */
export function parseAddressName(
  name: string,
): { emsId: number; kind: DynamicAddressKind; tag: string } | undefined {
  const m = /^(MAC_)?EMS([1-7])_(ZTNA|CLASS)_(.+)$/.exec(name);
  if (!m || (m[1] && m[3] === 'CLASS')) return undefined;
  const kind: DynamicAddressKind = m[3] === 'CLASS' ? 'classification' : m[1] ? 'ztna-mac' : 'ztna-ip';
  return { emsId: Number(m[2]), kind, tag: m[4] ?? '' };
}
