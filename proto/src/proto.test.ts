import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs/minimal.js';
import { ztna } from './index.js';

const { Envelope, Snapshot, TagKind, PacketBatch } = ztna.v1;

describe('wire contract', () => {
  it('round-trips an envelope with each kind of event', () => {
    const events = [
      {
        endpointUpsert: {
          endpoint: { uid: 'FCT1', ips: ['192.168.30.108'], ztnaTags: ['APP_SERVERS'], online: true },
        },
      },
      { tagsAttached: { uid: 'FCT1', kind: TagKind.TAG_KIND_ZTNA, tags: ['APP_SERVERS'] } },
      { tagsDetached: { uid: 'FCT1', kind: TagKind.TAG_KIND_CLASSIFICATION, tags: ['Low'] } },
      { endpointOffline: { uid: 'FCT1' } },
      { endpointRemoved: { uid: 'FCT1' } },
      { addressChange: { uid: 'FCT1', ips: ['10.0.0.2'], macs: ['0c:37:96:06:d7:5d'] } },
    ];
    events.forEach((event, i) => {
      const sent = Envelope.create({
        emsId: 1,
        emsSerial: 'FCTEMS0000000001',
        incarnation: 'a1',
        seq: i + 1,
        emittedAtMs: 1_700_000_000_000,
        ...event,
      });
      const got = Envelope.decode(Envelope.encode(sent).finish());
      expect(Envelope.toObject(got, { oneofs: true })).toEqual(Envelope.toObject(sent, { oneofs: true }));
      expect(got.event).toBe(Object.keys(event)[0]);
    });
  });

  it('keeps 64-bit sequence numbers as plain numbers', () => {
    const seq = 2 ** 40 + 7;
    const got = Envelope.decode(Envelope.encode({ seq, emittedAtMs: Date.now() }).finish());
    expect(got.seq).toBe(seq);
    expect(typeof got.emittedAtMs).toBe('number');
  });

  it('skips a field it does not know instead of failing (forward compatibility)', () => {
    const known = Envelope.encode({ emsId: 3, seq: 9, endpointOffline: { uid: 'X' } }).finish();
    const writer = protobuf.Writer.create();
    writer.uint32((99 << 3) | 2).string('added by a newer producer');
    writer.uint32((98 << 3) | 0).uint64(12345);
    const extended = new Uint8Array([...known, ...writer.finish()]);
    const got = Envelope.decode(extended);
    expect(got.emsId).toBe(3);
    expect(got.seq).toBe(9);
    expect(got.endpointOffline?.uid).toBe('X');
  });

  it('round-trips a snapshot and a packet batch', () => {
    const snap = Snapshot.create({
      emsId: 2,
      incarnation: 'b',
      seq: 40,
      endpoints: [{ uid: 'A', ips: ['10.1.1.1'] }],
    });
    expect(Snapshot.decode(Snapshot.encode(snap).finish()).endpoints[0]?.ips).toEqual(['10.1.1.1']);
    const batch = PacketBatch.create({
      packets: [
        {
          proto: ztna.v1.IpProto.IP_PROTO_TCP,
          src: '1.2.3.4',
          sport: 5,
          dst: '5.6.7.8',
          dport: 22,
          flags: 2,
        },
      ],
    });
    expect(PacketBatch.decode(PacketBatch.encode(batch).finish()).packets[0]?.dport).toBe(22);
  });

  it('rejects a message truncated inside a length-delimited field with a RangeError', () => {
    const bytes = Envelope.encode({ seq: 1, endpointOffline: { uid: 'FCT0123456789' } }).finish();
    expect(() => Envelope.decode(bytes.subarray(0, bytes.length - 3))).toThrow(RangeError);
  });
});
