import { ztna } from '@ztna/proto';
import { describe, expect, it } from 'vitest';
import { applyEvent } from './event-apply.js';
import { toEndpointState } from './endpoint-state.js';
import { MembershipMirror } from './membership-mirror.js';

const ZTNA = ztna.v1.TagKind.TAG_KIND_ZTNA;
const CLASSIFICATION = ztna.v1.TagKind.TAG_KIND_CLASSIFICATION;

/** A draft holding endpoint A of EMS 1 with the given tags. */
function draftWith(ztnaTags: string[], classificationTags: string[] = []) {
  const draft = new MembershipMirror().draft();
  draft.put(
    1,
    'A',
    toEndpointState({ uid: 'A', ips: ['10.0.0.5'], online: true, ztnaTags, classificationTags }),
  );
  return draft;
}

const envelope = (event: Partial<ztna.v1.IEnvelope>): ztna.v1.Envelope =>
  ztna.v1.Envelope.decode(
    ztna.v1.Envelope.encode({ emsId: 1, emsSerial: 'S', incarnation: 'i', seq: 1, ...event }).finish(),
  );

describe('applyEvent', () => {
  it('puts attached tags in sorted order, once each, whatever order they come in', () => {
    const draft = draftWith(['DB', 'WEB']);
    const e = envelope({ tagsAttached: { uid: 'A', kind: ZTNA, tags: ['ZED', 'APP', 'DB', 'MID', 'APP'] } });
    expect(applyEvent(draft, e)).toBe(true);
    expect(draft.record(1, 'A')?.ztnaTags).toEqual(['APP', 'DB', 'MID', 'WEB', 'ZED']);
  });

  it('keeps the same record when every attached tag is already there', () => {
    const draft = draftWith(['APP', 'DB']);
    const before = draft.record(1, 'A');
    applyEvent(draft, envelope({ tagsAttached: { uid: 'A', kind: ZTNA, tags: ['DB', 'APP'] } }));
    expect(draft.record(1, 'A')).toBe(before);
  });

  it('attaches classification tags to their own list, sorted, leaving the ZTNA tags', () => {
    const draft = draftWith(['APP'], ['low']);
    applyEvent(draft, envelope({ tagsAttached: { uid: 'A', kind: CLASSIFICATION, tags: ['high', 'a-b'] } }));
    expect(draft.record(1, 'A')?.classificationTags).toEqual(['a-b', 'high', 'low']);
    expect(draft.record(1, 'A')?.ztnaTags).toEqual(['APP']);
  });

  it('detaches only the tags named, keeping the order', () => {
    const draft = draftWith(['APP', 'DB', 'WEB']);
    applyEvent(draft, envelope({ tagsDetached: { uid: 'A', kind: ZTNA, tags: ['DB', 'NOPE'] } }));
    expect(draft.record(1, 'A')?.ztnaTags).toEqual(['APP', 'WEB']);
  });

  it('changes nothing for an endpoint the draft does not know', () => {
    const draft = draftWith(['APP']);
    const e = envelope({ tagsAttached: { uid: 'B', kind: ZTNA, tags: ['DB'] } });
    expect(applyEvent(draft, e)).toBe(false);
    expect(draft.record(1, 'B')).toBeUndefined();
  });
});
