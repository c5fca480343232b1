import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The README's environment table stays true: every variable config.ts reads (`env: '…'` in the one
// schema, `env.NAME` outside it) has a row.
const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('services/gateway/README.md environment table', () => {
  it('lists every variable config.ts reads', () => {
    const source = read('./config.ts');
    const names = new Set([
      ...[...source.matchAll(/\benv: '([A-Z][A-Z0-9_]*)'/g)].map((m) => m[1]!),
      ...[...source.matchAll(/\benv\.([A-Z][A-Z0-9_]*)\b/g)].map((m) => m[1]!),
    ]);
    expect(names.size).toBeGreaterThan(25);
    expect(names).toContain('EMS_CONNECTORS');
    expect(names).toContain('LOG_REQUESTS');
    const rows = new Set(
      [...read('../README.md').matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]!),
    );
    expect([...names].filter((name) => !rows.has(name))).toEqual([]);
  });
});
