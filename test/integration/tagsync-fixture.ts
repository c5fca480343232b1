import type { EmsState } from '@ztna/ems-mock';
import { createSubjects, eventMessageId, eventStreamConfig, ztna, type Subjects } from '@ztna/proto';
import type { Redis } from 'ioredis';
import type { JetStreamClient, NatsConnection, Subscription } from 'nats';
import { randomUUID } from 'node:crypto';
import type { ManualClock } from '@ztna/service-kit';
import { waitFor } from '@ztna/test';
import { defaultConfig, parseConfigText, type GatewayAppConfig } from '@ztna/gateway';
import type { MembershipChange, MembershipSink } from '@ztna/gateway';

export const SERIAL = 'FCTEMS0000000001';

/** A unique subject prefix, stream and Redis key prefix for one test file. */
export function isolation(): { subjects: Subjects; keyPrefix: string; id: string } {
  const id = `t${randomUUID().replaceAll('-', '').slice(0, 8)}`;
  return { subjects: createSubjects(`${id}.ztna`, `EV_${id}`), keyPrefix: `test-${id}`, id };
}

/** Creates the event stream as the EMS mock does, with `replicas` copies in a JetStream cluster. */
export async function createStream(nc: NatsConnection, subjects: Subjects, replicas = 1): Promise<void> {
  const jsm = await nc.jetstreamManager();
  await jsm.streams.add(eventStreamConfig({ subjects, replicas }));
}

/** Deletes the event stream and the gateways' companions of it (`<stream>_DLQ_<gw>`, `<stream>_GW` feeds). */
export async function deleteStream(nc: NatsConnection, subjects: Subjects): Promise<void> {
  const jsm = await nc.jetstreamManager();
  const names: string[] = [];
  for await (const name of jsm.streams.names()) {
    if (name === subjects.stream || name.startsWith(`${subjects.stream}_`)) names.push(name);
  }
  await Promise.all(names.map((name) => jsm.streams.delete(name).catch(() => undefined)));
}

type EndpointInit = Partial<ztna.v1.IEndpoint> & { uid: string };

/**
 * A minimal EMS for tests: keeps endpoint state, publishes each change as an envelope into JetStream,
 * and answers paged snapshot requests (snapshot.proto protocol).
 */
export class TestEms {
  readonly endpoints = new Map<string, ztna.v1.IEndpoint>();
  incarnation = randomUUID().slice(0, 8);
  seq = 0;
  answering = true;
  snapshotRequests = 0;
  private sub: Subscription | undefined;
  private readonly js: JetStreamClient;

  constructor(
    private readonly nc: NatsConnection,
    private readonly subjects: Subjects,
    readonly emsId = 1,
    readonly serial = SERIAL,
  ) {
    this.js = nc.jetstream();
  }

  /** Answers snapshot requests on the EMS's subject with pages of `pageSize` (request's, capped). */
  respond(): void {
    const frozen = new Map<string, ztna.v1.Snapshot>();
    this.sub = this.nc.subscribe(this.subjects.snapshot(this.emsId), {
      callback: (_err, msg) => {
        if (!this.answering) return;
        this.snapshotRequests += 1;
        const req = ztna.v1.SnapshotRequest.decode(msg.data);
        const size = Math.min(req.pageSize || 1000, 5000);
        let base = req.snapshotId ? frozen.get(req.snapshotId) : undefined;
        if (req.snapshotId && !base) {
          msg.respond(ztna.v1.Snapshot.encode({ emsId: this.emsId, error: 'unknown snapshot_id' }).finish());
          return;
        }
        if (!base) {
          base = ztna.v1.Snapshot.create({
            emsId: this.emsId,
            emsSerial: this.serial,
            incarnation: this.incarnation,
            seq: this.seq,
            takenAtMs: Date.now(),
            snapshotId: randomUUID(),
            endpoints: [...this.endpoints.values()]
              .map((e) => ztna.v1.Endpoint.create(e))
              .sort((a, b) => a.uid.localeCompare(b.uid)),
          });
          frozen.set(base.snapshotId, base);
        }
        const endpoints = base.endpoints.slice(req.page * size, (req.page + 1) * size);
        const page = ztna.v1.Snapshot.create({
          ...base,
          endpoints,
          page: req.page,
          more: (req.page + 1) * size < base.endpoints.length,
          totalEndpoints: base.endpoints.length,
        });
        msg.respond(ztna.v1.Snapshot.encode(page).finish());
      },
    });
  }

  stop(): void {
    this.sub?.unsubscribe();
  }

  /** EMS restart: new incarnation, seq starts over, state kept as given. */
  restart(): void {
    this.incarnation = randomUUID().slice(0, 8);
    this.seq = 0;
  }

  async upsert(init: EndpointInit): Promise<void> {
    const e = {
      online: true,
      registered: true,
      ips: [],
      macs: [],
      ztnaTags: [],
      classificationTags: [],
      ...init,
    };
    this.endpoints.set(e.uid, e);
    await this.publish(e.uid, { endpointUpsert: { endpoint: e } });
  }

  async attach(uid: string, tags: string[]): Promise<void> {
    const e = this.endpoints.get(uid)!;
    e.ztnaTags = [...new Set([...(e.ztnaTags ?? []), ...tags])];
    await this.publish(uid, { tagsAttached: { uid, kind: ztna.v1.TagKind.TAG_KIND_ZTNA, tags } });
  }

  async detach(uid: string, tags: string[]): Promise<void> {
    const e = this.endpoints.get(uid)!;
    e.ztnaTags = (e.ztnaTags ?? []).filter((t) => !tags.includes(t));
    await this.publish(uid, { tagsDetached: { uid, kind: ztna.v1.TagKind.TAG_KIND_ZTNA, tags } });
  }

  async offline(uid: string): Promise<void> {
    this.endpoints.get(uid)!.online = false;
    await this.publish(uid, { endpointOffline: { uid } });
  }

  async remove(uid: string): Promise<void> {
    this.endpoints.delete(uid);
    await this.publish(uid, { endpointRemoved: { uid } });
  }

  async changeAddresses(uid: string, ips: string[], macs: string[]): Promise<void> {
    Object.assign(this.endpoints.get(uid)!, { ips, macs });
    await this.publish(uid, { addressChange: { uid, ips, macs } });
  }

  /** Publishes the next event; returns its encoded envelope. */
  async publish(uid: string, event: Partial<ztna.v1.IEnvelope>): Promise<Uint8Array> {
    this.seq += 1;
    const data = ztna.v1.Envelope.encode({
      emsId: this.emsId,
      emsSerial: this.serial,
      incarnation: this.incarnation,
      seq: this.seq,
      emittedAtMs: Date.now(),
      ...event,
    }).finish();
    await this.js.publish(this.subjects.endpointEvents(this.emsId, uid), data, {
      msgID: eventMessageId(this.emsId, this.incarnation, this.seq),
    });
    return data;
  }

  /** Expected members per address, computed from the EMS state (ZTNA tags only). */
  expected(): Map<string, string[]> {
    const out = new Map<string, Set<string>>();
    const add = (address: string, member: string): void => {
      if (!out.has(address)) out.set(address, new Set());
      out.get(address)!.add(member);
    };
    for (const e of this.endpoints.values()) {
      if (!e.online) continue;
      for (const tag of e.ztnaTags ?? []) {
        for (const ip of e.ips ?? []) add(`EMS${this.emsId}_ZTNA_${tag}`, ip);
        for (const mac of e.macs ?? []) add(`MAC_EMS${this.emsId}_ZTNA_${tag}`, mac);
      }
    }
    return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
  }
}

/** Non-empty address sets of a gateway in Redis, members sorted. */
export async function redisMembership(
  redis: Redis,
  keyPrefix: string,
  gatewayId: string,
): Promise<Map<string, string[]>> {
  const base = `${keyPrefix}:{${gatewayId}}:addr:`;
  const out = new Map<string, string[]>();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${base}*`, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      const members = (await redis.smembers(key)).sort();
      if (members.length > 0) out.set(key.slice(base.length), members);
    }
  } while (cursor !== '0');
  return out;
}

export async function deleteKeys(redis: Redis, keyPrefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${keyPrefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}

export const sorted = (m: Map<string, string[]>): [string, string[]][] =>
  [...m].filter(([, v]) => v.length > 0).sort(([a], [b]) => a.localeCompare(b));

/** A MembershipSink double: records every change and folds them into a membership map. */
export class RecordingSink implements MembershipSink {
  readonly changes: MembershipChange[] = [];
  readonly members = new Map<string, Set<string>>();

  onMembershipChange(change: MembershipChange): void {
    const last = this.changes.at(-1)?.revision ?? 0;
    if (change.revision <= last) throw new Error(`revision ${change.revision} after ${last}`);
    this.changes.push(change);
    for (const d of change.deltas) {
      if (!this.members.has(d.address)) this.members.set(d.address, new Set());
      if (d.op === 'add') this.members.get(d.address)!.add(d.member);
      else this.members.get(d.address)!.delete(d.member);
    }
  }

  get revision(): number {
    return this.changes.at(-1)?.revision ?? 0;
  }

  membership(): Map<string, string[]> {
    return new Map([...this.members].map(([k, v]) => [k, [...v].sort()]));
  }
}

/** Gateway config for a test: loopback on a free port, no periodic reconcile unless asked. */
export function testConfig(
  iso: { subjects: Subjects; keyPrefix: string },
  overrides: Partial<GatewayAppConfig> = {},
): GatewayAppConfig {
  return {
    ...defaultConfig,
    gatewayId: 'gw1',
    connectors: [{ id: 1, serial: SERIAL, name: 'ems1' }],
    subjectPrefix: iso.subjects.prefix,
    streamName: iso.subjects.stream,
    redisKeyPrefix: iso.keyPrefix,
    httpHost: '127.0.0.1',
    httpPort: 0,
    apiToken: undefined,
    reconcileIntervalMs: 0,
    outOfSyncThresholdS: 180,
    outOfSyncPolicy: 'keep',
    batchSize: 500,
    snapshotTimeoutMs: 1000,
    ...overrides,
  };
}

/** Members per address that the EMS state implies (online endpoints only). */
export function expectedMembership(state: {
  readonly emsId: EmsState['emsId'];
  readonly endpoints: readonly Pick<
    EmsState['endpoints'][number],
    'online' | 'ips' | 'macs' | 'ztnaTags' | 'classificationTags'
  >[];
}): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  const add = (address: string, member: string): void => {
    if (!out.has(address)) out.set(address, new Set());
    out.get(address)!.add(member);
  };
  for (const e of state.endpoints.filter((x) => x.online)) {
    for (const tag of e.ztnaTags) {
      for (const ip of e.ips) add(`EMS${state.emsId}_ZTNA_${tag}`, ip);
      for (const mac of e.macs) add(`MAC_EMS${state.emsId}_ZTNA_${tag}`, mac);
    }
    for (const tag of e.classificationTags) for (const ip of e.ips) add(`EMS${state.emsId}_CLASS_${tag}`, ip);
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

/** A firewall config whose one fctems entry is EMS 1 (`SERIAL`) with `set out-of-sync-threshold <s>`. */
export function fctemsFirewall(thresholdS: number): ReturnType<typeof parseConfigText> {
  return parseConfigText(
    `config endpoint-control fctems\n    edit 1\n        set name "ems1"\n        set serial-number "${SERIAL}"\n        set out-of-sync-threshold ${thresholdS}\n    next\nend\n`,
  );
}

/** Moves `clock` 250 ms at a time (letting its timers run) until `done()` holds; fails naming `what`. */
export function advanceUntil(
  clock: ManualClock,
  done: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<true> {
  return waitFor(
    async () => {
      clock.advance(250);
      await clock.settle();
      return done();
    },
    { what, timeoutMs },
  );
}
