/** JetStream's answer to a publish. */
export interface PubAck {
  seq?: number;
  duplicate?: boolean;
  error?: { code?: number; description?: string };
}

const decoder = new TextDecoder();
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const ZERO = 0x30;
const NINE = 0x39;
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const STREAM = ascii('{"stream":"');
const SEQ = ascii('","seq":');
const DUPLICATE = ascii(',"duplicate":true}');

function matches(data: Uint8Array, at: number, expected: Uint8Array): boolean {
  if (at + expected.length > data.length) return false;
  for (let i = 0; i < expected.length; i += 1) if (data[at + i] !== expected[i]) return false;
  return true;
}

/**
 * Reads a publish ack. The shapes JetStream sends on success, `{"stream":"S","seq":12}` and
 * `{"stream":"S","seq":12,"duplicate":true}`, are read from the bytes without decoding; anything else
 * (an error, a domain, other spacing) goes through JSON.parse. Throws when the body is not JSON.
 */
export function parsePubAck(data: Uint8Array): PubAck {
  let at = STREAM.length;
  if (matches(data, 0, STREAM)) {
    while (at < data.length && data[at] !== QUOTE && data[at] !== BACKSLASH) at += 1;
    if (matches(data, at, SEQ)) {
      at += SEQ.length;
      const digits = at;
      let seq = 0;
      for (let c = data[at]; c !== undefined && c >= ZERO && c <= NINE; c = data[++at])
        seq = seq * 10 + c - ZERO;
      const length = at - digits;
      if (length > 0 && length <= 15) {
        if (at === data.length - 1 && data[at] === 0x7d) return { seq, duplicate: false };
        if (at + DUPLICATE.length === data.length && matches(data, at, DUPLICATE)) {
          return { seq, duplicate: true };
        }
      }
    }
  }
  return JSON.parse(decoder.decode(data)) as PubAck;
}
