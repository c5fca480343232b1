import { execFile } from 'node:child_process';

/** A docker or docker-compose command that failed, timed out or could not start; names the command. */
export class DockerCommandError extends Error {
  readonly code = 'CHAOS_ERR_DOCKER';
}

/** The stack cannot run here: no engine, no compose, or missing images; `message` says what to run. */
export class ComposeUnavailableError extends Error {
  readonly code = 'CHAOS_ERR_COMPOSE_UNAVAILABLE';
}

/**
 * Runs `command args` (no shell) and resolves with its stdout; rejects with a DockerCommandError naming
 * the command, its exit status and the end of its stderr. Bounded by `timeoutMs` (default 120 s); `env`
 * replaces the environment.
 */
export function exec(
  command: string,
  args: readonly string[],
  timeoutMs = 120_000,
  env?: NodeJS.ProcessEnv,
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, killSignal: 'SIGKILL', env },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        const status = (err as { killed?: boolean }).killed
          ? `killed after ${timeoutMs} ms`
          : `exit ${String((err as { code?: unknown }).code)}`;
        reject(
          new DockerCommandError(
            `${command} ${args.join(' ').slice(0, 300)}: ${status}: ${stderr.trim().slice(-600) || err.message}`,
            { cause: err },
          ),
        );
      },
    );
  });
}

/** `docker <args>`. */
export const docker = (args: readonly string[], timeoutMs?: number): Promise<string> =>
  exec('docker', args, timeoutMs);

/** Whether a command answers at all (e.g. `docker info`), within 20 s. */
export async function answers(command: string, args: readonly string[]): Promise<boolean> {
  return exec(command, args, 20_000).then(
    () => true,
    () => false,
  );
}

/** `docker-compose` (1.29, Debian's) when on PATH, else `docker compose` (v2); undefined when neither. */
export async function composeCommand(): Promise<readonly string[] | undefined> {
  if (await answers('docker-compose', ['version'])) return ['docker-compose'];
  if (await answers('docker', ['compose', 'version'])) return ['docker', 'compose'];
  return undefined;
}

/** The host PID of a running container's main process (0 when it is not running). */
export async function containerPid(id: string): Promise<number> {
  return Number((await docker(['inspect', '-f', '{{.State.Pid}}', id])).trim());
}
