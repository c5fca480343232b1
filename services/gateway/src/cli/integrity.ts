import { referenceError } from './cli-fault.js';
import type { Draft } from './draft.js';
import { describeKind, type Namespace, namespaceOf, refExists } from './references.js';
import type { EntryKey, Field, Flat, TableSpec } from './schema.js';
import { SECTIONS } from './sections.js';
import type { Token } from './tokenizer.js';

const label = (spec: TableSpec, key: EntryKey): string =>
  `${spec.path} ${typeof key === 'number' ? key : `"${key}"`}`;

/** Every (table, key, entry, field, names) of the draft whose field refers to other objects. */
function* references(draft: Draft): Generator<[TableSpec, EntryKey, Field, readonly string[]]> {
  for (const spec of SECTIONS) {
    if (spec.kind !== 'table' || spec.map === undefined) continue;
    const refFields = spec.fields.filter((f) => f.codec.ref !== undefined);
    if (refFields.length === 0) continue;
    for (const [key, entry] of spec.map(draft)) {
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
  for (const [spec, key, field, names] of references(draft)) {
    if (namespaceOf(field.codec.ref!) === namespace && names.includes(name)) {
      users.push(`${label(spec, key)} (${field.key})`);
    }
  }
  return users;
}

/**
 * Refuses a draft in which any reference names a missing object (e.g. an address whose type changed
 * under a `ztna-ems-tag`). Reported at `at`, the `end` that closes the block.
 */
export function checkReferences(draft: Draft, at: Token): void {
  for (const [spec, key, field, names] of references(draft)) {
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
