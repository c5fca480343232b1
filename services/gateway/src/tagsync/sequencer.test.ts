import { describe, expect, it } from 'vitest';
import { sequence } from './sequencer.js';

const applied = { incarnation: 'a', seq: 10, sinceMs: 1000 };
const event = (incarnation: string, seq: number, emittedAtMs = 2000) => ({ incarnation, seq, emittedAtMs });

describe('sequence', () => {
  it('applies the next seq, skips seen ones, resyncs on a gap', () => {
    expect(sequence(applied, event('a', 11))).toEqual({ action: 'apply' });
    expect(sequence(applied, event('a', 10))).toEqual({ action: 'duplicate' });
    expect(sequence(applied, event('a', 3))).toEqual({ action: 'duplicate' });
    expect(sequence(applied, event('a', 12))).toEqual({ action: 'resync', cause: 'gap' });
  });

  it('resyncs without state and on a new incarnation; an older foreign incarnation is stale', () => {
    expect(sequence(undefined, event('a', 1))).toEqual({ action: 'resync', cause: 'no-state' });
    expect(sequence(applied, event('b', 1, 1500))).toEqual({ action: 'resync', cause: 'new-incarnation' });
    expect(sequence(applied, event('old', 500, 999))).toEqual({ action: 'stale-incarnation' });
  });
});
