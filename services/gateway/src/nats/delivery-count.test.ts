import { describe, expect, it } from 'vitest';
import { deliveryCount } from './event-consumer.js';

describe('deliveryCount', () => {
  it('reads the delivery count of both ack subject forms, 0 otherwise', () => {
    expect(deliveryCount({ reply: '$JS.ACK.ZTNA_EVENTS.gw-gw1.20.4711.12.1700000000000000000.3' })).toBe(20);
    expect(
      deliveryCount({ reply: '$JS.ACK.hub.ACCHASH.ZTNA_EVENTS.gw-gw1.3.4711.12.1700000000000000000.0.rnd' }),
    ).toBe(3);
    expect(deliveryCount({ reply: '_INBOX.abc' })).toBe(0);
    expect(deliveryCount({ reply: '' })).toBe(0);
  });
});
