import { ztna } from '@ztna/proto';
import { beforeEach, describe, expect, it } from 'vitest';
import { EmsError } from '../errors.js';
import type { EventKind } from './endpoint-record.js';
import { EmsDomain } from './ems-domain.js';
import { applyEnvelope } from './replay.js';

class FakeBus {
  readonly events: { envelope: ztna.v1.IEnvelope; kind: EventKind }[] = [];
  emit(envelope: ztna.v1.IEnvelope, kind: EventKind): void {
    this.events.push({ envelope, kind });
  }
  kinds(): EventKind[] {
    return this.events.map((e) => e.kind);
  }
}

describe('EmsDomain', () => {
  let bus: FakeBus;
  let now: number;
  let ems: EmsDomain;

  beforeEach(() => {
    bus = new FakeBus();
    now = 1_700_000_000_000;
    ems = new EmsDomain({ emsId: 2, serial: 'FCTEMS0000000002', tenant: 't' }, 'inc1', bus, () => now);
  });

  it('registers an endpoint with one upsert carrying the full record and the envelope header', () => {
    expect(ems.upsertEndpoint({ uid: 'FCT1', hostname: 'pc1', ips: ['10.0.0.1'], ztnaTags: ['APP'] })).toBe(
      1,
    );
    const [first] = bus.events;
    expect(first?.envelope).toMatchObject({
      emsId: 2,
      emsSerial: 'FCTEMS0000000002',
      incarnation: 'inc1',
      seq: 1,
      emittedAtMs: now,
      endpointUpsert: {
        endpoint: { uid: 'FCT1', hostname: 'pc1', ips: ['10.0.0.1'], ztnaTags: ['APP'], online: true },
      },
    });
  });

  it('produces no event for a no-op and numbers the rest gaplessly', () => {
    ems.upsertEndpoint({ uid: 'A', ips: ['10.0.0.1'] });
    expect(ems.upsertEndpoint({ uid: 'A', ips: ['10.0.0.1'] })).toBe(0);
    expect(ems.attachTags('A', ['x', 'y'])).toBe(1);
    expect(ems.attachTags('A', ['x'])).toBe(0);
    expect(ems.detachTags('A', ['z'])).toBe(0);
    expect(ems.detachTags('A', ['x', 'z'])).toBe(1);
    expect(ems.setOnline('A')).toBe(0);
    expect(ems.setOffline('A')).toBe(1);
    expect(ems.setOffline('A')).toBe(0);
    expect(ems.setOnline('A')).toBe(1);
    expect(ems.changeAddresses('A', ['10.0.0.1'])).toBe(0);
    expect(ems.changeAddresses('A', ['10.0.0.2'], ['0c:37:96:06:d7:5d'])).toBe(1);
    expect(ems.removeEndpoint('A')).toBe(1);
    expect(bus.events.map((e) => e.envelope.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(bus.kinds()).toEqual([
      'endpointUpsert',
      'tagsAttached',
      'tagsDetached',
      'endpointOffline',
      'endpointUpsert',
      'addressChange',
      'endpointRemoved',
    ]);
    expect(ems.seq).toBe(7);
  });

  it('carries only the tags that changed, with their kind', () => {
    ems.upsertEndpoint({ uid: 'A', ztnaTags: ['x'] });
    ems.attachTags('A', ['x', 'y', 'y'], 'classification');
    ems.attachTags('A', ['x', 'w']);
    expect(bus.events[1]?.envelope.tagsAttached).toEqual({
      uid: 'A',
      kind: ztna.v1.TagKind.TAG_KIND_CLASSIFICATION,
      tags: ['x', 'y'],
    });
    expect(bus.events[2]?.envelope.tagsAttached?.tags).toEqual(['w']);
  });

  it('keeps the tags while offline and restores them online', () => {
    ems.upsertEndpoint({ uid: 'A', ips: ['10.0.0.1'], ztnaTags: ['APP'] });
    ems.setOffline('A');
    expect(ems.endpoint('A')).toMatchObject({ online: false, ztnaTags: ['APP'] });
    ems.setOnline('A');
    expect(bus.events.at(-1)?.envelope.endpointUpsert?.endpoint).toMatchObject({
      online: true,
      ips: ['10.0.0.1'],
      ztnaTags: ['APP'],
    });
  });

  it('rejects bad input naming the field and value, and changes nothing', () => {
    ems.upsertEndpoint({ uid: 'A' });
    const attempts: [() => unknown, string, RegExp][] = [
      [() => ems.upsertEndpoint({ uid: 'bad uid' }), 'EMS_ERR_INVALID', /uid "bad uid"/],
      [
        () => ems.upsertEndpoint({ uid: 'B', ips: ['10.0.0.300'] }),
        'EMS_ERR_INVALID',
        /ips\[0\] "10.0.0.300"/,
      ],
      [() => ems.changeAddresses('A', ['10.0.0.1'], ['AA:BB']), 'EMS_ERR_INVALID', /macs\[0\] "AA:BB"/],
      [() => ems.attachTags('A', ['ok', 'no space']), 'EMS_ERR_INVALID', /tags\[1\] "no space"/],
      [() => ems.attachTags('A', ['x'], 'other' as 'ztna'), 'EMS_ERR_INVALID', /kind "other"/],
      [() => ems.setOffline('nobody'), 'EMS_ERR_NOT_FOUND', /uid "nobody"/],
      [
        () => ems.upsertEndpoint({ uid: 'B', online: 'yes' as unknown as boolean }),
        'EMS_ERR_INVALID',
        /online "yes"/,
      ],
    ];
    for (const [attempt, code, message] of attempts) {
      let caught: unknown;
      try {
        attempt();
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(EmsError);
      expect((caught as EmsError).code).toBe(code);
      expect((caught as EmsError).message).toMatch(message);
    }
    expect(bus.events).toHaveLength(1);
    expect(ems.uids()).toEqual(['A']);
  });

  it('gives a state equal to the replay of its events', () => {
    ems.upsertEndpoint({ uid: 'B', ips: ['10.0.0.2'], macs: ['0c:37:96:06:d7:5d'] });
    ems.upsertEndpoint({ uid: 'A', ztnaTags: ['t1'] });
    ems.attachTags('A', ['t2', 't3']);
    ems.detachTags('A', ['t1']);
    ems.attachTags('B', ['low'], 'classification');
    ems.setOffline('B');
    ems.changeAddresses('A', ['10.9.9.9']);
    ems.upsertEndpoint({ uid: 'C' });
    ems.removeEndpoint('C');
    const replayed = new Map();
    for (const { envelope } of bus.events) applyEnvelope(replayed, envelope);
    expect([...replayed.values()].sort((a, b) => a.uid.localeCompare(b.uid))).toEqual(ems.state().endpoints);
  });

  it('removes everything in uid order and restarts as a new incarnation', () => {
    ems.upsertEndpoint({ uid: 'B' });
    ems.upsertEndpoint({ uid: 'A' });
    expect(ems.removeAll()).toBe(2);
    expect(bus.events.slice(2).map((e) => e.envelope.endpointRemoved?.uid)).toEqual(['A', 'B']);
    ems.restart('inc2');
    expect(ems.state()).toMatchObject({ incarnation: 'inc2', seq: 0, endpoints: [] });
  });
});
