import { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { connectConsole } from './console-http.js';
import { runRepl } from './console-repl.js';

// `npm run console`: an interactive FortiOS console against a running gateway over HTTP.
const program = new Command('console')
  .description('FortiOS console of a running ztna-tagsync gateway')
  .option(
    '--url <url>',
    'gateway API URL',
    process.env.GATEWAY_URL ?? `http://127.0.0.1:${process.env.GATEWAY_HTTP_PORT ?? '8080'}`,
  )
  .option('--token <token>', 'bearer token (GATEWAY_API_TOKEN)', process.env.GATEWAY_API_TOKEN)
  .option('-c, --command <text>', 'run these CLI lines, print the output and exit')
  .parse();
const opts = program.opts<{ url: string; token?: string; command?: string }>();

const connection = connectConsole(opts.url, opts.token ? { token: opts.token } : {});
const historyFile = join(homedir(), '.ztna_console_history');

try {
  if (opts.command !== undefined) {
    process.stdout.write((await connection.run(opts.command)).output);
  } else {
    let history: string[] = [];
    try {
      history = readFileSync(historyFile, 'utf8').split('\n').filter(Boolean);
    } catch {
      history = [];
    }
    await runRepl(connection, {
      input: process.stdin,
      output: process.stdout,
      terminal: process.stdin.isTTY,
      history,
      saveHistory: (lines) => {
        try {
          writeFileSync(historyFile, lines.slice(0, 1000).join('\n'));
        } catch {
          // history is a convenience; an unwritable home is not an error
        }
      },
    });
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
}
