import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'nats';
import type { Backend } from './backend.js';
import { startLocalBackend } from './local-backend.js';
import { probeServer } from './probe.js';
import { freePort } from './servers.js';
import { waitFor } from './wait.js';

/** One member of a {@link NatsCluster}. */
export interface NatsClusterMember {
  /** `server_name`, as JetStream names stream leaders and replicas (`n1`, `n2`, …). */
  readonly name: string;
  readonly port: number;
  readonly url: string;
  /** SIGKILL: no goodbye to clients or routes. */
  kill(): Promise<void>;
  /** Starts a killed member again on the same ports and data folder, and waits until it answers. */
  start(): Promise<void>;
}

/** nats-server processes in one cluster with JetStream, on free loopback ports. */
export interface NatsCluster {
  readonly members: readonly NatsClusterMember[];
  /** Every member's URL, comma-separated (what `NATS_URL` takes). */
  readonly url: string;
  member(name: string): NatsClusterMember;
  /** Kills every member and removes its data. */
  close(): Promise<void>;
}

/**
 * Starts `size` (default 3) nats-server processes from PATH as one cluster (`cluster` block with routes
 * to each other, JetStream with its own store each) on free loopback ports, and resolves once JetStream
 * has a meta leader (an account info request answers). Remove it with `close()`.
 */
export async function startNatsCluster(size = 3): Promise<NatsCluster> {
  const ports = await Promise.all(Array.from({ length: size }, () => freePort()));
  const routePorts = await Promise.all(Array.from({ length: size }, () => freePort()));
  const routes = routePorts.map((p) => `nats-route://127.0.0.1:${p}`).join(', ');
  const backends: Backend[] = [];
  try {
    for (let i = 0; i < size; i++) {
      const name = `n${i + 1}`;
      backends.push(
        await startLocalBackend('nats', ports[i]!, (dir) => {
          const file = join(dir, 'nats.conf');
          writeFileSync(
            file,
            [
              `server_name: ${name}`,
              `listen: 127.0.0.1:${ports[i]}`,
              `jetstream { store_dir: ${JSON.stringify(join(dir, 'js'))} }`,
              `cluster { name: ztna-test, listen: 127.0.0.1:${routePorts[i]}, routes: [${routes}] }`,
            ].join('\n'),
          );
          return ['-c', file];
        }),
      );
    }
    await Promise.all(ports.map((p) => answering(p)));
    const url = ports.map((p) => `nats://127.0.0.1:${p}`).join(',');
    await jetStreamUp(url);
    const members = backends.map((b, i): NatsClusterMember => ({
      name: `n${i + 1}`,
      port: ports[i]!,
      url: `nats://127.0.0.1:${ports[i]}`,
      kill: () => b.kill(),
      start: async () => {
        await b.start();
        await answering(ports[i]!);
      },
    }));
    console.info(`test infra: NATS cluster of ${size} local processes on ports ${ports.join(', ')}`);
    return {
      members,
      url,
      member: (name) => {
        const found = members.find((m) => m.name === name);
        if (!found) throw new RangeError(`no NATS cluster member ${JSON.stringify(name)}`);
        return found;
      },
      close: async () => {
        await Promise.all(backends.map((b) => b.remove()));
      },
    };
  } catch (err) {
    await Promise.all(backends.map((b) => b.remove()));
    throw err;
  }
}

const answering = (port: number): Promise<unknown> =>
  waitFor(() => probeServer('nats', port), { timeoutMs: 20_000, what: `nats-server on port ${port}` });

/** Waits until the cluster's JetStream answers an account info request (a meta leader exists). */
async function jetStreamUp(url: string): Promise<void> {
  const nc = await connect({ servers: url.split(','), maxReconnectAttempts: -1 });
  try {
    await waitFor(
      async () => {
        const jsm = await nc.jetstreamManager({ timeout: 2000 });
        return (await jsm.getAccountInfo()).limits !== undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200, what: 'JetStream meta leader in the NATS cluster' },
    );
  } finally {
    await nc.close();
  }
}
