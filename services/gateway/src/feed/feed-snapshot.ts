import { intToIPv4 } from '@ztna/proto';
import type { EngineApi } from '../core/model/engine-api.js';
import type { EmsSyncView } from '../tagsync/tag-sync.js';

/** Where a feed consumer starts over: the state the events up to `lastEventId` have produced. */
export interface FeedSnapshot {
  readonly gatewayId: string;
  /** Continue with `?since=<lastEventId>` (SSE `Last-Event-ID`). */
  readonly lastEventId: number;
  readonly revision: number;
  readonly addresses: {
    address: string;
    tag: string;
    emsId: number;
    kind: string;
    addressId: number;
    members: string[];
  }[];
  /** Sessions the feed tells about: those dirty, persistent or blocked now. */
  readonly sessions: {
    serial: number;
    proto: number;
    src: string;
    sport: number;
    dst: string;
    dport: number;
    policyId: number;
    state: 'dirty' | 'persistent' | 'block';
  }[];
  readonly sync: { emsId: number; state: string; appliedSeq: number; incarnation: string }[];
}

/**
 * Reads the snapshot in one synchronous step, so it is exactly the state after event `lastEventId`
 * (events are produced on the same thread).
 */
export function feedSnapshot(
  gatewayId: string,
  lastEventId: number,
  engine: EngineApi,
  sync: () => { ems: readonly EmsSyncView[] },
): FeedSnapshot {
  const addresses = engine.dynamicAddresses().map((a) => ({
    address: a.name,
    tag: a.tag,
    emsId: a.emsId,
    kind: a.kind,
    addressId: a.id,
    members: [...a.members].sort(),
  }));
  const sessions: FeedSnapshot['sessions'][number][] = [];
  for (const r of engine.sessions()) {
    const state = r.block ? 'block' : r.dirty ? 'dirty' : r.persistent ? 'persistent' : undefined;
    if (state === undefined) continue;
    const { serial, proto, sport, dport, policyId } = r;
    sessions.push({
      serial,
      proto,
      src: intToIPv4(r.src),
      sport,
      dst: intToIPv4(r.dst),
      dport,
      policyId,
      state,
    });
  }
  return {
    gatewayId,
    lastEventId,
    revision: engine.revision,
    addresses,
    sessions,
    sync: sync().ems.map((e) => ({
      emsId: e.id,
      state: e.state,
      appliedSeq: e.appliedSeq,
      incarnation: e.incarnation ?? '',
    })),
  };
}
