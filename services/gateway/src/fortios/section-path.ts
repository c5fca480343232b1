import { parseError } from './cli-fault.js';
import type { SectionSpec } from './schema.js';
import { SECTIONS } from './sections.js';
import type { Token } from './tokenizer.js';
import { resolveWord } from './words.js';

/**
 * Matches the leading words of `words` to a section path (`firewall service custom`; each word may be
 * abbreviated: `fire pol`). Returns the section whose whole path was matched and how many words that
 * took, or undefined; `used` counts the words resolved even when no full path matched.
 */
export function matchSection(words: readonly Token[]): { spec: SectionSpec | undefined; used: number } {
  let candidates: readonly SectionSpec[] = SECTIONS;
  let used = 0;
  for (const word of words) {
    const level = [...new Set(candidates.map((c) => c.path.split(' ')[used]).filter((w) => w !== undefined))];
    const resolved = word.quoted ? undefined : resolveWord(word.text, level);
    if (resolved === undefined) break;
    candidates = candidates.filter((c) => c.path.split(' ')[used] === resolved);
    used += 1;
  }
  return { spec: candidates.find((c) => c.path.split(' ').length === used), used };
}

/** The section `config <args…>` opens; throws a CliFault at the first word that names none. */
export function resolveSection(at: Token, args: readonly Token[]): SectionSpec {
  const { spec, used } = matchSection(args);
  if (spec !== undefined && used === args.length) return spec;
  const bad = args[used] ?? args.at(-1) ?? at;
  throw parseError(bad, `unknown config section '${args.map((a) => a.text).join(' ')}'`);
}
