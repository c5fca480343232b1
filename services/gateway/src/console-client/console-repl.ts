import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ConsoleConnection } from './console-http.js';

export interface ReplOptions {
  input: Readable;
  output: Writable;
  /** Lines of earlier sessions, newest first (readline's order). */
  history?: string[];
  /** Called with the history when the console closes. */
  saveHistory?: (history: string[]) => void;
  terminal?: boolean;
}

const LOCAL_HELP = `Console client: lines go to the gateway's FortiOS console as typed.
  ?              FortiOS help for the current level (also: a command followed by ?)
  exit | quit    leave the console (at the top level; inside a config block use end or abort)
  Ctrl-D         leave the console
`;

/**
 * An interactive FortiOS console over `connection`: shows the gateway's prompt (`<hostname> # `),
 * keeps line history (up/down arrows), and prints exactly what the gateway's console prints.
 * Resolves when the input ends or the user types `exit` at the top level.
 */
export async function runRepl(connection: ConsoleConnection, options: ReplOptions): Promise<void> {
  const { output } = options;
  const first = await connection.run('');
  let prompt = first.prompt;
  const rl = createInterface({
    input: options.input,
    output,
    terminal: options.terminal ?? false,
    history: options.history ?? [],
    historySize: 1000,
    removeHistoryDuplicates: true,
  });
  const lines = [...(options.history ?? [])];
  const topLevel = (): boolean => !prompt.includes('(');
  rl.setPrompt(prompt);
  rl.prompt();
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (line !== '' && lines[0] !== line) lines.unshift(line);
      if (topLevel() && (line === 'exit' || line === 'quit')) break;
      if (line === 'help') output.write(LOCAL_HELP);
      if (line !== '' && line !== 'help') {
        try {
          const reply = await connection.run(line);
          output.write(reply.output);
          prompt = reply.prompt;
        } catch (err) {
          output.write(`${(err as Error).message}\n`);
        }
      }
      rl.setPrompt(prompt);
      rl.prompt();
    }
  } finally {
    options.saveHistory?.(lines.slice(0, 1000));
    rl.close();
  }
}
