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
import { showConfig, showEntry } from '../fortios/show.js';
import { getText } from '../fortios/get-text.js';
import { type Statement, type Token, tokenize } from '../fortios/tokenizer.js';
import { defaultConsoleLimits, limitText, type ConsoleLimits, type LimitHit } from './console-limits.js';

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
  /** Budgets of each request (output, time, open-block size); defaults in `defaultConsoleLimits`. */
  readonly limits?: Partial<ConsoleLimits>;
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
  /**
   * `execute` within the console's limits, yielding to the event loop every `sliceMs` of work so the
   * process keeps serving everything else. Calls on one console run one after the other. A request
   * that runs into a limit stops there and prints a failure naming it; an open config block it
   * touched is discarded (or, when it was opened by an earlier call, put back as it was before).
   */
  run(text: string): Promise<string>;
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

/**
 * `show` or `get` typed inside a config block: the entry open by `edit` (or the singleton) as edited so
 * far; `show` elsewhere in a block shows its section as it stands.
 */
function showOpen(editor: ConfigEditor, word: 'show' | 'get', at: Token): string {
  const open = editor.openObject;
  if (word === 'get') {
    if (open === undefined) throw parseError(at, "'get' here needs an entry opened by 'edit'");
    return getText(open.spec, open.flat, open.key);
  }
  if (open?.key !== undefined && open.spec.kind === 'table') {
    return showEntry(open.spec, open.key, open.flat, open.siblings);
  }
  return showConfig(editor.result(), editor.sectionPath);
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
    if (st.tokens[0]?.text === '?') return (emit(helpText(CONFIG_HELP)), i);
    const word = statementVerb(st) === undefined ? st.tokens[0]?.text : undefined;
    if ((word === 'show' || word === 'get') && st.tokens.length === 1) {
      try {
        emit(showOpen(open.editor, word, st.tokens[0]!));
      } catch (err) {
        emit(failure(err, 'nothing done, the config block stays open'));
      }
      return i;
    }
    const verb = statementVerb(st);
    const depth = open.editor.configDepth + (verb === 'config' ? 1 : verb === 'end' ? -1 : 0);
    try {
      open.editor.apply(st);
      open.statements.push(st);
    } catch (err) {
      if (open.call !== calls) {
        emit(failure(err, 'nothing from this input applied, the config block stays open'));
        open.statements.length = started;
        try {
          open.editor = replay(open.statements);
        } catch {
          block = undefined;
        }
        return statements.length;
      }
      emit(failure(err, 'config block discarded, nothing applied'));
      block = undefined;
      return endOfBlock(statements, i, depth);
    }
    if (!open.editor.open) {
      emit(commit(open.editor.result()));
      block = undefined;
    }
    return i;
  };

  let out: string[] = [];
  let outChars = 0;
  let started = 0;
  const limits: ConsoleLimits = { ...defaultConsoleLimits, ...options.limits };

  const emit = (text: string): void => {
    out.push(text);
    outChars += text.length;
  };

  /** Stops the request at a limit: cut output, the block as it was before this call (or gone). */
  const stopAt = (hit: LimitHit): void => {
    if (outChars > limits.maxOutputChars) out = [out.join('').slice(0, limits.maxOutputChars), '\n'];
    let outcome = 'the rest of the input was not run';
    if (block !== undefined && block.call === calls) {
      block = undefined;
      outcome += ', the config block was discarded, nothing of it applied';
    } else if (block !== undefined) {
      block.statements.length = started;
      try {
        block.editor = replay(block.statements);
        outcome += ', the config block is as it was before this input';
      } catch {
        block = undefined;
        outcome += ', the config block was discarded';
      }
    }
    out.push(limitText(hit, outcome));
  };

  /** One request, a statement per step; returns what the console prints. */
  function* steps(text: string, deadline: number): Generator<void, string> {
    calls += 1;
    out = [];
    outChars = 0;
    started = block?.statements.length ?? 0;
    let statements: Statement[];
    try {
      statements = tokenize(text);
    } catch (err) {
      return failure(err, 'nothing applied');
    }
    for (let i = 0; i < statements.length; i += 1) {
      const st = statements[i]!;
      if (block === undefined && st.tokens[0]?.text === '?') emit(helpText(TOP_LEVEL_HELP));
      else if (block !== undefined || statementVerb(st) === 'config') {
        block ??= { editor: new ConfigEditor(target.engine.config), statements: [], call: calls };
        i = inBlock(block, statements, i);
      } else {
        try {
          const { command, pipe } = splitPipe(st.tokens);
          const printed = runCommand(ctx, command);
          emit(pipe === undefined ? printed : grepOutput(printed, pipe, st.tokens[command.length]!));
        } catch (err) {
          emit(failure(err, 'nothing done'));
        }
      }
      const last = i + 1 >= statements.length;
      if (outChars > limits.maxOutputChars) {
        if (!last) return (stopAt({ kind: 'output', limit: limits.maxOutputChars }), out.join(''));
        out = [out.join('').slice(0, limits.maxOutputChars), '\n'];
        out.push(limitText({ kind: 'output', limit: limits.maxOutputChars }, 'the output was cut'));
      }
      if (!last && limits.elapsed() > deadline) {
        return (stopAt({ kind: 'time', limit: limits.maxMs }), out.join(''));
      }
      yield;
    }
    if (options.interactive !== false && block !== undefined) {
      if (block.statements.length > limits.maxBlockStatements) {
        stopAt({ kind: 'block', limit: limits.maxBlockStatements });
      }
    } else if (block !== undefined) {
      const last = statements.at(-1)!.tokens.at(-1)!;
      const fault = parseError(last, "missing 'end': the config block is still open at the end of the text");
      out.push(failure(fault, 'config block discarded, nothing applied'));
      block = undefined;
    }
    return out.join('');
  }

  let queue: Promise<unknown> = Promise.resolve();
  const drive = async (text: string): Promise<string> => {
    const gen = steps(text, limits.elapsed() + limits.maxMs);
    let slice = limits.elapsed();
    for (;;) {
      const step = gen.next();
      if (step.done === true) return step.value;
      if (limits.elapsed() - slice >= limits.sliceMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        slice = limits.elapsed();
      }
    }
  };

  return {
    execute(text) {
      const gen = steps(text, Number.POSITIVE_INFINITY);
      for (;;) {
        const step = gen.next();
        if (step.done === true) return step.value;
      }
    },
    run(text) {
      const result = queue.then(() => drive(text));
      queue = result.catch(() => undefined);
      return result;
    },
    prompt() {
      const hostname = target.engine.config.systemGlobal.hostname;
      const label = block?.editor.promptLabel;
      return label === undefined ? `${hostname} # ` : `${hostname} (${label}) # `;
    },
  };
}
