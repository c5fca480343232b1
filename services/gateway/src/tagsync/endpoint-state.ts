import { ztna } from '@ztna/proto';
import { dynamicAddressName, type DynamicAddressKind, type EndpointRecord } from '../model/membership.js';

/** One endpoint record as tag sync keeps it (normalised: lists deduplicated, tags sorted). */
export type EndpointState = Omit<EndpointRecord, 'emsId' | 'outOfSync'> & { readonly registered: boolean };

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
    refs.push({ name: addressName(emsId, 'ztna-ip', tag), kind: 'ztna-ip', tag });
    refs.push({ name: addressName(emsId, 'ztna-mac', tag), kind: 'ztna-mac', tag });
  }
  for (const tag of e.classificationTags) {
    refs.push({ name: addressName(emsId, 'classification', tag), kind: 'classification', tag });
  }
  return refs;
}

const names = new Map<string, string>();

/** {@link dynamicAddressName}, interned: one string per name, so map lookups hash it once. */
function addressName(emsId: number, kind: DynamicAddressKind, tag: string): string {
  const key = `${emsId}/${kind}/${tag}`;
  let name = names.get(key);
  if (name === undefined) {
    name = dynamicAddressName(emsId, kind, tag);
    names.set(key, name);
  }
  return name;
}

/**
 * Calls `visit` for each member an endpoint puts into a tag address. Only an online endpoint
 * contributes: its IPs join `EMS<n>_ZTNA_<tag>` and `EMS<n>_CLASS_<tag>`, its MACs join
 * `MAC_EMS<n>_ZTNA_<tag>`. Registration and quarantine do not change membership (EMS expresses
 * quarantine with tags).
 */
export function forEachContribution(
  emsId: number,
  e: EndpointState,
  visit: (address: string, member: string) => void,
): void {
  if (!e.online) return;
  for (const tag of e.ztnaTags) {
    const ipAddress = addressName(emsId, 'ztna-ip', tag);
    for (const ip of e.ips) visit(ipAddress, ip);
    if (e.macs.length === 0) continue;
    const macAddress = addressName(emsId, 'ztna-mac', tag);
    for (const mac of e.macs) visit(macAddress, mac);
  }
  for (const tag of e.classificationTags) {
    const address = addressName(emsId, 'classification', tag);
    for (const ip of e.ips) visit(address, ip);
  }
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
