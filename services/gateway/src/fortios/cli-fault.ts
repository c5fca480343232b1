import { CliError } from '../errors.js';
import type { Token } from './tokenizer.js';

type CliCode = ConstructorParameters<typeof CliError>[0];

/**
 * A CliError that also knows how FortiOS words it on the console: the line(s) FortiOS prints
 * (`command parse error before 'xyz'`) and its return code (`Command fail. Return code -61`).
 */
export class CliFault extends CliError {
  constructor(
    code: CliCode,
    message: string,
    line: number,
    column: number,
    readonly fortiosText: string,
    readonly returnCode: number,
  ) {
    super(code, message, line, column);
  }
}

function faultKind(
  code: CliCode,
  fortios: (at: Token) => string,
  returnCode: number,
): (at: Token, reason: string) => CliFault {
  return (at, reason) => new CliFault(code, reason, at.line, at.column, fortios(at), returnCode);
}

/** An unknown keyword, section or command word: FortiOS `command parse error before '…'` (-61). */
export const parseError = faultKind(
  'ZTNA_ERR_CLI_SYNTAX',
  (t) => `command parse error before '${t.text}'`,
  -61,
);

/** A value of the wrong kind or out of range: FortiOS `value parse error before '…'` (-651). */
export const valueError = faultKind(
  'ZTNA_ERR_CLI_VALUE',
  (t) => `value parse error before '${t.text}'`,
  -651,
);

/** A name that refers to nothing: FortiOS `entry not found in datasource` (-3). */
export const referenceError = faultKind(
  'ZTNA_ERR_CLI_REFERENCE',
  (t) => `entry not found in datasource\n\nvalue parse error before '${t.text}'`,
  -3,
);

/** An object still used elsewhere cannot be deleted (-23). */
export function inUseError(at: Token, reason: string, users: readonly string[]): CliFault {
  const lines = users.map((u) => `    ${u}`).join('\n');
  return new CliFault(
    'ZTNA_ERR_CLI_REFERENCE',
    reason,
    at.line,
    at.column,
    `This object is being used by:\n${lines}`,
    -23,
  );
}

/** An entry that cannot be saved as it stands (a required attribute missing, a loop) (-56). */
export function entryError(at: Token, reason: string, fortiosText: string): CliFault {
  return new CliFault('ZTNA_ERR_CLI_VALUE', reason, at.line, at.column, fortiosText, -56);
}
