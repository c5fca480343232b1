import { describe, expect, it } from 'vitest';
import { cut, preview } from './preview.js';

describe('preview', () => {
  it('renders small values as JSON', () => {
    expect(preview('10.0.0.256')).toBe('"10.0.0.256"');
    expect(preview(undefined)).toBe('undefined');
    expect(preview({ a: [1, true, null] })).toBe('{"a":[1,true,null]}');
  });

  it('cuts large strings, long arrays and wide objects to the limit', () => {
    expect(preview('x'.repeat(10_000_000), 20)).toBe(`"${'x'.repeat(19)}…`);
    expect(
      preview(
        Array.from({ length: 1_000_000 }, (_, i) => i),
        12,
      ),
    ).toBe('[0,1,2,3,4,5…');
    expect(preview(Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i])), 10)).toBe(
      '{"k0":0,"k…',
    );
  });

  it('does not walk into deeply nested values', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(preview(deep)).toBe('[[[[[[…]]]]]]');
  });

  it('cut leaves short text alone', () => {
    expect(cut('short', 10)).toBe('short');
    expect(cut('a longer text', 4)).toBe('a lo…');
  });
});
