// Chaos: seeded tag churn from the EMS mock (with publisher-side drops, duplicates and reordering) while
// NATS and Redis are restarted, paused and cut off and the gateway is stopped and started again. Bounded:
// a fixed number of events and faults. Invariants checked at the end: Redis and the engine's membership
// equal the EMS state, the gateway applied the EMS's last sequence and is in sync, revisions only grew.
import { Redis } from 'ioredis';
import { connect, type NatsConnection } from 'nats';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmsMock, mulberry32, type EmsMock } from '@ztna/ems-mock';
import { startNats, startRedis, waitFor, type ServerHandle } from '@ztna/test';
import { createGateway, type Gateway } from '@ztna/gateway';
import {
  RecordingSink,
  deleteKeys,
  expectedMembership,
  isolation,
  redisMembership,
  sorted,
  testConfig,
} from '../integration/tagsync-fixture.js';

const SEED = Number(process.env.CHAOS_SEED ?? 20261121);
const EVENTS = 12_000;
const FAULTS = 6;
const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

describe(`tag sync under chaos (seed ${SEED})`, () => {
  let natsServer: ServerHandle;
  let redisServer: ServerHandle;
  let nc: NatsConnection;
  let redis: Redis;
  const iso = isolation();
  let mock: EmsMock;
  let gateway: Gateway | undefined;
  /** The engine double of the current gateway (a restarted gateway starts a new engine). */
  let sink = new RecordingSink();

  beforeAll(async () => {
    [natsServer, redisServer] = await Promise.all([startNats(), startRedis()]);
    nc = await connect({ servers: natsServer.url, maxReconnectAttempts: -1, reconnectTimeWait: 200 });
    redis = new Redis(redisServer.url, { maxRetriesPerRequest: 2 });
    redis.on('error', () => undefined);
    mock = await createEmsMock({ nc, logger }, { emsId: 1, subjects: iso.subjects });
  });

  afterAll(async () => {
    await gateway?.stop();
    await mock?.stop();
    await deleteKeys(redis, iso.keyPrefix).catch(() => undefined);
    await nc?.close();
    redis?.disconnect();
    await Promise.all([natsServer?.close(), redisServer?.close()]);
  });

  const startGateway = async (): Promise<Gateway> => {
    sink = new RecordingSink();
    return (gateway = await createGateway(
      { nc, redis, membershipListener: sink, logger },
      testConfig(iso, { reconcileIntervalMs: 1500, snapshotTimeoutMs: 2000 }),
    ));
  };

  it('converges to the EMS state with nothing lost or doubled', async () => {
    await startGateway();
    mock.setFaults({ drop: 0.002, duplicate: 0.01, reorder: 0.01, seed: SEED });
    const schedule = mulberry32(SEED);
    const run = mock.startChurn({ seed: SEED, rate: 2000, count: EVENTS, endpoints: 300, tags: 6 });
    const faults: string[] = [];
    const kinds = ['nats-restart', 'redis-restart', 'nats-pause', 'nats-cut', 'gateway-restart'] as const;
    for (let i = 0; i < FAULTS; i++) {
      const progressed = sink.revision + 2;
      await waitFor(() => sink.revision >= progressed, { what: `progress before fault ${i + 1}` });
      const kind = kinds[schedule.int(kinds.length)]!;
      faults.push(kind);
      switch (kind) {
        case 'nats-restart':
          await natsServer.restart();
          break;
        case 'redis-restart':
          await redisServer.restart();
          break;
        case 'nats-pause': {
          // Frozen, not disconnected: publishes go unanswered until it thaws.
          const unacked = mock.unacked;
          await natsServer.pause();
          await waitFor(() => mock.unacked >= unacked + 200, {
            what: 'EMS publishes piling up while NATS is frozen',
          });
          await natsServer.unpause();
          break;
        }
        case 'nats-cut':
          natsServer.cutOff('reset');
          await waitFor(() => !gateway!.ready(), { what: 'not ready while NATS is cut off' });
          natsServer.restore();
          break;
        case 'gateway-restart':
          await gateway!.stop();
          await startGateway();
          break;
      }
      await waitFor(() => gateway!.ready(), { what: `ready again after ${kind}`, timeoutMs: 30_000 });
    }
    const result = await run.done;
    expect(result.status).toBe('done');
    mock.setFaults({});
    await mock.flush();

    const want = JSON.stringify(sorted(expectedMembership(mock.state())));
    await waitFor(
      async () => {
        const inRedis = JSON.stringify(sorted(await redisMembership(redis, iso.keyPrefix, 'gw1')));
        const status = gateway!.tagSync.syncStatus().ems[0];
        if (inRedis !== want || status?.appliedSeq !== mock.seq) {
          throw new Error(`EMS seq ${mock.seq}, gateway ${JSON.stringify(status)}`);
        }
        return true;
      },
      { what: 'Redis equal to the EMS state', timeoutMs: 60_000 },
    );
    expect(JSON.stringify(sorted(sink.membership()))).toBe(want);
    expect(gateway!.tagSync.syncStatus().ems[0]).toMatchObject({ appliedSeq: mock.seq, state: 'in-sync' });
    const revisions = sink.changes.map((c) => c.revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    console.log(
      `chaos seed ${SEED}: ${mock.seq} EMS events, faults ${faults.join(', ')}; ${sink.changes.length} revisions`,
    );
  });
});
