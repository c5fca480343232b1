import { entryError } from './cli-fault.js';
import type { Flat } from './schema.js';
import type { Token } from './tokenizer.js';

/**
 * Refuses an entry whose listed attributes are unset or empty lists, as FortiOS does on `next`
 * (`Attribute 'srcintf' MUST be set.`).
 */
export function requireSet(
  flat: Flat,
  at: Token,
  what: string,
  attributes: readonly (readonly [key: string, prop: string])[],
): void {
  for (const [key, prop] of attributes) {
    const v = flat[prop];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) {
      throw entryError(at, `${what}: '${key}' must be set`, `Attribute '${key}' MUST be set.`);
    }
  }
}
