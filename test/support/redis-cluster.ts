import { Redis } from 'ioredis';
import type { Backend } from './backend.js';
import { startLocalBackend } from './local-backend.js';
import { probeServer } from './probe.js';
import { freePort } from './servers.js';
import { waitFor } from './wait.js';

const SLOTS = 16_384;

/** One master of a {@link RedisCluster}. */
export interface RedisClusterMember {
  readonly port: number;
  readonly url: string;
  /** The node id (`CLUSTER MYID`). */
  readonly id: string;
}

/** cluster-mode redis-server processes, every one a master, on free loopback ports. */
export interface RedisCluster {
  readonly members: readonly RedisClusterMember[];
  /** Every member's URL, comma-separated (seed nodes for `REDIS_URL`). */
  readonly url: string;
  /** The hash slot of a key (`CLUSTER KEYSLOT`). */
  slotOf(key: string): Promise<number>;
  /** The member that serves `slot` now. */
  ownerOf(slot: number): Promise<RedisClusterMember>;
  /**
   * Moves `slot` and its keys to `target` live, as `redis-cli --cluster reshard` does: IMPORTING on the
   * target, MIGRATING on the owner, MIGRATE of the keys in batches (clients get ASK meanwhile), then
   * SETSLOT NODE on every member. Returns how many keys moved.
   */
  migrateSlot(slot: number, target: RedisClusterMember): Promise<number>;
  /** Kills every member and removes its data. */
  close(): Promise<void>;
}

/**
 * Starts `size` (default 3) redis-server processes from PATH in cluster mode on free loopback ports,
 * joins them (CLUSTER MEET), gives each master an equal range of the 16384 slots (ADDSLOTSRANGE) and
 * resolves once every member reports `cluster_state:ok`.
 */
export async function startRedisCluster(size = 3): Promise<RedisCluster> {
  const ports = await Promise.all(Array.from({ length: size }, () => freePort()));
  const backends: Backend[] = [];
  const admins: Redis[] = [];
  const close = async (): Promise<void> => {
    for (const a of admins) a.disconnect();
    await Promise.all(backends.map((b) => b.remove()));
  };
  try {
    for (const port of ports) {
      backends.push(
        await startLocalBackend('redis', port, (dir) => [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          'nodes.conf',
          '--cluster-node-timeout',
          '2000',
          '--save',
          '',
          '--appendonly',
          'no',
          '--dir',
          dir,
        ]),
      );
    }
    await Promise.all(
      ports.map((port) =>
        waitFor(() => probeServer('redis', port), { timeoutMs: 20_000, what: `redis-server on ${port}` }),
      ),
    );
    for (const port of ports) {
      const admin = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 1 });
      admin.on('error', () => undefined);
      admins.push(admin);
    }
    const per = Math.ceil(SLOTS / size);
    for (let i = 0; i < size; i++) {
      const last = Math.min(SLOTS, (i + 1) * per) - 1;
      await admins[i]!.call('CLUSTER', 'ADDSLOTSRANGE', String(i * per), String(last));
      if (i > 0) await admins[i]!.call('CLUSTER', 'MEET', '127.0.0.1', String(ports[0]));
    }
    await waitFor(
      async () => {
        for (const admin of admins) {
          if (!/cluster_state:ok/.test(String(await admin.call('CLUSTER', 'INFO')))) return false;
          const known = String(await admin.call('CLUSTER', 'NODES'))
            .trim()
            .split('\n');
          if (known.length !== size) return false;
        }
        return true;
      },
      { timeoutMs: 30_000, intervalMs: 100, what: 'redis cluster_state:ok on every member' },
    );
    const members = await Promise.all(
      admins.map(async (admin, i): Promise<RedisClusterMember> => ({
        port: ports[i]!,
        url: `redis://127.0.0.1:${ports[i]}`,
        id: String(await admin.call('CLUSTER', 'MYID')),
      })),
    );
    console.info(`test infra: Redis Cluster of ${size} local masters on ports ${ports.join(', ')}`);
    const adminOf = (m: RedisClusterMember): Redis => admins[members.indexOf(m)]!;
    const ownerOf = async (slot: number): Promise<RedisClusterMember> => {
      const ranges = (await admins[0]!.call('CLUSTER', 'SLOTS')) as [number, number, [string, number]][];
      const range = ranges.find(([from, to]) => slot >= from && slot <= to);
      const owner = members.find((m) => m.port === Number(range?.[2][1]));
      if (!owner) throw new Error(`no owner of slot ${slot} in CLUSTER SLOTS`);
      return owner;
    };
    return {
      members,
      url: members.map((m) => m.url).join(','),
      slotOf: async (key) => Number(await admins[0]!.call('CLUSTER', 'KEYSLOT', key)),
      ownerOf,
      migrateSlot: async (slot, target) => {
        const source = await ownerOf(slot);
        if (source === target) return 0;
        const from = adminOf(source);
        const to = adminOf(target);
        await to.call('CLUSTER', 'SETSLOT', String(slot), 'IMPORTING', source.id);
        await from.call('CLUSTER', 'SETSLOT', String(slot), 'MIGRATING', target.id);
        let moved = 0;
        for (;;) {
          const keys = (await from.call('CLUSTER', 'GETKEYSINSLOT', String(slot), '20')) as string[];
          if (keys.length === 0) break;
          await from.call('MIGRATE', '127.0.0.1', String(target.port), '', '0', '5000', 'KEYS', ...keys);
          moved += keys.length;
        }
        // The target first, then the source, then the others (as redis-cli does).
        for (const admin of [to, from, ...admins.filter((a) => a !== to && a !== from)]) {
          await admin.call('CLUSTER', 'SETSLOT', String(slot), 'NODE', target.id);
        }
        return moved;
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
