import type { GatewayConfig } from '../core/model/config.js';
import { entryError, inUseError, parseError, referenceError } from './cli-fault.js';
import { Draft, type DraftSnapshot } from './draft.js';
import { checkReferences, usersOf } from './integrity.js';
import { parseKey } from './keys.js';
import { inNamespace, type Namespace } from './references.js';
import type { EntryKey, Field, Flat, SectionSpec, SingletonSpec, TableSpec } from './schema.js';
import { editList, moveEntry, nextFreeId } from './list-edits.js';
import { resolveSection } from './section-path.js';
import { cloneEntry, renameEntry } from './table-edits.js';
import { splitStored, storedToFlat, withStored } from './stored-fields.js';
import type { Statement, Token } from './tokenizer.js';
import { resolveWord } from './words.js';

type Frame =
  | { kind: 'singleton'; spec: SingletonSpec; flat: Flat }
  | {
      kind: 'table';
      spec: TableSpec;
      store: () => Map<EntryKey, unknown>;
      parent?: { frame: RecordFrame; prop: string };
    }
  | { kind: 'entry'; spec: TableSpec; store: () => Map<EntryKey, unknown>; key: EntryKey; flat: Flat };
type RecordFrame = Extract<Frame, { flat: Flat }>;

const VERBS = [
  'config',
  'edit',
  'set',
  'unset',
  'append',
  'select',
  'unselect',
  'delete',
  'move',
  'rename',
  'clone',
  'next',
  'end',
  'abort',
];

/** The config verb a statement starts with (abbreviations resolved), if any. */
export function statementVerb(st: Statement): string | undefined {
  const first = st.tokens[0];
  return first === undefined || first.quoted ? undefined : resolveWord(first.text, VERBS);
}

/**
 * Applies FortiOS `config` blocks, one statement at a time, to a draft of a config. Each statement is
 * validated as FortiOS does (keys, values, references); a CliFault names the offending token. The
 * caller decides what an error discards: nothing is ever visible before {@link ConfigEditor.result}.
 */
export class ConfigEditor {
  private readonly draft: Draft;
  private blockStart: DraftSnapshot;
  private readonly frames: Frame[] = [];
  /** Namespaces whose objects changed in the open block: their users are re-checked at its end. */
  private readonly changed = new Set<Namespace>();

  constructor(base: GatewayConfig) {
    this.draft = new Draft(base);
    this.blockStart = this.draft.snapshot();
  }

  /** True while a `config` block is open. */
  get open(): boolean {
    return this.frames.length > 0;
  }

  /** How many `config` levels are open (entries opened by `edit` not counted). */
  get configDepth(): number {
    return this.frames.filter((f) => f.kind !== 'entry').length;
  }

  /** The section open at the top (`firewall policy`), for `show` inside a block. */
  get sectionPath(): string | undefined {
    return this.frames.find((f) => f.kind !== 'entry')?.spec.path;
  }

  /**
   * The object open at the top for `show`/`get` inside a block: an entry opened by `edit` in a top-level
   * table (with the entries before it) or a top-level singleton, as edited so far; else undefined.
   */
  get openObject():
    { spec: SectionSpec; flat: Flat; key?: EntryKey; siblings: readonly unknown[] } | undefined {
    const top = this.frames.at(-1);
    if (top?.kind === 'singleton' && this.frames.length === 1)
      return { spec: top.spec, flat: top.flat, siblings: [] };
    if (top?.kind !== 'entry' || this.frames.length !== 2) return undefined;
    const entries = [...top.store()];
    const at = entries.findIndex(([k]) => k === top.key);
    const siblings = (at < 0 ? entries : entries.slice(0, at)).map(([, v]) => v);
    return { spec: top.spec, flat: top.flat, key: top.key, siblings };
  }

  /** The words FortiOS shows in the prompt: `settings`, `policy`, `3`; undefined at top level. */
  get promptLabel(): string | undefined {
    const top = this.frames.at(-1);
    if (top === undefined) return undefined;
    return top.kind === 'entry' ? String(top.key) : top.spec.path.split(' ').at(-1);
  }

  /** The config as edited so far (only meaningful once no block is open). */
  result(): GatewayConfig {
    return this.draft.toConfig();
  }

  /** Applies one statement. Throws a CliFault (nothing to undo: the caller discards the editor). */
  apply(st: Statement): void {
    const [verbToken, ...args] = st.tokens;
    if (verbToken === undefined) return;
    const verb = statementVerb(st);
    const top = this.frames.at(-1);
    if (verb === 'config') return this.config(verbToken, args);
    if (top === undefined)
      throw parseError(verbToken, `expected 'config <section>', got '${verbToken.text}'`);
    if (verb === 'end') return this.end(verbToken);
    if (verb === 'abort') return this.abort();
    if (top.kind === 'table') {
      if (verb === 'edit') return this.edit(top, verbToken, args);
      if (verb === 'delete') return this.delete(top, verbToken, args);
      if (verb === 'move' && top.spec.movable === true) return this.move(top, verbToken, args);
      if (verb === 'rename' || verb === 'clone') {
        const open = { spec: top.spec, store: top.store, path: this.path() };
        (verb === 'rename' ? renameEntry : cloneEntry)(this.draft, open, verbToken, args);
        if (top.spec.namespace !== undefined) this.changed.add(top.spec.namespace);
        return;
      }
    } else {
      if (verb === 'next' && top.kind === 'entry') return this.next(verbToken);
      if (verb === 'set' || verb === 'select') return this.set(top, verbToken, args, 'set');
      if (verb === 'append' || verb === 'unselect') return this.set(top, verbToken, args, verb);
      if (verb === 'unset') return this.unset(top, verbToken, args);
    }
    throw parseError(verbToken, `'${verbToken.text}' is not a command here (in config ${this.path()})`);
  }

  private path(): string {
    return this.frames.map((f) => (f.kind === 'entry' ? `edit ${String(f.key)}` : f.spec.path)).join(' > ');
  }

  private config(at: Token, args: readonly Token[]): void {
    const top = this.frames.at(-1);
    if (top === undefined) {
      const spec = resolveSection(at, args);
      this.blockStart = this.draft.snapshot();
      if (spec.kind === 'singleton') {
        const read = spec.read(this.draft);
        this.frames.push({ kind: 'singleton', spec, flat: { ...read, ...storedToFlat(read) } });
      } else
        this.frames.push({
          kind: 'table',
          spec,
          store: () => this.draft.write(spec.table!) as Map<EntryKey, unknown>,
        });
      return;
    }
    const word = args[0];
    const child = top.kind === 'table' ? undefined : top.spec.children?.find((c) => c.key === word?.text);
    if (top.kind === 'table' || word === undefined || child === undefined || args.length > 1) {
      throw parseError(word ?? at, `no sub-table '${word?.text ?? ''}' in config ${this.path()}`);
    }
    const rows = (top.flat[child.prop] ?? []) as readonly Flat[];
    const rowMap = new Map<EntryKey, unknown>(rows.map((r) => [r[child.spec.keyProp] as EntryKey, r]));
    const store = (): Map<EntryKey, unknown> => rowMap;
    this.frames.push({ kind: 'table', spec: child.spec, store, parent: { frame: top, prop: child.prop } });
  }

  private edit(top: Extract<Frame, { kind: 'table' }>, at: Token, args: readonly Token[]): void {
    const { spec } = top;
    const entries = top.store();
    let key = parseKey(spec, at, args);
    if (key === 0) key = nextFreeId(entries.keys());
    const existing = entries.get(key);
    if (
      existing === undefined &&
      spec.namespace !== undefined &&
      inNamespace(this.draft, spec.namespace, String(key))
    ) {
      throw entryError(
        args[0]!,
        `name '${String(key)}' is already used by another object`,
        'A duplicate entry already exists.',
      );
    }
    const flat =
      existing === undefined
        ? spec.blank(key, entries.values())
        : { ...spec.flatten(existing), ...storedToFlat(existing) };
    this.frames.push({ kind: 'entry', spec, store: top.store, key, flat });
  }

  private delete(top: Extract<Frame, { kind: 'table' }>, at: Token, args: readonly Token[]): void {
    const key = parseKey(top.spec, at, args);
    if (!top.store().has(key))
      throw referenceError(args[0]!, `config ${this.path()} has no entry '${String(key)}'`);
    if (top.spec.namespace !== undefined && top.parent === undefined) {
      const users = usersOf(this.draft, top.spec.namespace, String(key));
      if (users.length > 0) {
        throw inUseError(
          args[0]!,
          `cannot delete '${String(key)}': still used by ${users.join(', ')}`,
          users,
        );
      }
    }
    top.store().delete(key);
  }

  private move(top: Extract<Frame, { kind: 'table' }>, at: Token, args: readonly Token[]): void {
    const [idToken, whereToken, otherToken, extra] = args;
    if (idToken === undefined || whereToken === undefined || otherToken === undefined) {
      throw parseError(at, 'usage: move <id> before|after <id>');
    }
    if (extra !== undefined) throw parseError(extra, `unexpected '${extra.text}' after move`);
    if (whereToken.text !== 'before' && whereToken.text !== 'after') {
      throw parseError(whereToken, `move needs 'before' or 'after', got '${whereToken.text}'`);
    }
    const id = parseKey(top.spec, at, [idToken]);
    const other = parseKey(top.spec, at, [otherToken]);
    for (const [k, t] of [
      [id, idToken],
      [other, otherToken],
    ] as const) {
      if (!top.store().has(k)) throw referenceError(t, `config ${this.path()} has no entry '${String(k)}'`);
    }
    moveEntry(top.store(), id, other, whereToken.text === 'after');
  }

  private field(top: RecordFrame, keyToken: Token | undefined, at: Token): Field {
    if (keyToken === undefined) throw parseError(at, `'${at.text}' needs an attribute name`);
    const field = top.spec.fields.find((f) => f.key === keyToken.text);
    if (field === undefined) {
      throw parseError(keyToken, `unknown attribute '${keyToken.text}' in config ${this.path()}`);
    }
    return field;
  }

  private set(
    top: RecordFrame,
    at: Token,
    args: readonly Token[],
    mode: 'set' | 'append' | 'unselect',
  ): void {
    const [keyToken, ...values] = args;
    const field = this.field(top, keyToken, at);
    if (mode !== 'set' && field.codec.multi !== true) {
      throw parseError(at, `'${at.text}' works on lists only; '${field.key}' holds one value`);
    }
    const parsed: unknown = field.codec.parse(values, keyToken!, this.draft);
    const value = mode === 'set' ? parsed : editList(top.flat[field.prop], parsed, mode, values, field.key);
    top.flat = { ...top.flat, [field.prop]: value };
  }

  private unset(top: RecordFrame, at: Token, args: readonly Token[]): void {
    const field = this.field(top, args[0], at);
    if (args[1] !== undefined) throw parseError(args[1], `'unset' takes one attribute name`);
    const defaults =
      top.kind === 'singleton'
        ? top.spec.defaults()
        : top.spec.blank(
            top.key,
            [...top.store()].filter(([k]) => k !== top.key).map(([, v]) => v),
          );
    top.flat = { ...top.flat, [field.prop]: defaults[field.prop] };
  }

  private next(at: Token): void {
    const top = this.frames.pop() as Extract<Frame, { kind: 'entry' }>;
    const { simulated, attrs } = splitStored(top.flat);
    top.store().set(top.key, withStored(top.spec.build(simulated, top.key, at, this.draft), attrs));
    if (top.spec.namespace !== undefined) this.changed.add(top.spec.namespace);
  }

  private end(at: Token): void {
    if (this.frames.at(-1)?.kind === 'entry') this.next(at);
    const top = this.frames.pop()!;
    if (top.kind === 'singleton') {
      const { simulated, attrs } = splitStored(top.flat);
      top.spec.write(this.draft, attrs === undefined ? simulated : { ...simulated, attrs }, at);
    }
    if (top.kind === 'table' && top.parent !== undefined) {
      top.parent.frame.flat = { ...top.parent.frame.flat, [top.parent.prop]: [...top.store().values()] };
    }
    if (this.frames.length === 0) {
      checkReferences(this.draft, this.changed, at);
      this.changed.clear();
    }
  }

  private abort(): void {
    this.frames.length = 0;
    this.changed.clear();
    this.draft.restore(this.blockStart);
  }
}
