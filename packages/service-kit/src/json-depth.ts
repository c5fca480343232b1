/** Deepest nesting of arrays and objects a JSON body may have (levels). */
export const JSON_DEPTH_LIMIT = 64;

/**
 * The nesting depth of JSON `text` (arrays and objects; brackets inside strings do not count),
 * stopping as soon as it exceeds `limit`. Linear in the text, no allocation: run before
 * `JSON.parse` so a hostile body never becomes a deep object graph.
 */
export function jsonDepthExceeds(text: string, limit = JSON_DEPTH_LIMIT): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
