import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { ImageName, getContainerRuntimeClient } from 'testcontainers';
import type { Backend } from './backend.js';
import { startDockerBackend } from './docker-backend.js';
import { natsImage, redisImage } from './images.js';
import { startLocalBackend } from './local-backend.js';
import { probeServer, type ServerKind } from './probe.js';
import { TcpProxy, type CutMode } from './tcp-proxy.js';
import { waitFor } from './wait.js';

process.env.TESTCONTAINERS_RYUK_DISABLED ??= 'true';

/** A throwaway NATS (JetStream) or Redis server for one test file, with fault controls. */
export interface ServerHandle {
  readonly kind: ServerKind;
  readonly mode: 'docker' | 'local';
  /** URL through the fault proxy: what clients under test should use. */
  readonly url: string;
  /** URL of the server itself, bypassing the proxy (unaffected by cutOff). */
  readonly directUrl: string;
  /** Stops the server gracefully (data kept: JetStream files survive; Redis keeps nothing). */
  stop(): Promise<void>;
  /** Starts a stopped or killed server and waits until it answers its protocol. */
  start(): Promise<void>;
  restart(): Promise<void>;
  /** SIGKILL: no goodbye to clients. */
  kill(): Promise<void>;
  /** Freezes the server: connections stay open, requests time out. */
  pause(): Promise<void>;
  unpause(): Promise<void>;
  /**
   * Cuts clients off: 'reset' refuses and closes connections, 'blackhole' swallows traffic, 'one-way'
   * delivers what clients send and swallows the server's answers.
   */
  cutOff(mode?: CutMode): void;
  restore(): void;
  /** Removes the server, its data and the proxy. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Forces a backend; default: TEST_INFRA, else docker when an engine and the image are there, else local. */
  mode?: 'docker' | 'local';
}

export const startNats = (options?: StartOptions): Promise<ServerHandle> => startServer('nats', options);
export const startRedis = (options?: StartOptions): Promise<ServerHandle> => startServer('redis', options);

const modeCache = new Map<ServerKind, Promise<'docker' | 'local'>>();

async function startServer(kind: ServerKind, options: StartOptions = {}): Promise<ServerHandle> {
  const mode = options.mode ?? (await chooseMode(kind));
  const port = await freePort();
  const backend: Backend =
    mode === 'docker'
      ? await startDockerBackend(kind, imageOf(kind), port)
      : await startLocalBackend(kind, port);
  const ready = (): Promise<unknown> =>
    waitFor(() => probeServer(kind, port), { timeoutMs: 30_000, what: `${kind} on port ${port} answering` });
  await ready();
  console.info(
    mode === 'docker'
      ? `test infra: ${kind} in a container of ${imageOf(kind)} on port ${port}`
      : `test infra: ${kind} as a local process on port ${port}`,
  );
  const proxy = new TcpProxy(() => ({ host: '127.0.0.1', port }));
  const proxyPort = await proxy.listen();
  const scheme = kind === 'nats' ? 'nats' : 'redis';
  return {
    kind,
    mode,
    url: `${scheme}://127.0.0.1:${proxyPort}`,
    directUrl: `${scheme}://127.0.0.1:${port}`,
    stop: () => backend.stop(),
    start: async () => {
      await backend.start();
      await ready();
    },
    restart: async () => {
      await backend.stop();
      await backend.start();
      await ready();
    },
    kill: () => backend.kill(),
    pause: () => backend.pause(),
    unpause: () => backend.unpause(),
    cutOff: (how = 'reset') => proxy.cut(how),
    restore: () => proxy.restore(),
    close: async () => {
      await proxy.close();
      await backend.remove();
    },
  };
}

function imageOf(kind: ServerKind): string {
  return kind === 'nats' ? natsImage() : redisImage();
}

function chooseMode(kind: ServerKind): Promise<'docker' | 'local'> {
  let cached = modeCache.get(kind);
  if (!cached) {
    cached = decideMode(kind);
    modeCache.set(kind, cached);
  }
  return cached;
}

async function decideMode(kind: ServerKind): Promise<'docker' | 'local'> {
  const forced = process.env.TEST_INFRA;
  if (forced === 'docker' || forced === 'local') return forced;
  if (forced) throw new Error(`TEST_INFRA: expected "docker" or "local", got "${forced}"`);
  const dockerProblem = await dockerUnusable(imageOf(kind));
  if (dockerProblem === undefined) return 'docker';
  const binary = kind === 'nats' ? 'nats-server' : 'redis-server';
  if (onPath(binary)) {
    console.warn(`test infra: ${kind} runs as a local ${binary} process (${dockerProblem})`);
    return 'local';
  }
  throw new Error(
    `test infra: cannot start ${kind}: ${dockerProblem}, and ${binary} is not on PATH. ` +
      `Install Docker (Debian: apt-get install docker.io, then start dockerd) and set ${kind.toUpperCase()}_IMAGE ` +
      `if the registry is unreachable (infra/images/build-local.sh builds one), or install ${binary} ` +
      `(apt-get install ${kind === 'nats' ? 'nats-server' : 'redis-server'}).`,
  );
}

/** Why Docker cannot serve `image` here, or undefined when it can. */
async function dockerUnusable(image: string): Promise<string | undefined> {
  let client;
  try {
    client = await getContainerRuntimeClient();
  } catch (err) {
    return `no Docker engine reachable (${(err as Error).message.split('\n')[0]})`;
  }
  const name = ImageName.fromString(image);
  if (await client.image.exists(name)) return undefined;
  try {
    await client.image.pull(name);
    return undefined;
  } catch (err) {
    return `image ${image} is not present and cannot be pulled (${(err as Error).message.split('\n')[0]})`;
  }
}

function onPath(binary: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A free TCP port on loopback, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
