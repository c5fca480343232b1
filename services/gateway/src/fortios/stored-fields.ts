import { parseError, valueError } from './cli-fault.js';
import { type Codec, quote } from './codecs.js';
import type { Field, Flat } from './schema.js';
import type { Token } from './tokenizer.js';

/** Prefix of the flat properties that hold stored (not simulated) attributes while an entry is edited. */
const STORED = 'attr:';

/** Longest value text kept for one stored attribute (FortiOS's longest string attributes are 4 KB). */
const MAX_STORED = 4096;

/** A value as FortiOS prints it: quoted words quoted (`''` when empty), keywords bare. */
const printed = (t: Token): string => (t.quoted ? (t.text === '' ? "''" : quote(t.text)) : t.text);

/**
 * Any value, kept as printed text: the attributes FortiOS has but the simulator does not act on.
 * Zero or more words (`set groups` with nothing after it is how full-configuration prints an empty list).
 */
export const words: Codec<string> = {
  parse(args, key) {
    const text = args.map(printed).join(' ');
    if (text.length > MAX_STORED) {
      throw valueError(key, `'${key.text}' value is longer than ${MAX_STORED} characters`);
    }
    return text;
  },
  format: (v) => v,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `set uuid 8a4c…`: one RFC 4122 text UUID, printed bare as FortiOS does. */
export const uuid: Codec<string> = {
  parse(args, key) {
    const [t, extra] = args;
    if (t === undefined) throw valueError(key, `'${key.text}' needs a value`);
    if (extra !== undefined)
      throw parseError(extra, `'${key.text}' takes one value, got extra '${extra.text}'`);
    if (!UUID.test(t.text)) throw valueError(t, `'${key.text}' must be a UUID, got '${t.text.slice(0, 64)}'`);
    return t.text.toLowerCase();
  },
  format: (v) => v,
};

/** One or more keywords of a fixed set (`set allowaccess ping https ssh`), kept in the order given. */
export function keywords(allowed: readonly string[]): Codec<string> {
  return {
    parse(args, key) {
      for (const t of args) {
        if (!allowed.includes(t.text)) {
          throw valueError(t, `'${key.text}' takes ${allowed.join('|')}, got '${t.text.slice(0, 64)}'`);
        }
      }
      return args.map((t) => t.text).join(' ');
    },
    format: (v) => v,
  };
}

/** A stored attribute: accepted, kept on the object (`attrs`) and shown back, never simulated. */
export interface StoredAttribute {
  readonly key: string;
  readonly codec?: Codec<string>;
}

/**
 * The fields of a section in FortiOS's order: `order` lists every attribute key as FortiOS prints it;
 * a key the simulator models takes its field from `simulated`, any other becomes a stored attribute.
 * Simulated fields FortiOS does not have (extensions such as the device `index`) come last.
 */
export function fortiosOrder(
  simulated: readonly Field[],
  order: readonly (string | StoredAttribute)[],
): Field[] {
  const out: Field[] = [];
  const used = new Set<string>();
  for (const item of order) {
    const key = typeof item === 'string' ? item : item.key;
    const own = simulated.filter((f) => f.key === key);
    if (own.length > 0) {
      out.push(...own);
    } else {
      const codec = typeof item === 'string' ? words : (item.codec ?? words);
      out.push({ key, prop: `${STORED}${key}`, codec, stored: true });
    }
    used.add(key);
  }
  return [...out, ...simulated.filter((f) => !used.has(f.key))];
}

/** The stored attributes of an entry as edit-time flat properties. */
export function storedToFlat(entry: unknown): Flat {
  const attrs = (entry as { attrs?: Readonly<Record<string, string>> } | undefined)?.attrs;
  if (attrs === undefined) return {};
  return Object.fromEntries(Object.entries(attrs).map(([k, v]) => [`${STORED}${k}`, v]));
}

/** Splits edit-time properties into the simulated ones and the stored `attrs` (undefined when none). */
export function splitStored(flat: Flat): {
  simulated: Flat;
  attrs: Readonly<Record<string, string>> | undefined;
} {
  const simulated: Flat = {};
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(flat)) {
    if (k === 'attrs') continue;
    if (k.startsWith(STORED)) {
      if (v !== undefined) attrs[k.slice(STORED.length)] = v as string;
    } else {
      simulated[k] = v;
    }
  }
  return { simulated, attrs: Object.keys(attrs).length === 0 ? undefined : Object.freeze(attrs) };
}

/** `built` with the stored attributes attached (frozen), or `built` itself when there are none. */
export function withStored<T>(built: T, attrs: Readonly<Record<string, string>> | undefined): T {
  return attrs === undefined ? built : (Object.freeze({ ...built, attrs }) as T);
}

/** A typed codec whose value is kept as its printed text (a stored attribute FortiOS range-checks). */
export function checked<V>(codec: Codec<V>): Codec<string> {
  return {
    parse: (args, key, draft) => codec.format(codec.parse(args, key, draft)),
    format: (v) => v,
  };
}
