import type { Codec } from './codecs.js';
import type { Draft, TableKey } from './draft.js';
import type { Namespace } from './references.js';
import type { Token } from './tokenizer.js';

/** An entry or singleton while it is edited: model property name → value (undefined = not set). */
export type Flat = Record<string, unknown>;

/** One `set <key> …` attribute, stored under `prop`. */
export interface Field {
  readonly key: string;
  readonly prop: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly codec: Codec<any>;
  /** Accepted here but stored and shown in another section (snat-route-change in system settings). */
  readonly hidden?: boolean;
  /** A FortiOS attribute the simulator keeps and shows back but does not act on (`uuid`, `vdom`, …). */
  readonly stored?: boolean;
  /** Not a FortiOS attribute (the device `index`): shown only when it differs from its default. */
  readonly extension?: boolean;
  /** Printed by `show` even at its default, as FortiOS does (`set schedule "always"`). */
  readonly alwaysShown?: boolean;
}

/** A `config <key>` table nested in a singleton, kept as an array under `prop`. */
export interface NestedTable {
  readonly key: string;
  readonly prop: string;
  readonly spec: TableSpec;
}

interface SectionBase {
  /** `system settings`, `firewall policy`; for nested tables the nested key (`port`). */
  readonly path: string;
  readonly fields: readonly Field[];
  readonly children?: readonly NestedTable[];
}

/** A section with one object: `config system settings / set … / end`. */
export interface SingletonSpec extends SectionBase {
  readonly kind: 'singleton';
  /** Factory values: what `unset` restores and what `show` leaves out. */
  defaults(): Flat;
  read(draft: Draft): Flat;
  /** Validates and stores; throws a CliFault at `at` when the object cannot stand. */
  write(draft: Draft, flat: Flat, at: Token): void;
}

export type EntryKey = string | number;

/** A section of entries: `config firewall policy / edit 3 / set … / next / end`. */
export interface TableSpec extends SectionBase {
  readonly kind: 'table';
  readonly keyKind: 'name' | 'number';
  /** Property of the entry holding its key (`name`, `policyid`, `seqNum`, `id`). */
  readonly keyProp: string;
  /** Numeric keys: allowed range; `edit 0` picks the next free number when `autoKey`. */
  readonly keyMin?: number;
  readonly keyMax?: number;
  readonly autoKey?: boolean;
  /** `move <id> before|after <id>` changes the order (firewall policy). */
  readonly movable?: boolean;
  /** Shared name space (duplicate names are refused, deletions checked for users). */
  readonly namespace?: Namespace;
  /** The config table holding the entries; absent for nested tables. */
  readonly table?: TableKey;
  /** Values of a new entry; `siblings` are the entries before it (interface index). */
  blank(key: EntryKey, siblings: Iterable<unknown>): Flat;
  flatten(entry: unknown): Flat;
  /** Builds the typed entry; throws a CliFault at `at` when required attributes are missing. */
  build(flat: Flat, key: EntryKey, at: Token, draft: Draft): unknown;
}

export type SectionSpec = SingletonSpec | TableSpec;

/** The value of `prop` in `flat`, typed by the caller who wrote it. */
export function get<V>(flat: Flat, prop: string): V {
  return flat[prop] as V;
}
