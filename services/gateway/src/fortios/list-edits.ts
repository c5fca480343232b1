import { valueError } from './cli-fault.js';
import type { EntryKey } from './schema.js';
import type { Token } from './tokenizer.js';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * `append` adds the parsed values not already in the list; `unselect` removes them and throws a
 * CliFault at the first value the list does not hold.
 */
export function editList(
  current: unknown,
  parsed: unknown,
  mode: 'append' | 'unselect',
  values: readonly Token[],
  key: string,
): unknown[] {
  const old = (current ?? []) as readonly unknown[];
  const given = parsed as readonly unknown[];
  if (mode === 'append') return [...old, ...given.filter((p) => !old.some((o) => same(o, p)))];
  given.forEach((d, i) => {
    if (!old.some((o) => same(o, d)))
      throw valueError(values[i]!, `'${key}' does not contain '${values[i]!.text}'`);
  });
  return old.filter((o) => !given.some((d) => same(o, d)));
}

/** Puts entry `id` right before (or after) entry `other`, keeping the rest in order. */
export function moveEntry(
  store: Map<EntryKey, unknown>,
  id: EntryKey,
  other: EntryKey,
  after: boolean,
): void {
  if (id === other) return;
  const moved = store.get(id);
  const entries = [...store].filter(([k]) => k !== id);
  entries.splice(entries.findIndex(([k]) => k === other) + (after ? 1 : 0), 0, [id, moved]);
  store.clear();
  for (const [k, v] of entries) store.set(k, v);
}

/** One above the highest numeric key (`edit 0`). */
export function nextFreeId(keys: Iterable<EntryKey>): number {
  let max = 0;
  for (const k of keys) max = Math.max(max, Number(k));
  return max + 1;
}
