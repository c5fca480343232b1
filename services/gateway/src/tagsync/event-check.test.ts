import { ztna } from '@ztna/proto';
import { describe, expect, it } from 'vitest';
import { checkEnvelope, describeRefusal } from './event-check.js';

const connectors = new Map([[1, { id: 1, serial: 'FCTEMS0000000001', name: 'ems1' }]]);
const subject = 'ztna.v1.ems.1.ep.A';
const encode = (fields: Partial<ztna.v1.IEnvelope>) =>
  ztna.v1.Envelope.encode({
    emsId: 1,
    emsSerial: 'FCTEMS0000000001',
    incarnation: 'i',
    seq: 1,
    endpointOffline: { uid: 'A' },
    ...fields,
  }).finish();
const reason = (data: Uint8Array, on = subject): string | undefined => {
  const checked = checkEnvelope(data, on, connectors);
  return 'refusal' in checked ? describeRefusal(checked.refusal) : undefined;
};

describe('checkEnvelope', () => {
  it('accepts a valid event', () => {
    expect(reason(encode({}))).toBeUndefined();
  });

  it('names the kind, field and value of what it refuses', () => {
    expect(reason(new Uint8Array([0xff, 0xff]))).toMatch(/^malformed: envelope /);
    expect(reason(encode({ emsId: 3 }), 'ztna.v1.ems.3.ep.A')).toBe(
      'unknown-ems: emsId 3: no such EMS connector is configured',
    );
    expect(reason(encode({ emsSerial: 'X' }))).toBe(
      'unknown-ems: emsSerial "X": EMS 1 has serial FCTEMS0000000001',
    );
    expect(reason(encode({}), 'ztna.v1.ems.2.ep.A')).toMatch(/^invalid-field: subject "ztna.v1.ems.2.ep.A"/);
    expect(reason(encode({ seq: 0 }))).toBe('invalid-field: seq 0: must be at least 1');
    expect(reason(encode({ endpointOffline: null, addressChange: { uid: 'A', ips: ['1.2.3'] } }))).toBe(
      'invalid-ip: addressChange.ips[0] "1.2.3": must be a dotted IPv4 address',
    );
    expect(
      reason(encode({ endpointOffline: null, endpointUpsert: { endpoint: { uid: 'A', macs: ['0C:37'] } } })),
    ).toMatch(/^invalid-mac: endpointUpsert.endpoint.macs\[0\] "0C:37"/);
    expect(reason(encode({ endpointOffline: { uid: '' } }))).toMatch(/^invalid-uid: endpointOffline.uid ""/);
    expect(reason(new Uint8Array(64 * 1024 + 1))).toMatch(/^oversized: envelope "65537 bytes"/);
    expect(
      reason(encode({ endpointOffline: null, tagsAttached: { uid: 'A', tags: ['WEB', 'bad tag'] } })),
    ).toBe('invalid-tag: tagsAttached.tags[1] "bad tag": must match [A-Za-z0-9_.-]{1,64}');
  });

  it('reads the EMS id from the subject whatever the prefix, and refuses other shapes', () => {
    expect(reason(encode({}), 'ems.1.ep.A')).toBeUndefined();
    expect(reason(encode({}), 'a.b.c.ems.1.ep.A')).toBeUndefined();
    for (const other of ['1.ep.A', 'ztna.v1.ems.1.A', 'ztna.v1.xems.1.ep.A', 'ztna.v1.ems.11.ep.A', '']) {
      expect(reason(encode({}), other)).toMatch(/^invalid-field: subject /);
    }
  });
});
