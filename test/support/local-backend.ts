import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverArgs, type Backend } from './backend.js';
import type { ServerKind } from './probe.js';

const BINARY = { nats: 'nats-server', redis: 'redis-server' } as const;

/**
 * A server as a child process on a fixed port; its data folder survives stop/start (JetStream files).
 * `args` (given the data folder) replaces the default arguments, e.g. for cluster members.
 */
export async function startLocalBackend(
  kind: ServerKind,
  port: number,
  args?: (dataDir: string) => string[],
): Promise<Backend> {
  const dataDir = mkdtempSync(join(tmpdir(), `ztna-${kind}-`));
  let child: ChildProcess | undefined;

  const exited = (proc: ChildProcess): Promise<void> =>
    proc.exitCode !== null || proc.signalCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => proc.once('exit', () => resolve()));

  const start = async (): Promise<void> => {
    if (child && child.exitCode === null && child.signalCode === null) return;
    const proc = spawn(
      BINARY[kind],
      args ? args(dataDir) : serverArgs(kind, port, dataDir).map((a) => (a === '0.0.0.0' ? '127.0.0.1' : a)),
      {
        stdio: 'ignore',
      },
    );
    await new Promise<void>((resolve, reject) => {
      proc.once('spawn', () => resolve());
      proc.once('error', (err) =>
        reject(new Error(`cannot start ${BINARY[kind]} from PATH: ${err.message}`, { cause: err })),
      );
    });
    child = proc;
  };

  const signal = async (sig: NodeJS.Signals, wait: boolean): Promise<void> => {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill(sig);
    if (wait) await exited(proc);
  };

  await start();
  return {
    mode: 'local',
    port,
    start,
    stop: () => signal('SIGTERM', true),
    kill: () => signal('SIGKILL', true),
    pause: () => signal('SIGSTOP', false),
    unpause: () => signal('SIGCONT', false),
    remove: async () => {
      await signal('SIGCONT', false);
      await signal('SIGKILL', true);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
