import type { ztna } from '@ztna/proto';
import { unknownEndpoint } from '../errors.js';
import {
  copyRecord,
  sameRecord,
  sameSet,
  tagField,
  tagKindToProto,
  type EndpointRecord,
  type EventKind,
  type TagKindName,
} from './endpoint-record.js';
import {
  checkBoolean,
  checkIps,
  checkMacs,
  checkTagKind,
  checkTags,
  checkText,
  checkUid,
} from './input-check.js';

/** Where the domain hands every event it produces, in sequence order. */
export interface EventSink {
  emit(envelope: ztna.v1.IEnvelope, kind: EventKind, uid: string): void;
}

export interface EndpointInput {
  uid: string;
  hostname?: string;
  user?: string;
  ips?: string[];
  macs?: string[];
  ztnaTags?: string[];
  classificationTags?: string[];
  online?: boolean;
  quarantined?: boolean;
}

export interface EmsIdentity {
  emsId: number;
  serial: string;
  tenant: string;
}

export interface EmsState {
  emsId: number;
  serial: string;
  tenant: string;
  incarnation: string;
  seq: number;
  endpoints: EndpointRecord[];
}

/**
 * One EMS: its endpoints and their tags. Every operation that changes what a gateway must enforce
 * emits exactly one envelope with the next sequence number and returns 1; a no-op returns 0. Bad input
 * or an unknown uid throws an EmsError naming the field and value, and changes nothing.
 */
export class EmsDomain {
  private readonly endpoints = new Map<string, EndpointRecord>();
  private seqNo = 0;

  constructor(
    private readonly identity: EmsIdentity,
    private incarnationId: string,
    private readonly sink: EventSink,
    private readonly now: () => number,
  ) {}

  get incarnation(): string {
    return this.incarnationId;
  }

  get seq(): number {
    return this.seqNo;
  }

  get size(): number {
    return this.endpoints.size;
  }

  /** Registers or updates an endpoint; omitted fields keep their value (new: empty, online, registered). */
  upsertEndpoint(input: EndpointInput): number {
    const uid = checkUid(input?.uid);
    const current = this.endpoints.get(uid);
    const next: EndpointRecord = current
      ? copyRecord(current)
      : {
          uid,
          hostname: '',
          user: '',
          ips: [],
          macs: [],
          online: true,
          registered: true,
          quarantined: false,
          ztnaTags: [],
          classificationTags: [],
        };
    if (input.hostname !== undefined) next.hostname = checkText(input.hostname, 'hostname');
    if (input.user !== undefined) next.user = checkText(input.user, 'user');
    if (input.ips !== undefined) next.ips = checkIps(input.ips);
    if (input.macs !== undefined) next.macs = checkMacs(input.macs);
    if (input.ztnaTags !== undefined) next.ztnaTags = checkTags(input.ztnaTags, 'ztnaTags');
    if (input.classificationTags !== undefined) {
      next.classificationTags = checkTags(input.classificationTags, 'classificationTags');
    }
    if (input.online !== undefined) next.online = checkBoolean(input.online, 'online');
    if (input.quarantined !== undefined) next.quarantined = checkBoolean(input.quarantined, 'quarantined');
    if (current && sameRecord(current, next)) return 0;
    this.endpoints.set(uid, next);
    return this.emit('endpointUpsert', uid, { endpointUpsert: { endpoint: copyRecord(next) } });
  }

  attachTags(uid: string, tags: string[], kind: TagKindName = 'ztna'): number {
    const record = this.get(uid);
    const field = tagField(checkTagKind(kind));
    const held = record[field];
    const added = checkTags(tags).filter((t) => !held.includes(t));
    if (added.length === 0) return 0;
    for (const t of added) held.push(t);
    return this.emit('tagsAttached', uid, { tagsAttached: { uid, kind: tagKindToProto(kind), tags: added } });
  }

  detachTags(uid: string, tags: string[], kind: TagKindName = 'ztna'): number {
    const record = this.get(uid);
    const field = tagField(checkTagKind(kind));
    const held = record[field];
    const removed = checkTags(tags).filter((t) => held.includes(t));
    if (removed.length === 0) return 0;
    const drop = new Set(removed);
    record[field] = held.filter((t) => !drop.has(t));
    return this.emit('tagsDetached', uid, {
      tagsDetached: { uid, kind: tagKindToProto(kind), tags: removed },
    });
  }

  /** Logs the endpoint off: its addresses leave every tag address; its tags are kept. */
  setOffline(uid: string): number {
    const record = this.get(uid);
    if (!record.online) return 0;
    record.online = false;
    return this.emit('endpointOffline', uid, { endpointOffline: { uid } });
  }

  /** Brings the endpoint back: an upsert of the full record with online = true. */
  setOnline(uid: string): number {
    const record = this.get(uid);
    if (record.online) return 0;
    record.online = true;
    return this.emit('endpointUpsert', uid, { endpointUpsert: { endpoint: copyRecord(record) } });
  }

  /** Replaces the IPs (and the MACs when given). */
  changeAddresses(uid: string, ips: string[], macs?: string[]): number {
    const record = this.get(uid);
    const nextIps = checkIps(ips);
    const nextMacs = macs === undefined ? record.macs : checkMacs(macs);
    if (sameSet(record.ips, nextIps) && sameSet(record.macs, nextMacs)) return 0;
    record.ips = nextIps;
    record.macs = [...nextMacs];
    return this.emit('addressChange', uid, {
      addressChange: { uid, ips: [...nextIps], macs: [...nextMacs] },
    });
  }

  /** Deregisters: like offline, then the record is gone. */
  removeEndpoint(uid: string): number {
    this.get(uid);
    this.endpoints.delete(uid);
    return this.emit('endpointRemoved', uid, { endpointRemoved: { uid } });
  }

  /** Removes every endpoint (one EndpointRemoved each, in uid order); returns the events produced. */
  removeAll(): number {
    let produced = 0;
    for (const uid of [...this.endpoints.keys()].sort()) produced += this.removeEndpoint(uid);
    return produced;
  }

  /** Starts over as a restarted EMS: new incarnation, seq 0, no endpoints, no events. */
  restart(incarnation: string): void {
    this.endpoints.clear();
    this.seqNo = 0;
    this.incarnationId = incarnation;
  }

  has(uid: string): boolean {
    return this.endpoints.has(uid);
  }

  /** A copy of one endpoint; throws EMS_ERR_NOT_FOUND for an unknown uid. */
  endpoint(uid: string): EndpointRecord {
    return copyRecord(this.get(uid));
  }

  /** The live record, read-only and not copied (hot paths such as churn); undefined when unknown. */
  view(uid: string): Readonly<EndpointRecord> | undefined {
    return this.endpoints.get(uid);
  }

  /** uids in uid order. */
  uids(): string[] {
    return [...this.endpoints.keys()].sort();
  }

  /** The full state after event `seq`, endpoints copied and in uid order. */
  state(): EmsState {
    return {
      ...this.identity,
      incarnation: this.incarnationId,
      seq: this.seqNo,
      endpoints: this.uids().map((uid) => copyRecord(this.endpoints.get(uid) as EndpointRecord)),
    };
  }

  private get(uid: string): EndpointRecord {
    const record = this.endpoints.get(checkUid(uid));
    if (!record) throw unknownEndpoint(uid);
    return record;
  }

  private emit(kind: EventKind, uid: string, event: ztna.v1.IEnvelope): number {
    this.seqNo += 1;
    this.sink.emit(
      {
        emsId: this.identity.emsId,
        emsSerial: this.identity.serial,
        incarnation: this.incarnationId,
        seq: this.seqNo,
        emittedAtMs: this.now(),
        ...event,
      },
      kind,
      uid,
    );
    return 1;
  }
}
