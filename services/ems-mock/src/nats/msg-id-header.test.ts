import { headers, type MsgHdrsImpl } from 'nats';
import { describe, expect, it } from 'vitest';
import { MsgIdHeader } from './msg-id-header.js';

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('MsgIdHeader', () => {
  it('encodes the same bytes as nats.js headers holding the same message id', () => {
    const header = new MsgIdHeader();
    for (const id of ['1:4f2a9c0d1e2b3a44:1', '7:00ff:123456789', '1:inc:9:dup']) {
      header.setId(id);
      const reference = headers();
      reference.set('Nats-Msg-Id', id);
      expect(text(header.encode())).toBe(text((reference as MsgHdrsImpl).encode()));
      expect(header.get('Nats-Msg-Id')).toBe(id);
    }
  });

  it('refuses CR and LF like nats.js, and encodes any other header it is given', () => {
    const header = new MsgIdHeader();
    expect(() => header.setId('1:i:2\r\nX-Evil: 1')).toThrow(/\\r and \\n are not allowed/);
    header.setId('1:i:3');
    header.set('X-Other', 'v');
    expect(text(header.encode())).toBe('NATS/1.0\r\nNats-Msg-Id: 1:i:3\r\nX-Other: v\r\n\r\n');
  });
});
