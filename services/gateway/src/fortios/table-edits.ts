import { entryError, parseError, referenceError } from './cli-fault.js';
import type { Draft } from './draft.js';
import { parseKey } from './keys.js';
import { inNamespace, namespaceOf } from './references.js';
import type { EntryKey, Flat, TableSpec } from './schema.js';
import { SECTIONS } from './sections.js';
import { splitStored, storedToFlat, withStored } from './stored-fields.js';
import type { Token } from './tokenizer.js';

/** The open table `rename`/`clone` act on. */
export interface OpenTable {
  readonly spec: TableSpec;
  store(): Map<EntryKey, unknown>;
  /** `config …` path for messages. */
  readonly path: string;
}

/** `<old> to <new>` of `rename`/`clone`: both keys parsed, old present, new free (in its name space too). */
function oldToNew(draft: Draft, t: OpenTable, at: Token, args: readonly Token[]): [EntryKey, EntryKey] {
  const [from, to, target, extra] = args;
  if (from === undefined || to?.text !== 'to' || target === undefined) {
    throw parseError(to ?? from ?? at, `usage: ${at.text} <old> to <new>`);
  }
  if (extra !== undefined) throw parseError(extra, `unexpected '${extra.text}' after ${at.text}`);
  const oldKey = parseKey(t.spec, at, [from]);
  const newKey = parseKey(t.spec, at, [target]);
  const entries = t.store();
  if (!entries.has(oldKey)) throw referenceError(from, `config ${t.path} has no entry '${String(oldKey)}'`);
  const taken =
    entries.has(newKey) ||
    (t.spec.namespace !== undefined && inNamespace(draft, t.spec.namespace, String(newKey)));
  if (taken) {
    throw entryError(target, `name '${String(newKey)}' is already used`, 'A duplicate entry already exists.');
  }
  return [oldKey, newKey];
}

/** The entry rebuilt from `flat` under `key`, validated as `next` validates it, less stored `drop`. */
function rebuilt(
  spec: TableSpec,
  flat: Flat,
  key: EntryKey,
  at: Token,
  draft: Draft,
  drop?: string,
): unknown {
  const { simulated, attrs } = splitStored({ ...flat, [spec.keyProp]: key });
  const kept =
    attrs === undefined || drop === undefined
      ? attrs
      : Object.fromEntries(Object.entries(attrs).filter(([k]) => k !== drop));
  return withStored(
    spec.build(simulated, key, at, draft),
    kept !== undefined && Object.keys(kept).length > 0 ? kept : undefined,
  );
}

const flatOf = (spec: TableSpec, entry: unknown): Flat => ({
  ...spec.flatten(entry),
  ...storedToFlat(entry),
});

/**
 * `rename <old> to <new>` in a table: the entry keeps its place and attributes under the new key, and
 * every reference to it (policies, groups, routes) follows, as FortiOS renames an object in use.
 */
export function renameEntry(draft: Draft, t: OpenTable, at: Token, args: readonly Token[]): void {
  const [oldKey, newKey] = oldToNew(draft, t, at, args);
  const entries = t.store();
  const moved = [...entries].map(([k, v]): [EntryKey, unknown] =>
    k === oldKey ? [newKey, rebuilt(t.spec, flatOf(t.spec, v), newKey, at, draft)] : [k, v],
  );
  entries.clear();
  for (const [k, v] of moved) entries.set(k, v);
  if (t.spec.namespace === undefined || typeof oldKey !== 'string') return;
  for (const spec of SECTIONS) {
    if (spec.kind !== 'table' || spec.table === undefined) continue;
    const fields = spec.fields.filter(
      (f) => f.codec.ref !== undefined && namespaceOf(f.codec.ref) === t.spec.namespace,
    );
    if (fields.length === 0) continue;
    const table = draft.write(spec.table) as Map<EntryKey, unknown>;
    for (const [key, entry] of table) {
      const flat = flatOf(spec, entry);
      let changed = false;
      for (const f of fields) {
        const v = flat[f.prop];
        const renamed = Array.isArray(v)
          ? v.map((n) => (n === oldKey ? newKey : n))
          : v === oldKey
            ? newKey
            : v;
        if (JSON.stringify(renamed) === JSON.stringify(v)) continue;
        flat[f.prop] = renamed;
        changed = true;
      }
      if (changed) table.set(key, rebuilt(spec, flat, key, at, draft));
    }
  }
}

/**
 * `clone <old> to <new>` in a table: a copy of the entry under the new key, added at the end, without
 * the original's `uuid` (FortiOS gives the clone its own).
 */
export function cloneEntry(draft: Draft, t: OpenTable, at: Token, args: readonly Token[]): void {
  const [oldKey, newKey] = oldToNew(draft, t, at, args);
  const flat = flatOf(t.spec, t.store().get(oldKey));
  t.store().set(newKey, rebuilt(t.spec, flat, newKey, at, draft, 'uuid'));
}
