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
  // protobufjs's oneof getter lists the envelope's keys on every read: read it once per event.
  const event = e.event;
  if (event === 'endpointUpsert') {
    const state = toEndpointState(e.endpointUpsert?.endpoint ?? {});
    draft.put(emsId, state.uid, state);
    return true;
  }
  const uid = uidOf(e, event);
  const old = uid ? draft.record(emsId, uid) : undefined;
  if (!old) return false;
  draft.put(emsId, uid!, changed(old, e, event));
  return true;
}

/** The endpoint a tag, offline, removal or address event is about. */
function uidOf(e: ztna.v1.Envelope, event: ztna.v1.Envelope['event']): string | null | undefined {
  switch (event) {
    case 'tagsAttached':
      return e.tagsAttached!.uid;
    case 'tagsDetached':
      return e.tagsDetached!.uid;
    case 'endpointOffline':
      return e.endpointOffline!.uid;
    case 'endpointRemoved':
      return e.endpointRemoved!.uid;
    case 'addressChange':
      return e.addressChange!.uid;
    default:
      return undefined;
  }
}

/** The record after the event: the same object when nothing changed, undefined when it is removed. */
function changed(
  old: EndpointState,
  e: ztna.v1.Envelope,
  event: ztna.v1.Envelope['event'],
): EndpointState | undefined {
  switch (event) {
    case 'tagsAttached': {
      const { kind, tags } = e.tagsAttached!;
      const classification = kind === CLASSIFICATION;
      return withTags(old, classification, attached(tagsOf(old, classification), tags));
    }
    case 'tagsDetached': {
      const { kind, tags } = e.tagsDetached!;
      const classification = kind === CLASSIFICATION;
      return withTags(old, classification, detached(tagsOf(old, classification), tags));
    }
    case 'endpointOffline':
      return old.online ? { ...old, online: false } : old;
    case 'endpointRemoved':
      return undefined;
    case 'addressChange': {
      const { ips, macs } = e.addressChange!;
      return toEndpointState({ ...old, ips, macs });
    }
    default:
      return old;
  }
}

const tagsOf = (e: EndpointState, classification: boolean): readonly string[] =>
  classification ? e.classificationTags : e.ztnaTags;

/** The record with its ZTNA or classification tags replaced; the same record when `next` is undefined. */
function withTags(old: EndpointState, classification: boolean, next: string[] | undefined): EndpointState {
  if (next === undefined) return old;
  return classification ? { ...old, classificationTags: next } : { ...old, ztnaTags: next };
}

/**
 * The sorted tag list with `tags` added, each put in its place (the order `sort()` gives); `have` is
 * sorted, as every record's tags are ({@link toEndpointState}). Undefined when every tag is already there.
 */
function attached(have: readonly string[], tags: readonly string[] | null | undefined): string[] | undefined {
  let next: string[] | undefined;
  for (const tag of tags ?? []) {
    const list = next ?? have;
    let at = 0;
    while (at < list.length && list[at]! < tag) at++;
    if (list[at] === tag) continue;
    next ??= [...have];
    next.splice(at, 0, tag);
  }
  return next;
}

/** The tag list without `tags`; undefined when none of them is there. */
function detached(have: readonly string[], tags: readonly string[] | null | undefined): string[] | undefined {
  if (!tags?.some((tag) => have.includes(tag))) return undefined;
  const gone = new Set(tags);
  return have.filter((tag) => !gone.has(tag));
}
