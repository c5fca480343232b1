import { referenceError } from './cli-fault.js';
import type { Draft } from './draft.js';
import { describeKind, type Namespace, namespaceOf, type RefKind, refExists } from './references.js';
import type { EntryKey, Field, Flat, TableSpec } from './schema.js';
import { SECTIONS } from './sections.js';
import type { Token } from './tokenizer.js';

const label = (spec: TableSpec, key: EntryKey): string =>
  `${spec.path} ${typeof key === 'number' ? key : `"${key}"`}`;

/** Every (table, key, field, names) of the draft whose field has a reference kind `wanted`. */
function* references(
  draft: Draft,
  wanted: (kind: RefKind) => boolean,
): Generator<[TableSpec, EntryKey, Field, readonly string[]]> {
  for (const spec of SECTIONS) {
    if (spec.kind !== 'table' || spec.table === undefined) continue;
    const refFields = spec.fields.filter((f) => f.codec.ref !== undefined && wanted(f.codec.ref));
    if (refFields.length === 0) continue;
    for (const [key, entry] of draft[spec.table] as ReadonlyMap<EntryKey, unknown>) {
      const flat: Flat = spec.flatten(entry);
      for (const f of refFields) {
        const v = flat[f.prop];
        if (v !== undefined) yield [spec, key, f, Array.isArray(v) ? (v as string[]) : [v as string]];
      }
    }
  }
}

/** Who refers to `name` of `namespace`: `firewall policy 3 (srcaddr)`, … */
export function usersOf(draft: Draft, namespace: Namespace, name: string): string[] {
  const users: string[] = [];
  for (const [spec, key, field, names] of references(draft, (kind) => namespaceOf(kind) === namespace)) {
    if (names.includes(name)) {
      users.push(`${label(spec, key)} (${field.key})`);
    }
  }
  return users;
}

/**
 * Refuses a draft in which a `ztna-ems-tag` names an object that is no longer an EMS-tag address (its
 * type changed in this block; deletions are refused earlier). Checked only when addresses `changed`;
 * reported at `at`, the `end` that closes the block.
 */
export function checkReferences(draft: Draft, changed: ReadonlySet<Namespace>, at: Token): void {
  if (!changed.has('address')) return;
  for (const [spec, key, field, names] of references(draft, (kind) => kind === 'ems-tag')) {
    const kind = field.codec.ref!;
    const missing = names.find((n) => !refExists(draft, kind, n));
    if (missing !== undefined) {
      throw referenceError(
        { ...at, text: missing },
        `${label(spec, key)}: '${field.key}' refers to '${missing}', which is not ${describeKind(kind)}`,
      );
    }
  }
}
