import { parseError } from '../fortios/cli-fault.js';
import type { Token } from '../fortios/tokenizer.js';

/** Splits `command … | grep …` at the first unquoted `|`; `pipe` is undefined without one. */
export function splitPipe(tokens: readonly Token[]): { command: readonly Token[]; pipe?: readonly Token[] } {
  const bar = tokens.findIndex((t) => !t.quoted && t.text === '|');
  return bar < 0 ? { command: tokens } : { command: tokens.slice(0, bar), pipe: tokens.slice(bar + 1) };
}

/**
 * FortiOS `| grep [-i] [-v] [-c] <pattern>` over command output: the matching lines (a regular
 * expression, or the literal text when it is not one), `-v` the others, `-c` their count. Throws a
 * CliFault for anything else after the bar.
 */
export function grepOutput(output: string, pipe: readonly Token[], bar: Token): string {
  const [verb, ...rest] = pipe;
  if (verb === undefined || verb.text !== 'grep') throw parseError(verb ?? bar, "only '| grep' is supported");
  const flags = new Set<string>();
  let pattern: Token | undefined;
  for (const t of rest) {
    if (!t.quoted && /^-[ivc]+$/.test(t.text) && pattern === undefined) {
      for (const f of t.text.slice(1)) flags.add(f);
    } else if (pattern === undefined) {
      pattern = t;
    } else {
      throw parseError(t, `grep takes one pattern, got extra '${t.text}'`);
    }
  }
  if (pattern === undefined) throw parseError(verb, 'grep needs a pattern');
  const matcher = toMatcher(pattern.text, flags.has('i'));
  const lines = output.split('\n').filter((l, i, all) => !(i === all.length - 1 && l === ''));
  const kept = lines.filter((l) => matcher(l) !== flags.has('v'));
  if (flags.has('c')) return `${kept.length}\n`;
  return kept.map((l) => `${l}\n`).join('');
}

function toMatcher(pattern: string, ignoreCase: boolean): (line: string) => boolean {
  try {
    const re = new RegExp(pattern, ignoreCase ? 'i' : '');
    return (line) => re.test(line);
  } catch {
    const needle = ignoreCase ? pattern.toLowerCase() : pattern;
    return (line) => (ignoreCase ? line.toLowerCase() : line).includes(needle);
  }
}
