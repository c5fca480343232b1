import { describe, expect, it } from 'vitest';
import { CliError } from '../errors.js';
import { tokenize } from './tokenizer.js';

const words = (text: string): string[][] => tokenize(text).map((s) => s.tokens.map((t) => t.text));

describe('tokenize', () => {
  it('splits lines into words with 1-based line and column', () => {
    const [first, second] = tokenize('config system settings\n    set dyn-addr-session-check enable\n');
    expect(first!.tokens.map((t) => [t.text, t.line, t.column])).toEqual([
      ['config', 1, 1],
      ['system', 1, 8],
      ['settings', 1, 15],
    ]);
    expect(second!.tokens[2]).toMatchObject({ text: 'enable', line: 2, column: 32, quoted: false });
  });

  it('reads double and single quotes with backslash escapes', () => {
    const [st] = tokenize(`set comment "a \\"b\\" \\\\ c" 'd e' ""`);
    expect(st!.tokens.slice(2).map((t) => [t.text, t.quoted])).toEqual([
      ['a "b" \\ c', true],
      ['d e', true],
      ['', true],
    ]);
  });

  it('drops comments and blank lines; # inside a word or quotes is data', () => {
    expect(words('#config-version=FGVM64-7.4.4\n\n  # note\nset a#b "c # d" # tail\r\n')).toEqual([
      ['set', 'a#b', 'c # d'],
    ]);
  });

  it('keeps a quoted value across lines in one statement', () => {
    const [st, next] = tokenize('set comment "one\ntwo"\nnext');
    expect(st).toMatchObject({ line: 1, endLine: 2 });
    expect(st!.tokens[2]!.text).toBe('one\ntwo');
    expect(next!.tokens[0]).toMatchObject({ text: 'next', line: 3, column: 1 });
  });

  it('refuses an unterminated quote, naming where it starts', () => {
    const err = (() => {
      try {
        tokenize('config firewall address\n  edit "www.fortinet.com\n');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(CliError);
    expect(err).toMatchObject({ code: 'ZTNA_ERR_CLI_SYNTAX', line: 2, column: 8 });
    expect((err as Error).message).toContain('"www.fortinet.com');
  });
});
