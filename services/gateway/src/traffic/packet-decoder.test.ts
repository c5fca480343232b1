import { ztna } from '@ztna/proto';
import { describe, expect, it } from 'vitest';
import { createPacketBatch } from '../core/engine/packet-batch.js';
import { decodePacketBatch } from './packet-decoder.js';

const target = () => {
  const batch = createPacketBatch(16, true);
  return { batch, reserve: () => batch };
};
const encode = (packets: ztna.v1.IPacket[]) => ztna.v1.PacketBatch.encode({ packets }).finish();

describe('decodePacketBatch', () => {
  it('reads what the generated encoder writes, every field', () => {
    const t = target();
    const n = decodePacketBatch(
      encode([
        {
          proto: 6,
          src: '192.168.30.108',
          sport: 54225,
          dst: '192.168.12.99',
          dport: 22,
          flags: 18,
          bytes: 73,
        },
        {
          proto: 17,
          src: '10.0.0.1',
          sport: 5353,
          dst: '255.255.255.255',
          dport: 53,
          srcintf: 'port1',
          srcMac: '0c:37:96:06:d7:5d',
        },
        { proto: 1, src: '0.0.0.0', dst: '1.2.3.4', dport: 8 },
      ]),
      t,
      10,
    );
    expect(n).toBe(3);
    const b = t.batch;
    expect([b.proto[0], b.src[0], b.sport[0], b.dst[0], b.dport[0], b.flags[0], b.bytes[0]]).toEqual([
      6, 0xc0a81e6c, 54225, 0xc0a80c63, 22, 18, 73,
    ]);
    expect([b.proto[1], b.dst[1], b.srcintf![1], b.srcMac![1]]).toEqual([
      17,
      0xffffffff,
      'port1',
      '0c:37:96:06:d7:5d',
    ]);
    expect([b.src[2], b.sport[2], b.dport[2], b.srcintf![2], b.srcMac![2]]).toEqual([
      0,
      0,
      8,
      undefined,
      undefined,
    ]);
  });

  it('names the packet, the field and the value it refuses', () => {
    const bad = (p: ztna.v1.IPacket) => () =>
      decodePacketBatch(encode([{ src: '1.1.1.1', dst: '2.2.2.2' }, p]), target(), 10);
    expect(bad({ src: '1.1.1', dst: '2.2.2.2' })).toThrow('packets[1].src: invalid value "1.1.1"');
    expect(bad({ src: '1.1.1.1', dst: '2.2.2.256' })).toThrow('packets[1].dst: invalid value "2.2.2.256"');
    expect(bad({ src: '1.1.1.1' })).toThrow('packets[1].dst: invalid value ""');
    expect(bad({ src: '1.1.1.1', dst: '2.2.2.2', dport: 70000 })).toThrow(
      'packets[1].dport: invalid value 70000',
    );
    expect(() => decodePacketBatch(Uint8Array.of(0x0a, 0x05, 0x08), target(), 10)).toThrow(/truncated/);
    expect(() =>
      decodePacketBatch(
        encode([
          { src: '1.1.1.1', dst: '2.2.2.2' },
          { src: '1.1.1.1', dst: '2.2.2.2' },
        ]),
        target(),
        1,
      ),
    ).toThrow(/at most 1/);
  });
});
