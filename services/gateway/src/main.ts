import { Redis } from 'ioredis';
import { connect } from 'nats';
import { pino } from 'pino';
import { createGateway } from './app.js';
import { loadConfig } from './config.js';
import type { MembershipChange, MembershipSink } from './model/membership.js';

// The only file that reads process.env: builds the real clients, starts the gateway, handles signals.
const config = (() => {
  try {
    return loadConfig(process.env);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
})();
const logger = pino({ level: config.logLevel, name: 'gateway' });

/** Stands in for the session engine until it is wired here: logs each revision. */
const sink: MembershipSink = {
  onMembershipChange: (change: MembershipChange) =>
    logger.debug(
      { revision: change.revision, created: change.created.length, deltas: change.deltas.length },
      'membership revision',
    ),
};

const nc = await connect({
  servers: config.natsUrl,
  name: `gateway-${config.gatewayId}`,
  waitOnFirstConnect: true,
  maxReconnectAttempts: -1,
  reconnectTimeWait: 1000,
});
const redis = new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
redis.on('error', (err) => logger.debug({ err }, 'redis connection error'));

const gateway = await createGateway({ nc, redis, sink, logger }, config);
logger.info({ url: gateway.url, connectors: config.connectors.map((c) => c.id) }, 'gateway started');

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
