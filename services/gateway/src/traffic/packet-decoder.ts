import type { PacketBatch } from '../core/engine/packet-batch.js';

const text = new TextDecoder();
/** Largest value of each numeric Packet field the batch columns hold, by field number. */
const LIMITS: Record<number, number> = { 1: 255, 3: 65535, 5: 65535, 7: 255 };
const FIELD_NAMES: Record<number, string> = { 1: 'proto', 3: 'sport', 5: 'dport', 7: 'flags' };

/** Why a PacketBatch could not be read; names the packet and field. */
export class PacketDecodeError extends Error {
  override readonly name = 'PacketDecodeError';
}

/** Reads a PacketBatch's packets into columns; see {@link decodePacketBatch}. */
export interface DecodeTarget {
  /** Called before the first packet with the number of packets, so the caller can size the batch. */
  reserve(count: number): PacketBatch;
}

/**
 * Decodes a `ztna.v1.PacketBatch` (field 1: repeated Packet { proto = 1, src = 2, sport = 3, dst = 4,
 * dport = 5, srcintf = 6, flags = 7, bytes = 8, src_mac = 9 }) straight into a {@link PacketBatch}:
 * addresses are parsed from their ASCII bytes without making strings; `srcintf` / `src_mac` strings are
 * made only when present. Unknown fields are skipped. Values are copied as received: the caller
 * validates them. Throws PacketDecodeError on malformed wire data; returns the packet count.
 */
export function decodePacketBatch(data: Uint8Array, target: DecodeTarget, maxPackets: number): number {
  let count = 0;
  pos = 0;
  while (pos < data.length) {
    const tag = varint(data);
    if (tag !== 0x0a) {
      skip(data, tag);
      continue;
    }
    const len = varint(data);
    pos += len;
    if (pos > data.length) throw new PacketDecodeError(`packets[${count}]: truncated`);
    count += 1;
  }
  if (count > maxPackets)
    throw new PacketDecodeError(`packets: ${count} packets, at most ${maxPackets} per batch`);
  const batch = target.reserve(count);
  batch.count = count;
  let i = 0;
  pos = 0;
  while (pos < data.length) {
    const tag = varint(data);
    if (tag !== 0x0a) {
      skip(data, tag);
      continue;
    }
    const len = varint(data);
    readPacket(data, pos + len, batch, i);
    i += 1;
  }
  return count;
}

/** Read position of the decoder (single-threaded, reset at every batch). */
let pos = 0;

function readPacket(data: Uint8Array, end: number, b: PacketBatch, i: number): void {
  b.proto[i] = 0;
  b.src[i] = 0;
  b.dst[i] = 0;
  b.sport[i] = 0;
  b.dport[i] = 0;
  b.flags[i] = 0;
  b.bytes[i] = 0;
  if (b.srcintf) b.srcintf[i] = undefined;
  if (b.srcMac) b.srcMac[i] = undefined;
  let bad = '';
  let seen = 0;
  while (pos < end) {
    const tag = varint(data);
    const field = tag >>> 3;
    if ((tag & 7) === 0) {
      const v = varint(data);
      const limit = LIMITS[field] ?? 0xffffffff;
      if (v > limit) bad ||= `${FIELD_NAMES[field]} ${v}`;
      else if (field === 1) b.proto[i] = v;
      else if (field === 3) b.sport[i] = v;
      else if (field === 5) b.dport[i] = v;
      else if (field === 7) b.flags[i] = v;
      else if (field === 8) b.bytes[i] = v;
    } else if ((tag & 7) === 2) {
      const len = varint(data);
      const start = pos;
      const at = (pos += len);
      if (at > end) throw new PacketDecodeError(`packets[${i}]: field ${field} truncated`);
      if (field === 2 || field === 4) {
        seen |= field;
        const ip = parseAsciiIpv4(data, start, at);
        if (ip < 0)
          bad ||= `${field === 2 ? 'src' : 'dst'} ${JSON.stringify(text.decode(data.subarray(start, at)))}`;
        else if (field === 2) b.src[i] = ip;
        else b.dst[i] = ip;
      } else if (field === 6 && len > 0 && b.srcintf) b.srcintf[i] = text.decode(data.subarray(start, at));
      else if (field === 9 && len > 0 && b.srcMac) b.srcMac[i] = text.decode(data.subarray(start, at));
    } else {
      skip(data, tag);
    }
  }
  if (pos !== end) throw new PacketDecodeError(`packets[${i}]: field overruns the packet`);
  if ((seen & 2) === 0) bad ||= 'src ""';
  if ((seen & 4) === 0) bad ||= 'dst ""';
  if (bad !== '') throw new PacketDecodeError(`packets[${i}].${bad.replace(' ', ': invalid value ')}`);
}

/** Reads a varint at `pos`; values above 2^32 saturate (every field we read is 32-bit or less). */
function varint(data: Uint8Array): number {
  let v = 0;
  let shift = 0;
  for (;;) {
    if (pos >= data.length) throw new PacketDecodeError('truncated varint');
    const byte = data[pos++]!;
    if (shift < 28) v = (v | ((byte & 0x7f) << shift)) >>> 0;
    else if (byte & 0x7f) v = 0xffffffff;
    if (byte < 0x80) return v;
    shift += 7;
    if (shift > 63) throw new PacketDecodeError('varint too long');
  }
}

function skip(data: Uint8Array, tag: number): void {
  switch (tag & 7) {
    case 0:
      varint(data);
      return;
    case 1:
      pos += 8;
      return;
    case 2:
      pos += varint(data);
      return;
    case 5:
      pos += 4;
      return;
    default:
      throw new PacketDecodeError(`unsupported wire type ${tag & 7}`);
  }
}

/** Dotted IPv4 in ASCII bytes [from, end) to an unsigned integer; -1 when not exactly a.b.c.d. */
function parseAsciiIpv4(data: Uint8Array, from: number, end: number): number {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let at = from; at < end; at++) {
    const c = data[at]!;
    if (c === 46) {
      if (digits === 0 || dots === 3) return -1;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots += 1;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && octet === 0) return -1;
      octet = octet * 10 + (c - 48);
      digits += 1;
      if (octet > 255) return -1;
    } else {
      return -1;
    }
  }
  return dots === 3 && digits > 0 ? value * 256 + octet : -1;
}
