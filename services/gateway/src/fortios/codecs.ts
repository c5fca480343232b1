import { intToIPv4, ipv4ToInt } from '@ztna/proto';
import type { PortRange, Prefix } from '../core/model/config.js';
import { parseError, referenceError, valueError } from './cli-fault.js';
import type { Draft } from './draft.js';
import { describeKind, type RefKind, refExists } from './references.js';
import type { Token } from './tokenizer.js';

/**
 * How one CLI value is read from `set <key> <args…>` and written back by `show`. `parse` throws a
 * CliFault naming the offending token; `format` gives the text after the key.
 */
export interface Codec<V = unknown> {
  /** List-valued: `append` and `unselect` apply. */
  readonly multi?: boolean;
  /** Names that must exist in the draft. */
  readonly ref?: RefKind;
  parse(args: readonly Token[], key: Token, draft: Draft): V;
  format(value: V): string;
}

/** FortiOS quoting: `"…"` with `"` and `\` escaped. */
export const quote = (s: string): string => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

function single(args: readonly Token[], key: Token): Token {
  const first = args[0];
  if (first === undefined) throw valueError(key, `'${key.text}' needs a value`);
  const extra = args[1];
  if (extra !== undefined)
    throw parseError(extra, `'${key.text}' takes one value, got extra '${extra.text}'`);
  return first;
}

/** `enable` / `disable` as a boolean. */
export const enable: Codec<boolean> = {
  parse(args, key) {
    const t = single(args, key);
    if (t.text === 'enable') return true;
    if (t.text === 'disable') return false;
    throw parseError(t, `'${key.text}' must be enable or disable, got '${t.text}'`);
  },
  format: (v) => (v ? 'enable' : 'disable'),
};

/** One of a fixed set of keywords. */
export function oneOf<V extends string>(values: readonly V[]): Codec<V> {
  return {
    parse(args, key) {
      const t = single(args, key);
      if ((values as readonly string[]).includes(t.text)) return t.text as V;
      throw parseError(t, `'${key.text}' must be one of ${values.join('|')}, got '${t.text}'`);
    },
    format: (v) => v,
  };
}

/** A decimal integer within [min, max]. */
export function int(min: number, max: number): Codec<number> {
  return {
    parse(args, key) {
      const t = single(args, key);
      const n = /^\d{1,10}$/.test(t.text) ? Number(t.text) : Number.NaN;
      if (Number.isInteger(n) && n >= min && n <= max) return n;
      throw valueError(t, `'${key.text}' must be an integer ${min}-${max}, got '${t.text}'`);
    },
    format: (v) => String(v),
  };
}

/** Free text up to `max` characters, printed quoted. */
export function text(max: number, pattern?: RegExp): Codec<string> {
  return {
    parse(args, key) {
      const t = single(args, key);
      if (t.text.length <= max && (pattern === undefined || pattern.test(t.text))) return t.text;
      const rule = pattern === undefined ? '' : ` matching ${String(pattern)}`;
      throw valueError(t, `'${key.text}' must be at most ${max} characters${rule}, got '${t.text}'`);
    },
    format: quote,
  };
}

function address(t: Token, key: Token): number {
  const n = ipv4ToInt(t.text);
  if (Number.isNaN(n)) throw valueError(t, `'${key.text}' needs a dotted IPv4 address, got '${t.text}'`);
  return n;
}

/** One dotted IPv4 address as an unsigned 32-bit integer. */
export const ipv4: Codec<number> = {
  parse: (args, key) => address(single(args, key), key),
  format: intToIPv4,
};

const maskBits = (masklen: number): number => (masklen === 0 ? 0 : (0xffffffff << (32 - masklen)) >>> 0);

function masklenOf(t: Token, key: Token): number {
  const m = address(t, key);
  for (let len = 0; len <= 32; len += 1) if (maskBits(len) === m) return len;
  throw valueError(t, `'${key.text}' needs a contiguous netmask, got '${t.text}'`);
}

/** `a.b.c.d m.m.m.m` or `a.b.c.d/len`; `host` keeps the address as written, `addr` the network. */
export type HostPrefix = Prefix & { readonly host: number };

/** Interface address: host and mask (`a.b.c.d m.m.m.m` or `a.b.c.d/len`), host kept as written. */
export const ipMask: Codec<HostPrefix> = {
  parse(args, key) {
    const first = args[0];
    if (first === undefined) throw valueError(key, `'${key.text}' needs an address and a netmask`);
    let host: number;
    let masklen: number;
    const slash = /^([^/]+)\/(\d{1,2})$/.exec(first.text);
    if (slash !== null && args.length === 1) {
      host = address({ ...first, text: slash[1]! }, key);
      masklen = Number(slash[2]);
      if (masklen > 32)
        throw valueError(first, `'${key.text}' prefix length must be 0-32, got '${first.text}'`);
    } else {
      const mask = args[1];
      if (mask === undefined) throw valueError(first, `'${key.text}' needs a netmask after '${first.text}'`);
      if (args[2] !== undefined) throw parseError(args[2], `'${key.text}' takes an address and a netmask`);
      host = address(first, key);
      masklen = masklenOf(mask, key);
    }
    return { host, addr: (host & maskBits(masklen)) >>> 0, masklen };
  },
  format: (v) => `${intToIPv4(v.host)} ${intToIPv4(maskBits(v.masklen))}`,
};

/** Network prefix (host bits cleared), printed as address and netmask. */
export const subnet: Codec<Prefix> = {
  parse: (args, key, draft) => {
    const p = ipMask.parse(args, key, draft);
    return { addr: p.addr, masklen: p.masklen };
  },
  format: (v) => ipMask.format({ ...v, host: v.addr }),
};

function checkRef(t: Token, key: Token, draft: Draft, ref: RefKind): string {
  if (t.text === '') throw valueError(t, `'${key.text}' names cannot be empty`);
  if (!refExists(draft, ref, t.text)) {
    throw referenceError(t, `'${key.text}' refers to '${t.text}', which is not ${describeKind(ref)}`);
  }
  return t.text;
}

/** One name of an existing object. */
export function ref(kind: RefKind): Codec<string> {
  return {
    ref: kind,
    parse: (args, key, draft) => checkRef(single(args, key), key, draft, kind),
    format: quote,
  };
}

/** One or more names of existing objects, printed quoted and space-separated. */
export function refs(kind: RefKind): Codec<readonly string[]> {
  return {
    multi: true,
    ref: kind,
    parse(args, key, draft) {
      if (args.length === 0) throw valueError(key, `'${key.text}' needs at least one name`);
      const names = args.map((t) => checkRef(t, key, draft, kind));
      return [...new Set(names)];
    },
    format: (v) => v.map(quote).join(' '),
  };
}

/** `22`, `1000-2000`; several separated by spaces. */
export const portRanges: Codec<readonly PortRange[]> = {
  multi: true,
  parse(args, key) {
    if (args.length === 0) throw valueError(key, `'${key.text}' needs at least one port range`);
    return args.map((t) => {
      const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(t.text);
      const low = Number(m?.[1]);
      const high = m?.[2] === undefined ? low : Number(m[2]);
      if (m === null || low > 65535 || high > 65535 || low > high) {
        throw valueError(t, `'${key.text}' needs ports 0-65535 as 'low' or 'low-high', got '${t.text}'`);
      }
      return { low, high };
    });
  },
  format: (v) => v.map((r) => (r.low === r.high ? `${r.low}` : `${r.low}-${r.high}`)).join(' '),
};

/** Interface `status up|down`. */
export const upDown: Codec<boolean> = {
  parse(args, key, draft) {
    return oneOf(['up', 'down']).parse(args, key, draft) === 'up';
  },
  format: (v) => (v ? 'up' : 'down'),
};

/** 0 (meaning "use the default") or an integer within [min, max]. */
export function zeroOr(min: number, max: number): Codec<number> {
  const inner = int(min, max);
  return {
    parse(args, key, draft) {
      if (args.length === 1 && args[0]!.text === '0') return 0;
      try {
        return inner.parse(args, key, draft);
      } catch {
        const t = single(args, key);
        throw valueError(t, `'${key.text}' must be 0 or an integer ${min}-${max}, got '${t.text}'`);
      }
    },
    format: inner.format,
  };
}
