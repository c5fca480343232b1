import { ztna } from '@ztna/proto';
import { recordFromProto, type EndpointRecord } from './endpoint-record.js';

/**
 * Applies one decoded envelope to a map of endpoint records (uid → record), the way a consumer that
 * keeps the full EMS record would. Used to check that a snapshot equals the replayed events.
 */
export function applyEnvelope(records: Map<string, EndpointRecord>, envelope: ztna.v1.IEnvelope): void {
  if (envelope.endpointUpsert?.endpoint) {
    const record = recordFromProto(envelope.endpointUpsert.endpoint);
    records.set(record.uid, record);
    return;
  }
  const uid =
    envelope.tagsAttached?.uid ??
    envelope.tagsDetached?.uid ??
    envelope.endpointOffline?.uid ??
    envelope.endpointRemoved?.uid ??
    envelope.addressChange?.uid;
  const record = uid === undefined || uid === null ? undefined : records.get(uid);
  if (!record) return;
  const tagsOf = (kind: ztna.v1.TagKind | null | undefined): string[] =>
    kind === ztna.v1.TagKind.TAG_KIND_CLASSIFICATION ? record.classificationTags : record.ztnaTags;
  if (envelope.tagsAttached) {
    const tags = tagsOf(envelope.tagsAttached.kind);
    for (const tag of envelope.tagsAttached.tags ?? []) if (!tags.includes(tag)) tags.push(tag);
  } else if (envelope.tagsDetached) {
    const drop = new Set(envelope.tagsDetached.tags ?? []);
    const kept = tagsOf(envelope.tagsDetached.kind).filter((t) => !drop.has(t));
    if (envelope.tagsDetached.kind === ztna.v1.TagKind.TAG_KIND_CLASSIFICATION) {
      record.classificationTags = kept;
    } else {
      record.ztnaTags = kept;
    }
  } else if (envelope.endpointOffline) {
    record.online = false;
  } else if (envelope.endpointRemoved) {
    records.delete(record.uid);
  } else if (envelope.addressChange) {
    record.ips = [...(envelope.addressChange.ips ?? [])];
    record.macs = [...(envelope.addressChange.macs ?? [])];
  }
}
