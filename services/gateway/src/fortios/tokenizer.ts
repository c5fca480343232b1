import { parseError } from './cli-fault.js';

/** One word of CLI text with its place (1-based line and column of its first character). */
export interface Token {
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** Written in quotes: never a keyword, may be empty or contain spaces. */
  readonly quoted: boolean;
}

/** The words of one command line (a quoted value may span several physical lines). */
export interface Statement {
  readonly tokens: readonly Token[];
  readonly line: number;
  /** 1-based line number the statement ends on (after its last quoted newline). */
  readonly endLine: number;
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r' };

/**
 * Splits FortiOS CLI text into statements of words. Words are separated by blanks; `"…"` and `'…'`
 * quote (backslash escapes the next character, `\n` `\t` `\r` included); `#` at the start of a word
 * comments out the rest of the line. Throws a CliFault (ZTNA_ERR_CLI_SYNTAX) on an unterminated quote.
 */
export function tokenize(text: string): Statement[] {
  const statements: Statement[] = [];
  let tokens: Token[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  const endStatement = (): void => {
    if (tokens.length > 0) statements.push({ tokens, line: tokens[0]!.line, endLine: line });
    tokens = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n') {
      endStatement();
      line += 1;
      column = 1;
      i += 1;
    } else if (ch === ' ' || ch === '\t' || ch === '\r') {
      i += 1;
      column += 1;
    } else if (ch === '#') {
      while (i < text.length && text[i] !== '\n') i += 1;
    } else if (ch === '"' || ch === "'") {
      const start = { line, column };
      let value = '';
      i += 1;
      column += 1;
      for (;;) {
        if (i >= text.length) {
          const text = `${ch}${value.slice(0, 20)}`;
          throw parseError({ ...start, text, quoted: false }, `unterminated quoted string starting ${text}`);
        }
        const c = text[i]!;
        if (c === ch) {
          i += 1;
          column += 1;
          break;
        }
        if (c === '\\' && i + 1 < text.length) {
          const next = text[i + 1]!;
          value += ESCAPES[next] ?? next;
          i += 2;
          column += 2;
          continue;
        }
        value += c;
        i += 1;
        if (c === '\n') {
          line += 1;
          column = 1;
        } else {
          column += 1;
        }
      }
      tokens.push({ text: value, line: start.line, column: start.column, quoted: true });
    } else {
      const from = i;
      while (i < text.length && !' \t\r\n"\''.includes(text[i]!)) i += 1;
      const value = text.slice(from, i);
      const start = column;
      column += i - from;
      tokens.push({ text: value, line, column: start, quoted: false });
    }
  }
  endStatement();
  return statements;
}
