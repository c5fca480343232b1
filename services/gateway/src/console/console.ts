import { type Clock, systemClock } from '../core/clock.js';
import type { ConnectorStateSource, EndpointRecordSource, EngineApi } from '../core/model/engine-api.js';
import { CliError, GatewayError } from '../errors.js';
import type { GatewayConfig } from '../core/model/config.js';
import { CliFault, parseError } from '../fortios/cli-fault.js';
import {
  CONFIG_HELP,
  type CommandContext,
  helpText,
  runCommand,
  TOP_LEVEL_HELP,
} from './console-commands.js';
import { grepOutput, splitPipe } from './console-grep.js';
import { ConfigEditor, statementVerb } from '../fortios/editor.js';
import { showConfig } from '../fortios/show.js';
import { type Statement, tokenize } from '../fortios/tokenizer.js';

export interface ConsoleTarget {
  readonly engine: EngineApi;
  readonly records: EndpointRecordSource;
  /** Connector sync state for `diagnose test application fcnacd 2` and `execute fctems verify`. */
  readonly connectors?: ConnectorStateSource;
}

export interface ConsoleOptions {
  /** Time for `get system status`; default the system clock. */
  readonly clock?: Clock;
  /**
   * Default true: a config block may stay open across execute() calls (typed line by line). False
   * (one request = one text, as over HTTP): a block still open when the text ends is refused
   * (`missing 'end'`) and nothing of it is applied.
   */
  readonly interactive?: boolean;
}

export interface GatewayConsole {
  /**
   * Runs one or more lines exactly as a FortiGate console would and returns what it prints (no
   * echo, no prompts). A config block is applied through `engine.applyConfig` when its outermost
   * `end` is reached; a block with an error prints FortiOS's failure lines plus our reason and
   * applies nothing. A block left open spans calls (interactive use): then a bad line is refused
   * alone and the block stays open.
   */
  execute(text: string): string;
  /** `FortiGate-VM64 # `, or `FortiGate-VM64 (settings) # ` inside a config block. */
  prompt(): string;
}

interface OpenBlock {
  editor: ConfigEditor;
  readonly statements: Statement[];
  readonly call: number;
}

function failure(err: unknown, outcome: string): string {
  if (err instanceof CliFault) {
    return `${err.fortiosText}\nCommand fail. Return code ${err.returnCode}\n${err.message}; ${outcome}\n`;
  }
  if (err instanceof CliError) {
    return `command parse error\nCommand fail. Return code -61\n${err.message}; ${outcome}\n`;
  }
  if (err instanceof GatewayError) return `Command fail. Return code -1\n${err.message}; ${outcome}\n`;
  throw err;
}

/** Index of the statement that closes a block `depth` levels deep, counting from `from`. */
function endOfBlock(statements: readonly Statement[], from: number, depth: number): number {
  let open = depth;
  let i = from;
  while (open > 0 && i + 1 < statements.length) {
    i += 1;
    const verb = statementVerb(statements[i]!);
    if (verb === 'config') open += 1;
    if (verb === 'end') open -= 1;
  }
  return i;
}

/** A FortiOS console over an engine: `config` blocks, `show`, `get`, `diagnose`, `?`. */
export function createConsole(target: ConsoleTarget, options: ConsoleOptions = {}): GatewayConsole {
  const ctx: CommandContext = { ...target, clock: options.clock ?? systemClock, filter: {} };
  let block: OpenBlock | undefined;
  let calls = 0;

  const replay = (statements: readonly Statement[]): ConfigEditor => {
    const editor = new ConfigEditor(target.engine.config);
    for (const st of statements) editor.apply(st);
    return editor;
  };

  const commit = (config: GatewayConfig): string => {
    try {
      target.engine.applyConfig(config);
      return '';
    } catch (err) {
      return failure(err, 'config block discarded, nothing applied');
    }
  };

  const inBlock = (open: OpenBlock, statements: readonly Statement[], i: number): number => {
    const st = statements[i]!;
    if (st.tokens[0]?.text === '?') return (out.push(helpText(CONFIG_HELP)), i);
    if (
      statementVerb(st) === undefined &&
      st.tokens[0]?.text === 'show' &&
      open.editor.sectionPath !== undefined
    ) {
      out.push(showConfig(open.editor.result(), open.editor.sectionPath));
      return i;
    }
    const verb = statementVerb(st);
    const depth = open.editor.configDepth + (verb === 'config' ? 1 : verb === 'end' ? -1 : 0);
    try {
      open.editor.apply(st);
      open.statements.push(st);
    } catch (err) {
      if (open.call !== calls) {
        out.push(failure(err, 'nothing from this input applied, the config block stays open'));
        open.statements.length = started;
        try {
          open.editor = replay(open.statements);
        } catch {
          block = undefined;
        }
        return statements.length;
      }
      out.push(failure(err, 'config block discarded, nothing applied'));
      block = undefined;
      return endOfBlock(statements, i, depth);
    }
    if (!open.editor.open) {
      out.push(commit(open.editor.result()));
      block = undefined;
    }
    return i;
  };

  let out: string[] = [];
  let started = 0;
  return {
    execute(text) {
      calls += 1;
      out = [];
      started = block?.statements.length ?? 0;
      let statements: Statement[];
      try {
        statements = tokenize(text);
      } catch (err) {
        return failure(err, 'nothing applied');
      }
      for (let i = 0; i < statements.length; i += 1) {
        const st = statements[i]!;
        if (block === undefined && st.tokens[0]?.text === '?') out.push(helpText(TOP_LEVEL_HELP));
        else if (block !== undefined || statementVerb(st) === 'config') {
          block ??= { editor: new ConfigEditor(target.engine.config), statements: [], call: calls };
          i = inBlock(block, statements, i);
        } else {
          try {
            const { command, pipe } = splitPipe(st.tokens);
            const text = runCommand(ctx, command);
            out.push(pipe === undefined ? text : grepOutput(text, pipe, st.tokens[command.length]!));
          } catch (err) {
            out.push(failure(err, 'nothing done'));
          }
        }
      }
      if (options.interactive === false && block !== undefined) {
        const last = statements.at(-1)!.tokens.at(-1)!;
        const fault = parseError(
          last,
          "missing 'end': the config block is still open at the end of the text",
        );
        out.push(failure(fault, 'config block discarded, nothing applied'));
        block = undefined;
      }
      return out.join('');
    },
    prompt() {
      const hostname = target.engine.config.systemGlobal.hostname;
      const label = block?.editor.promptLabel;
      return label === undefined ? `${hostname} # ` : `${hostname} (${label}) # `;
    },
  };
}
