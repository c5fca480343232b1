import type { GatewayConfig } from '../core/model/config.js';
import { parseError } from './cli-fault.js';
import { ConfigEditor } from './editor.js';
import { factoryConfig } from './factory.js';
import { tokenize } from './tokenizer.js';

/**
 * Applies FortiOS config text (`config … / edit … / set … / next / end` blocks, `#` comments) onto
 * `base` (default: the factory config) and returns the new config; `base` is never changed. The text
 * is all or nothing: the first problem throws a CliError (a CliFault: code, 1-based line and column,
 * the offending value, FortiOS's wording) and nothing is returned.
 */
export function parseConfigText(text: string, base: GatewayConfig = factoryConfig()): GatewayConfig {
  const editor = new ConfigEditor(base);
  const statements = tokenize(text);
  for (const st of statements) editor.apply(st);
  if (editor.open) {
    const last = statements.at(-1)!.tokens.at(-1)!;
    throw parseError(
      { ...last, column: last.column + last.text.length },
      `missing 'end': a config block is still open at the end of the text`,
    );
  }
  return editor.result();
}
