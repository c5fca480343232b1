import { describe, expect, it } from 'vitest';
import { eventStreamConfig } from './event-stream.js';
import { createSubjects } from './subjects.js';

describe('eventStreamConfig', () => {
  const subjects = createSubjects('t.ztna', 'EV_T');

  it('holds the events filter on file storage with a 120 s duplicate window, dropping the oldest when full, by default', () => {
    expect(eventStreamConfig({ subjects })).toEqual({
      name: 'EV_T',
      subjects: ['t.ztna.ems.*.ep.*'],
      storage: 'file',
      retention: 'limits',
      duplicate_window: 120_000_000_000,
      num_replicas: 1,
      max_bytes: -1,
      max_age: 0,
      discard: 'old',
    });
  });

  it('takes replicas and limits, durations in ms turned into ns', () => {
    const config = eventStreamConfig({
      subjects,
      duplicateWindowMs: 5000,
      replicas: 3,
      maxBytes: 1e9,
      maxAgeMs: 60_000,
      discard: 'new',
    });
    expect(config).toMatchObject({
      duplicate_window: 5e9,
      num_replicas: 3,
      max_bytes: 1e9,
      max_age: 6e10,
      discard: 'new',
    });
  });

  it('refuses values out of range, naming them', () => {
    expect(() => eventStreamConfig({ subjects, duplicateWindowMs: 0 })).toThrow(/duplicateWindowMs 0/);
    expect(() => eventStreamConfig({ subjects, replicas: 7 })).toThrow(/replicas 7/);
    expect(() => eventStreamConfig({ subjects, maxBytes: -5 })).toThrow(/maxBytes -5/);
    expect(() => eventStreamConfig({ subjects, maxAgeMs: 1.5 })).toThrow(/maxAgeMs 1.5/);
    expect(() => eventStreamConfig({ subjects, discard: 'all' as 'old' })).toThrow(/discard all/);
  });
});
