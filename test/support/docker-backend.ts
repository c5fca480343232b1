import { GenericContainer, Wait, getContainerRuntimeClient, type StartedTestContainer } from 'testcontainers';
import { serverArgs, type Backend } from './backend.js';
import type { ServerKind } from './probe.js';

const CONTAINER_PORT = { nats: 4222, redis: 6379 } as const;
/**
 * The log line each server prints when it accepts clients: wait for it, not for the default port check
 * (that one runs a shell inside the container, and FROM-scratch images have none).
 */
export const READY_LINE = { nats: /Server is ready/, redis: /Ready to accept connections/ } as const;

/**
 * A server in a container (testcontainers). The host port is chosen by the caller (a free random port)
 * and bound explicitly, so it stays the same across docker stop/start and restart.
 */
export async function startDockerBackend(
  kind: ServerKind,
  image: string,
  hostPort: number,
): Promise<Backend> {
  const inner = CONTAINER_PORT[kind];
  const container: StartedTestContainer = await new GenericContainer(image)
    .withExposedPorts({ container: inner, host: hostPort })
    .withCommand(serverArgs(kind, inner, '/data'))
    .withLabels({ 'ztna-tagsync.test': kind })
    .withWaitStrategy(Wait.forLogMessage(READY_LINE[kind]))
    .withStartupTimeout(60_000)
    .start();
  const client = await getContainerRuntimeClient();
  const handle = client.container.getById(container.getId());
  return {
    mode: 'docker',
    port: hostPort,
    start: async () => void (await handle.start()),
    stop: async () => void (await handle.stop({ t: 5 })),
    kill: async () => void (await handle.kill()),
    pause: async () => void (await handle.pause()),
    unpause: async () => void (await handle.unpause()),
    remove: async () => {
      await handle.remove({ force: true, v: true });
    },
  };
}
