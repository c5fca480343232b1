import type { ServerKind } from './probe.js';

/** How a test server runs: a container, or a child process of the test run. */
export interface Backend {
  readonly mode: 'docker' | 'local';
  /** Host port the server listens on (fixed for the server's whole life, across restarts). */
  readonly port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  kill(): Promise<void>;
  pause(): Promise<void>;
  unpause(): Promise<void>;
  /** Removes the server and everything it stored. */
  remove(): Promise<void>;
}

/** Arguments of each server, the same for containers and processes. */
export function serverArgs(kind: ServerKind, port: number, dataDir: string): string[] {
  return kind === 'nats'
    ? ['-js', '-sd', dataDir, '-p', String(port), '-a', '0.0.0.0']
    : [
        '--port',
        String(port),
        '--save',
        '',
        '--appendonly',
        'no',
        '--protected-mode',
        'no',
        '--dir',
        dataDir,
      ];
}
