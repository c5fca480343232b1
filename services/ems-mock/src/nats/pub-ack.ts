/** JetStream's answer to a publish. */
export interface PubAck {
  seq?: number;
  duplicate?: boolean;
  error?: { code?: number; description?: string };
}

const decoder = new TextDecoder();
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SPACE = 0x20;
const COMMA = 0x2c;
const ZERO = 0x30;
const NINE = 0x39;
const CLOSE = 0x7d;
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const STREAM = ascii('{"stream":"');
const SEQ = ascii('"seq":');
const DUPLICATE = ascii(',"duplicate":');
const TRUE = ascii('true}');

function matches(data: Uint8Array, at: number, expected: Uint8Array): boolean {
  if (at + expected.length > data.length) return false;
  for (let i = 0; i < expected.length; i += 1) if (data[at + i] !== expected[i]) return false;
  return true;
}

/** `at`, or `at + 1` when the byte there is a space (nats-server 2.9 writes `", "seq":1` and `": true`). */
const skipSpace = (data: Uint8Array, at: number): number => (data[at] === SPACE ? at + 1 : at);

/**
 * Reads a publish ack. The shapes JetStream sends on success, `{"stream":"S","seq":12}` and
 * `{"stream":"S","seq":12,"duplicate":true}` (nats-server 2.9 puts a space after the comma before
 * `"seq"` and after the colon of `"duplicate"`), are read from the bytes without decoding; anything
 * else (an error, a domain, other spacing) goes through JSON.parse. Throws when the body is not JSON.
 */
export function parsePubAck(data: Uint8Array): PubAck {
  let at = STREAM.length;
  if (matches(data, 0, STREAM)) {
    while (at < data.length && data[at] !== QUOTE && data[at] !== BACKSLASH) at += 1;
    if (data[at] === QUOTE && data[at + 1] === COMMA) at = skipSpace(data, at + 2);
    else at = data.length;
    if (matches(data, at, SEQ)) {
      at += SEQ.length;
      const digits = at;
      let seq = 0;
      for (let c = data[at]; c !== undefined && c >= ZERO && c <= NINE; c = data[++at])
        seq = seq * 10 + c - ZERO;
      const length = at - digits;
      if (length > 0 && length <= 15) {
        if (at === data.length - 1 && data[at] === CLOSE) return { seq, duplicate: false };
        if (matches(data, at, DUPLICATE)) {
          const value = skipSpace(data, at + DUPLICATE.length);
          if (value + TRUE.length === data.length && matches(data, value, TRUE)) {
            return { seq, duplicate: true };
          }
        }
      }
    }
  }
  return JSON.parse(decoder.decode(data)) as PubAck;
}
