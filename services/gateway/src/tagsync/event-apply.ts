import { ztna } from '@ztna/proto';
import { toEndpointState, type EndpointState } from './endpoint-state.js';
import type { MembershipDraft } from './membership-draft.js';

const CLASSIFICATION = ztna.v1.TagKind.TAG_KIND_CLASSIFICATION;

/**
 * Applies one validated event to the draft's records. Tag and address events for an endpoint the draft
 * does not know change nothing (the record arrives with its upsert or with the next snapshot).
 * Returns false when the event referred to an unknown endpoint.
 */
export function applyEvent(draft: MembershipDraft, e: ztna.v1.Envelope): boolean {
  const emsId = e.emsId;
  const update = (uid: string, change: (old: EndpointState) => EndpointState): boolean => {
    const old = draft.record(emsId, uid);
    if (!old) return false;
    draft.put(emsId, uid, change(old));
    return true;
  };
  switch (e.event) {
    case 'endpointUpsert': {
      const state = toEndpointState(e.endpointUpsert?.endpoint ?? {});
      draft.put(emsId, state.uid, state);
      return true;
    }
    case 'tagsAttached': {
      const { uid, kind, tags } = e.tagsAttached!;
      return update(uid!, (old) =>
        withTags(old, kind === CLASSIFICATION, (have) => [...have, ...(tags ?? [])]),
      );
    }
    case 'tagsDetached': {
      const { uid, kind, tags } = e.tagsDetached!;
      const gone = new Set(tags);
      return update(uid!, (old) =>
        withTags(old, kind === CLASSIFICATION, (have) => have.filter((t) => !gone.has(t))),
      );
    }
    case 'endpointOffline':
      return update(e.endpointOffline!.uid!, (old) => ({ ...old, online: false }));
    case 'endpointRemoved': {
      const uid = e.endpointRemoved!.uid!;
      if (!draft.record(emsId, uid)) return false;
      draft.put(emsId, uid, undefined);
      return true;
    }
    case 'addressChange': {
      const { uid, ips, macs } = e.addressChange!;
      return update(uid!, (old) => toEndpointState({ ...old, ips, macs }));
    }
    default:
      return false;
  }
}

function withTags(
  old: EndpointState,
  classification: boolean,
  change: (have: readonly string[]) => string[],
): EndpointState {
  const next = classification
    ? { ...old, classificationTags: change(old.classificationTags) }
    : { ...old, ztnaTags: change(old.ztnaTags) };
  return toEndpointState(next);
}
