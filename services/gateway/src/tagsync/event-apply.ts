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
      const classification = kind === CLASSIFICATION;
      return update(uid!, (old) =>
        withTags(old, classification, attached(tagsOf(old, classification), tags)),
      );
    }
    case 'tagsDetached': {
      const { uid, kind, tags } = e.tagsDetached!;
      const classification = kind === CLASSIFICATION;
      return update(uid!, (old) =>
        withTags(old, classification, detached(tagsOf(old, classification), tags)),
      );
    }
    case 'endpointOffline':
      return update(e.endpointOffline!.uid!, (old) => (old.online ? { ...old, online: false } : old));
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

const tagsOf = (e: EndpointState, classification: boolean): readonly string[] =>
  classification ? e.classificationTags : e.ztnaTags;

/** The record with its ZTNA or classification tags replaced; the same record when `next` is undefined. */
function withTags(old: EndpointState, classification: boolean, next: string[] | undefined): EndpointState {
  if (next === undefined) return old;
  return classification ? { ...old, classificationTags: next } : { ...old, ztnaTags: next };
}

/** The sorted tag list with `tags` added; undefined when every one of them is already there. */
function attached(have: readonly string[], tags: readonly string[] | null | undefined): string[] | undefined {
  let next: string[] | undefined;
  for (const tag of tags ?? []) {
    if (!(next ?? have).includes(tag)) (next ??= [...have]).push(tag);
  }
  return next?.sort();
}

/** The tag list without `tags`; undefined when none of them is there. */
function detached(have: readonly string[], tags: readonly string[] | null | undefined): string[] | undefined {
  if (!tags?.some((tag) => have.includes(tag))) return undefined;
  const gone = new Set(tags);
  return have.filter((tag) => !gone.has(tag));
}
