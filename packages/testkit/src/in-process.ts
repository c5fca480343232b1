import { readFileSync } from 'node:fs';
import { createEmsMock, type EmsMock } from '@ztna/ems-mock';
import {
  createGateway,
  defaultConfig,
  parseConfigText,
  SAMPLE_CONFIG_PATH,
  type Gateway,
} from '@ztna/gateway';
import { ManualClock, systemClock } from '@ztna/service-kit';
import { startNats, startRedis, testSubjects, uniqueId, type ServerHandle } from '@ztna/test';
import { Redis } from 'ioredis';
import { connect, type NatsConnection } from 'nats';
import { pino } from 'pino';
import { emsSerial, type ResolvedOptions } from './stack-options.js';

/** The running services of an in-process stack, for the stack to wrap. */
export interface InProcessParts {
  readonly natsUrl: string;
  readonly redisUrl: string;
  readonly servers: { nats?: ServerHandle; redis?: ServerHandle };
  readonly ems: EmsMock[];
  readonly gateways: Gateway[];
  stop(): Promise<void>;
}

/**
 * Starts the EMS mocks, then the gateways, in this process on the given NATS/Redis (or throwaway
 * servers), isolated by their own subjects, stream, gateway ids and Redis key prefix, so several stacks
 * share one server. Each service has its own clock (a ManualClock when `clock: 'manual'`).
 */
export async function startInProcess(o: ResolvedOptions): Promise<InProcessParts> {
  const servers: { nats?: ServerHandle; redis?: ServerHandle } = {};
  const closers: (() => Promise<unknown>)[] = [];
  const stop = async (): Promise<void> => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  };
  try {
    if (!o.natsUrl) closers.push(() => servers.nats!.close());
    const natsUrl = o.natsUrl ?? (servers.nats = await startNats()).url;
    if (!o.redisUrl) closers.push(() => servers.redis!.close());
    const redisUrl = o.redisUrl ?? (servers.redis = await startRedis()).url;
    const logger = pino({ level: o.logLevel, name: 'ztna-testkit' });
    const clockOf = () => (o.clock === 'manual' ? new ManualClock(Date.now()) : systemClock);
    const id = uniqueId('kit');
    const subjects = testSubjects(id);
    const nc: NatsConnection = await connect({ servers: natsUrl, name: `testkit-${id}` });
    closers.push(() => nc.close());

    const ems: EmsMock[] = [];
    for (let emsId = 1; emsId <= o.ems; emsId++) {
      const mock = await createEmsMock(
        { nc, logger, clock: clockOf() },
        { emsId, serial: emsSerial(emsId), subjects, httpPort: 0 },
      );
      closers.push(() => mock.stop());
      ems.push(mock);
    }
    const firewall = parseConfigText(o.firewallConfig ?? readFileSync(SAMPLE_CONFIG_PATH, 'utf8'));
    const connectors = ems.map((m) => ({
      id: m.config.emsId,
      serial: m.config.serial,
      name: `ems${m.config.emsId}`,
    }));
    const gateways: Gateway[] = [];
    for (let i = 1; i <= o.gateways; i++) {
      const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
      redis.on('error', () => undefined);
      closers.push(async () => redis.disconnect());
      const gateway = await createGateway(
        { nc, redis, logger, clock: clockOf() },
        {
          ...defaultConfig,
          gatewayId: `gw${i}`,
          redisKeyPrefix: id,
          subjectPrefix: subjects.prefix,
          streamName: subjects.stream,
          httpPort: 0,
          connectors,
          firewall,
          dirtySweepDelayMs: o.dirtySweepDelayMs,
          outOfSyncThresholdS: o.outOfSyncThresholdS,
        },
      );
      closers.push(() => gateway.stop());
      gateways.push(gateway);
    }
    return { natsUrl, redisUrl, servers, ems, gateways, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
