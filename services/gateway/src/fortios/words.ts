/**
 * FortiOS accepts any unambiguous prefix of a keyword (`dia` for `diagnose`, `sess` for `session`).
 * Returns the keyword `word` stands for: an exact match first, else the only keyword it starts;
 * undefined when it matches none or several.
 */
export function resolveWord(word: string, keywords: readonly string[]): string | undefined {
  if (keywords.includes(word)) return word;
  const matches = keywords.filter((k) => k.startsWith(word));
  return word !== '' && matches.length === 1 ? matches[0] : undefined;
}
