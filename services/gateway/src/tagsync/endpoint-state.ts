import { ztna } from '@ztna/proto';
import {
  dynamicAddressName,
  type DynamicAddressKind,
  type EndpointRecord,
} from '../core/model/membership.js';

/** One endpoint record as tag sync keeps it (normalised: lists deduplicated, tags sorted). */
export type EndpointState = Omit<EndpointRecord, 'emsId' | 'emsSerial' | 'tenantId' | 'outOfSync'> & {
  readonly registered: boolean;
};

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
  // The generated encoder only reads the lists, so the record's readonly arrays go in as they are.
  return ztna.v1.Endpoint.encode(state as ztna.v1.IEndpoint).finish();
}

export function decodeEndpointState(bytes: Uint8Array): EndpointState {
  return toEndpointState(ztna.v1.Endpoint.decode(bytes));
}

const KIND_INDEX: Readonly<Record<DynamicAddressKind, number>> = {
  'ztna-ip': 0,
  'ztna-mac': 1,
  classification: 2,
};

/** Interned names, one table per EMS and kind (index `emsId * 3 + kind`), keyed by tag. */
const names: Map<string, string>[] = [];

/** {@link dynamicAddressName}, interned: one string per name, so map lookups hash it once. */
export function addressName(emsId: number, kind: DynamicAddressKind, tag: string): string {
  const index = emsId * 3 + KIND_INDEX[kind];
  const table = names[index] ?? (names[index] = new Map());
  let name = table.get(tag);
  if (name === undefined) {
    name = dynamicAddressName(emsId, kind, tag);
    table.set(tag, name);
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
  for (const tag of e.ztnaTags) forEachTagContribution(emsId, e, tag, false, visit);
  for (const tag of e.classificationTags) forEachTagContribution(emsId, e, tag, true, visit);
}

/** The members one tag of an (online) endpoint contributes: {@link forEachContribution} for that tag alone. */
export function forEachTagContribution(
  emsId: number,
  e: EndpointState,
  tag: string,
  classification: boolean,
  visit: (address: string, member: string) => void,
): void {
  if (classification) {
    const address = addressName(emsId, 'classification', tag);
    for (const ip of e.ips) visit(address, ip);
    return;
  }
  const ipAddress = addressName(emsId, 'ztna-ip', tag);
  for (const ip of e.ips) visit(ipAddress, ip);
  if (e.macs.length === 0) return;
  const macAddress = addressName(emsId, 'ztna-mac', tag);
  for (const mac of e.macs) visit(macAddress, mac);
}

/** True when both records put the same members into the addresses of the tags they share. */
export function sameContributors(a: EndpointState, b: EndpointState): boolean {
  return a.online === b.online && sameList(a.ips, b.ips) && sameList(a.macs, b.macs);
}

/** True when two lists hold the same strings in the same order. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
