import { parseError, valueError } from './cli-fault.js';
import type { EntryKey, TableSpec } from './schema.js';
import type { Token } from './tokenizer.js';

const MAX_NAME = 79;

/**
 * The key of `edit <key>` / `delete <key>`: a name of 1–79 characters, or a number within the table's
 * range (0 allowed when the table numbers new entries itself). Throws a CliFault at the key.
 */
export function parseKey(spec: TableSpec, at: Token, args: readonly Token[]): EntryKey {
  const [t, extra] = args;
  if (t === undefined)
    throw parseError(at, `'${at.text}' needs ${spec.keyKind === 'name' ? 'a name' : 'an id'}`);
  if (extra !== undefined) throw parseError(extra, `'${at.text}' takes one key, got extra '${extra.text}'`);
  if (spec.keyKind === 'name') {
    if (t.text === '' || t.text.length > MAX_NAME) {
      throw valueError(t, `names are 1-${MAX_NAME} characters, got '${t.text}'`);
    }
    return t.text;
  }
  const n = /^\d{1,10}$/.test(t.text) ? Number(t.text) : Number.NaN;
  const min = spec.keyMin ?? 0;
  const max = spec.keyMax ?? 4294967295;
  if ((n === 0 && spec.autoKey === true) || (n >= min && n <= max)) return n;
  throw valueError(t, `config ${spec.path} ids are ${min}-${max}, got '${t.text}'`);
}
