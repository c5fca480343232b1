import { ztna } from '@ztna/proto';

/** One endpoint as the EMS mock holds it: the fields of ztna.v1.Endpoint, always filled. */
export interface EndpointRecord {
  uid: string;
  hostname: string;
  user: string;
  ips: string[];
  macs: string[];
  online: boolean;
  registered: boolean;
  quarantined: boolean;
  ztnaTags: string[];
  classificationTags: string[];
}

export type TagKindName = 'ztna' | 'classification';

export type EventKind =
  | 'endpointUpsert'
  | 'tagsAttached'
  | 'tagsDetached'
  | 'endpointOffline'
  | 'endpointRemoved'
  | 'addressChange';

export const EVENT_KINDS: readonly EventKind[] = [
  'endpointUpsert',
  'tagsAttached',
  'tagsDetached',
  'endpointOffline',
  'endpointRemoved',
  'addressChange',
];

export const tagKindToProto = (kind: TagKindName): ztna.v1.TagKind =>
  kind === 'ztna' ? ztna.v1.TagKind.TAG_KIND_ZTNA : ztna.v1.TagKind.TAG_KIND_CLASSIFICATION;

export const tagField = (kind: TagKindName): 'ztnaTags' | 'classificationTags' =>
  kind === 'ztna' ? 'ztnaTags' : 'classificationTags';

export function copyRecord(record: EndpointRecord): EndpointRecord {
  return {
    ...record,
    ips: [...record.ips],
    macs: [...record.macs],
    ztnaTags: [...record.ztnaTags],
    classificationTags: [...record.classificationTags],
  };
}

/** Same members, order ignored (lists hold no duplicates). */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((v) => set.has(v));
}

export function sameRecord(a: EndpointRecord, b: EndpointRecord): boolean {
  return (
    a.uid === b.uid &&
    a.hostname === b.hostname &&
    a.user === b.user &&
    a.online === b.online &&
    a.registered === b.registered &&
    a.quarantined === b.quarantined &&
    sameSet(a.ips, b.ips) &&
    sameSet(a.macs, b.macs) &&
    sameSet(a.ztnaTags, b.ztnaTags) &&
    sameSet(a.classificationTags, b.classificationTags)
  );
}

/** A fully filled record from a decoded ztna.v1.Endpoint (absent fields become empty/false). */
export function recordFromProto(e: ztna.v1.IEndpoint): EndpointRecord {
  return {
    uid: e.uid ?? '',
    hostname: e.hostname ?? '',
    user: e.user ?? '',
    ips: [...(e.ips ?? [])],
    macs: [...(e.macs ?? [])],
    online: e.online ?? false,
    registered: e.registered ?? false,
    quarantined: e.quarantined ?? false,
    ztnaTags: [...(e.ztnaTags ?? [])],
    classificationTags: [...(e.classificationTags ?? [])],
  };
}
