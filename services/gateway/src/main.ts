import { natsServerOptions } from '@ztna/proto';
import {
  assertNatsVersion,
  createServiceLogger,
  ManualClock,
  retrying,
  systemClock,
} from '@ztna/service-kit';
import { Cluster } from 'ioredis';
import { connect } from 'nats';
import { createGateway } from './app.js';
import { loadConfig } from './config.js';
import { connectRedis, redisCause, type RedisClient } from './redis/redis-client.js';

// The only file that reads process.env: builds the real clients, starts the gateway, handles signals.
const config = (() => {
  try {
    return loadConfig(process.env);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
})();
const logger = createServiceLogger({ name: 'gateway', level: config.logLevel });

const nc = await connect({
  ...natsServerOptions(config.natsUrl),
  inboxPrefix: config.natsInboxPrefix,
  name: `gateway-${config.gatewayId}`,
  waitOnFirstConnect: true,
  maxReconnectAttempts: -1,
  reconnectTimeWait: 1000,
});
try {
  assertNatsVersion(nc.info, nc.getServer());
} catch (err) {
  logger.fatal({ err }, (err as Error).message);
  await nc.close();
  process.exit(1);
}
// A cluster is told by several seed nodes or by the one node's INFO; wait for it to answer that.
const redis: RedisClient = await retrying(
  () => connectRedis(config.redisUrl, { redisOptions: { maxRetriesPerRequest: 3 } }),
  { what: 'connecting to redis', logger, stopped: () => false },
);
logger.info({ mode: redis instanceof Cluster ? 'cluster' : 'single' }, 'redis client');
redis.on('error', (err) => logger.debug({ cause: redisCause(err) }, 'redis connection error'));

const clock = config.clock === 'manual' ? new ManualClock(Date.now()) : systemClock;
const gateway = await createGateway({ nc, redis, logger, clock }, config);
logger.info(
  {
    url: gateway.url,
    config: config.configPath,
    connectors: config.connectors.map((c) => c.id),
    clock: config.clock,
  },
  'gateway ready to serve',
);

let stopping = false;
const shutdown = async (signal: string): Promise<void> => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  await gateway.stop();
  await nc.drain();
  redis.disconnect();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
