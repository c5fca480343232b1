/** Longest rendering of a received value in an error message (characters, before the ellipsis). */
export const PREVIEW_LIMIT = 120;

const MAX_DEPTH = 6;

/**
 * Renders a value as JSON for an error message, at most `limit` characters followed by `…` when cut.
 * Never throws and never walks far into a large or deeply nested value: nesting below 6 levels shows
 * as `…`. `undefined` renders as `undefined`.
 */
export function preview(value: unknown, limit = PREVIEW_LIMIT): string {
  const out: string[] = [];
  let length = 0;
  const push = (text: string): boolean => {
    out.push(text);
    length += text.length;
    return length <= limit;
  };
  const walk = (v: unknown, depth: number): boolean => {
    if (v === undefined) return push('undefined');
    if (v === null || typeof v === 'boolean' || typeof v === 'number') return push(String(v));
    if (typeof v === 'bigint') return push(`${v}n`);
    if (typeof v === 'string') return push(JSON.stringify(v.length > limit ? v.slice(0, limit + 1) : v));
    if (typeof v !== 'object') return push(`(${typeof v})`);
    if (depth >= MAX_DEPTH) return push('…');
    if (Array.isArray(v)) {
      if (!push('[')) return false;
      for (let i = 0; i < v.length; i++) {
        if (i > 0 && !push(',')) return false;
        if (!walk(v[i], depth + 1)) return false;
      }
      return push(']');
    }
    if (!push('{')) return false;
    let first = true;
    for (const key in v) {
      if (!Object.hasOwn(v, key)) continue;
      if (!first && !push(',')) return false;
      first = false;
      if (!push(`${JSON.stringify(key.slice(0, limit + 1))}:`)) return false;
      if (!walk((v as Record<string, unknown>)[key], depth + 1)) return false;
    }
    return push('}');
  };
  walk(value, 0);
  const text = out.join('');
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** `text` cut to `limit` characters, followed by `…` when cut. */
export function cut(text: string, limit = PREVIEW_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
