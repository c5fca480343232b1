import type { EntryKey, Field, Flat, SectionSpec } from './schema.js';

/** Width FortiOS pads attribute names to in `get` (`admin-concurrent    : enable`). */
const NAME_WIDTH = 20;

/** `"port1"` → `port1`: `get` prints values bare; keywords, numbers and lists of words as `show` does. */
const bare = (text: string): string =>
  /^"(?:[^"\\]|\\.)*"$/.test(text) ? text.slice(1, -1).replace(/\\(.)/g, '$1') : text;

const line = (name: string, value: string): string => `${name.padEnd(NAME_WIDTH)}: ${value}`;

const kebab = (prop: string): string => prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function fieldLines(f: Field, value: unknown): string[] {
  if (f.codec.ref !== undefined && f.codec.multi === true && Array.isArray(value)) {
    // a list of references is a child table in FortiOS: one `== [ name ]` block per member
    return [`${f.key}:`, ...(value as string[]).flatMap((n) => [`    == [ ${n} ]`, `    name: ${n}`])];
  }
  return [line(f.key, bare(f.codec.format(value)))];
}

/**
 * FortiOS `get` inside `edit <key>` (or inside a `config` of one object): the object's key, then every
 * FortiOS attribute with its value, defaults included, as `name                : value` (names padded
 * to 20 columns, values bare); a list of references as FortiOS prints a child table (`srcintf:`,
 * `    == [ port1 ]`, `    name: port1`). Simulator-only extensions (the device `index`) are left out.
 */
export function getText(spec: SectionSpec, flat: Flat, key?: EntryKey): string {
  const lines: string[] = [];
  if (spec.kind === 'table' && key !== undefined) {
    lines.push(line(spec.keyKind === 'name' ? 'name' : kebab(spec.keyProp), String(key)));
  }
  for (const f of spec.fields) {
    const value = flat[f.prop];
    if (f.hidden === true || f.extension === true || value === undefined) continue;
    if (spec.kind === 'table' && f.prop === spec.keyProp) continue;
    for (const l of fieldLines(f, value)) lines.push(l);
  }
  return lines.join('\n') + '\n';
}
