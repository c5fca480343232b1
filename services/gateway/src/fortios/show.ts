import type { GatewayConfig } from '../core/model/config.js';
import { parseError } from './cli-fault.js';
import { quote } from './codecs.js';
import { Draft } from './draft.js';
import type { EntryKey, Field, Flat, SectionSpec, TableSpec } from './schema.js';
import { SECTIONS } from './sections.js';
import { matchSection } from './section-path.js';
import { storedToFlat } from './stored-fields.js';
import { tokenize } from './tokenizer.js';

export interface ShowOptions {
  /** `show full-configuration`: every value, defaults included. */
  readonly full?: boolean;
}

/** Appends `more` to `lines` one by one: a spread call would overflow the stack on a large table. */
function append(lines: string[], more: readonly string[]): void {
  for (const line of more) lines.push(line);
}

const pad = (depth: number): string => '    '.repeat(depth);
const keyText = (key: EntryKey): string => (typeof key === 'number' ? String(key) : quote(key));

function setLines(
  fields: readonly Field[],
  flat: Flat,
  defaults: Flat,
  depth: number,
  full: boolean,
): string[] {
  const lines: string[] = [];
  for (const f of fields) {
    const value = flat[f.prop];
    if (f.hidden === true || value === undefined) continue;
    const text = f.codec.format(value);
    const isDefault = defaults[f.prop] !== undefined && text === f.codec.format(defaults[f.prop]);
    if (
      (text === '' && f.stored !== true) ||
      ((!full || f.extension === true) && isDefault && f.alwaysShown !== true)
    )
      continue;
    lines.push(text === '' ? `${pad(depth)}set ${f.key}` : `${pad(depth)}set ${f.key} ${text}`);
  }
  return lines;
}

function tableLines(
  spec: TableSpec,
  entries: readonly [EntryKey, unknown][],
  depth: number,
  full: boolean,
  before: readonly unknown[] = [],
): string[] {
  const lines: string[] = [];
  const siblings = [...before];
  for (const [key, entry] of entries) {
    const flat = { ...spec.flatten(entry), ...storedToFlat(entry) };
    append(lines, entryLines(spec, key, flat, siblings, depth, full));
    siblings.push(entry);
  }
  return lines;
}

function entryLines(
  spec: TableSpec,
  key: EntryKey,
  flat: Flat,
  siblings: readonly unknown[],
  depth: number,
  full: boolean,
): string[] {
  const sets = setLines(spec.fields, flat, spec.blank(key, siblings), depth + 1, full);
  return [`${pad(depth)}edit ${keyText(key)}`, ...sets, `${pad(depth)}next`];
}

/**
 * FortiOS `show` inside `edit <key>`: that entry alone, as it stands while edited (changes not yet
 * committed by `next` included), wrapped in its `config` line. `siblings` are the entries before it.
 */
export function showEntry(spec: TableSpec, key: EntryKey, flat: Flat, siblings: readonly unknown[]): string {
  return [`config ${spec.path}`, ...entryLines(spec, key, flat, siblings, 1, false), 'end', ''].join('\n');
}

function sectionLines(spec: SectionSpec, draft: Draft, full: boolean, only?: EntryKey): string[] {
  const lines = [`config ${spec.path}`];
  if (spec.kind === 'singleton') {
    const read = spec.read(draft);
    const flat = { ...read, ...storedToFlat(read) };
    append(lines, setLines(spec.fields, flat, spec.defaults(), 1, full));
    for (const child of spec.children ?? []) {
      const rows = (flat[child.prop] ?? []) as readonly Flat[];
      if (rows.length === 0 && !full) continue;
      const entries = rows.map((r): [EntryKey, unknown] => [r[child.spec.keyProp] as EntryKey, r]);
      lines.push(`${pad(1)}config ${child.key}`);
      append(lines, tableLines(child.spec, entries, 2, full));
      lines.push(`${pad(1)}end`);
    }
  } else {
    const all = [...(draft[spec.table!] as ReadonlyMap<EntryKey, unknown>)];
    const index = only === undefined ? -1 : all.findIndex(([k]) => k === only);
    const entries = only === undefined ? all : all.slice(index, index + 1);
    const before = all.slice(0, Math.max(index, 0)).map(([, v]) => v);
    append(lines, tableLines(spec, entries, 1, full, before));
  }
  lines.push('end');
  return lines;
}

/**
 * FortiOS `show` text of `config`: every section, or the one `path` names (`system settings`,
 * `firewall policy 3`; words may be abbreviated). Only values that differ from the defaults are
 * printed unless `full`; parsing the text onto factoryConfig() gives back an equal config (objects
 * deleted from the factory set excepted). Throws a CliError when `path` names no section or entry.
 */
export function showConfig(config: GatewayConfig, path?: string, options: ShowOptions = {}): string {
  const draft = new Draft(config);
  const full = options.full === true;
  const words = path === undefined ? [] : (tokenize(path)[0]?.tokens ?? []);
  if (words.length === 0) return SECTIONS.flatMap((s) => sectionLines(s, draft, full)).join('\n') + '\n';
  const { spec, used } = matchSection(words);
  const rest = words.slice(used);
  if (spec === undefined || rest.length > (spec.kind === 'table' ? 1 : 0)) {
    const bad = rest[0] ?? words.at(-1)!;
    throw parseError(bad, `show: no config section or entry '${path}'`);
  }
  let only: EntryKey | undefined;
  if (rest[0] !== undefined && spec.kind === 'table') {
    const wanted = rest[0].text;
    only = [...(draft[spec.table!] as ReadonlyMap<EntryKey, unknown>).keys()].find(
      (k) => String(k) === wanted,
    );
    if (only === undefined) throw parseError(rest[0], `show: config ${spec.path} has no entry '${wanted}'`);
  }
  return sectionLines(spec, draft, full, only).join('\n') + '\n';
}
