import { describe, expect, it } from 'vitest';
import type { FctEms } from '../core/model/config.js';
import { connectorsAfterEdit, connectorsOf } from './fctems-connectors.js';

const entry = (id: number, fields: Partial<FctEms> = {}): FctEms => ({
  id,
  name: `ems${id}`,
  serverAddress: '10.0.0.5',
  serialNumber: `FCTEMS000000000${id}`,
  status: true,
  outOfSyncThreshold: 180,
  ...fields,
});
const table = (...entries: FctEms[]) => new Map(entries.map((e) => [e.id, e]));
const c = (id: number, serial = `FCTEMS000000000${id}`) => ({ id, serial, name: `ems${id}` });

describe('connectors from config endpoint-control fctems', () => {
  it('takes the enabled entries, in id order', () => {
    expect(connectorsOf({ fctems: table(entry(3), entry(1), entry(2, { status: false })) })).toEqual([
      c(1),
      c(3),
    ]);
  });

  it('an added or enabled entry is consumed; a deleted or disabled one is not', () => {
    const before = table(entry(1), entry(2, { status: false }), entry(3));
    const after = table(entry(1), entry(2), entry(4));
    expect(connectorsAfterEdit([c(1), c(3)], before, after)).toEqual([c(1), c(2), c(4)]);
    expect(connectorsAfterEdit([c(1), c(2)], after, table(entry(1), entry(2, { status: false })))).toEqual([
      c(1),
    ]);
  });

  it('a new serial replaces the connector; edits of other attributes and untouched ids change nothing', () => {
    const before = table(entry(1), entry(2));
    const after = table(entry(1, { outOfSyncThreshold: 60 }), entry(2, { serialNumber: 'FCTEMS9' }));
    // EMS 5 comes from EMS_CONNECTORS, EMS 1 keeps the serial it was started with
    expect(connectorsAfterEdit([c(1, 'FROMENV'), c(2), c(5)], before, after)).toEqual([
      c(1, 'FROMENV'),
      c(2, 'FCTEMS9'),
      c(5),
    ]);
  });

  it('an entry without a serial number keeps the connector of its id and adds none', () => {
    const after = table(
      entry(1, { serialNumber: '', outOfSyncThreshold: 10 }),
      entry(2, { serialNumber: '' }),
    );
    expect(connectorsAfterEdit([c(1, 'FROMENV')], new Map(), after)).toEqual([c(1, 'FROMENV')]);
  });
});
