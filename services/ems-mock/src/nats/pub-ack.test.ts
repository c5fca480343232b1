import { describe, expect, it } from 'vitest';
import { parsePubAck } from './pub-ack.js';

const parse = (text: string) => parsePubAck(new TextEncoder().encode(text));

describe('parsePubAck', () => {
  it('reads the acks JetStream sends on success', () => {
    expect(parse('{"stream":"EV_1","seq":1}')).toEqual({ seq: 1, duplicate: false });
    expect(parse('{"stream":"ZTNA_EVENTS","seq":9007199254740}')).toEqual({
      seq: 9007199254740,
      duplicate: false,
    });
    expect(parse('{"stream":"S","seq":42,"duplicate":true}')).toEqual({ seq: 42, duplicate: true });
  });

  it('reads them as nats-server 2.9 spaces them, without JSON.parse (no stream field in the answer)', () => {
    expect(parse('{"stream":"ACKPROBE", "seq":1}')).toEqual({ seq: 1, duplicate: false });
    expect(parse('{"stream":"ACKPROBE", "seq":1,"duplicate": true}')).toEqual({ seq: 1, duplicate: true });
    expect(parse('{"stream":"S","seq":3,"duplicate": true}')).toEqual({ seq: 3, duplicate: true });
  });

  it('hands every other shape to JSON.parse', () => {
    expect(parse('{"stream":"S","domain":"hub","seq":7}')).toEqual({ stream: 'S', domain: 'hub', seq: 7 });
    expect(parse('{"stream":"S","seq":7,"duplicate":false}')).toEqual({
      stream: 'S',
      seq: 7,
      duplicate: false,
    });
    expect(parse('{ "stream": "S", "seq": 8 }')).toEqual({ stream: 'S', seq: 8 });
    expect(parse('{"stream":"S",  "seq":8}')).toEqual({ stream: 'S', seq: 8 });
    expect(parse('{"stream":"S", "seq":8,"duplicate": false}')).toEqual({
      stream: 'S',
      seq: 8,
      duplicate: false,
    });
    expect(parse('{"stream":"S", "seq":8,"duplicate":  true}')).toEqual({
      stream: 'S',
      seq: 8,
      duplicate: true,
    });
    expect(parse('{"error":{"code":503,"err_code":10077,"description":"unavailable"}}')).toEqual({
      error: { code: 503, err_code: 10077, description: 'unavailable' },
    });
  });

  it('throws on a body that is not JSON', () => {
    expect(() => parse('{"stream":"S","seq":}')).toThrow(SyntaxError);
    expect(() => parse('{"stream":"S","seq":5')).toThrow(SyntaxError);
    expect(() => parse('')).toThrow(SyntaxError);
  });
});
