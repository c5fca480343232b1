import { Redis } from 'ioredis';
import { connect } from 'nats';
import { natsServerOptions } from '@ztna/proto';
import { pino } from 'pino';
import { loadConfig } from './config.js';
import { connectorsOf, loadEngineSettings, loadFirewallConfig } from './runtime/engine-settings.js';
import { startGatewayService } from './runtime/gateway-service.js';

// The only file that reads process.env: builds the real clients, starts the gateway, handles signals.
const { config, settings, firewall } = (() => {
  try {
    const settings = loadEngineSettings(process.env);
    const firewall = loadFirewallConfig(settings.configPath);
    const loaded = loadConfig(process.env);
    // EMS connectors come from EMS_CONNECTORS, else from the config file's `endpoint-control fctems`.
    const connectors = loaded.connectors.length > 0 ? loaded.connectors : connectorsOf(firewall);
    return { config: Object.freeze({ ...loaded, connectors }), settings, firewall };
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
})();
const logger = pino({ level: config.logLevel, name: 'gateway' });

const nc = await connect({
  ...natsServerOptions(config.natsUrl),
  name: `gateway-${config.gatewayId}`,
  waitOnFirstConnect: true,
  maxReconnectAttempts: -1,
  reconnectTimeWait: 1000,
});
const redis = new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
redis.on('error', (err) => logger.debug({ err }, 'redis connection error'));

const gateway = await startGatewayService({ nc, redis, logger }, config, firewall, settings);
logger.info(
  {
    url: gateway.url,
    packets: gateway.responder.subject,
    config: settings.configPath,
    connectors: config.connectors.map((c) => c.id),
  },
  'gateway started',
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
