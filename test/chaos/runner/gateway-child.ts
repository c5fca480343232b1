// A gateway process for the chaos runner: the gateway's own config loader and composition root, plus the
// deliberate breaks a test asks for in CHAOS_BREAK (comma-separated) — so `kill -9` hits a real process:
//   skip-acks  the apply step never acks (JetStream acks are swallowed on the way out)
//   no-sweep   the engine timer is stopped (no background re-check of dirty sessions, no expiry)
import { natsServerOptions } from '@ztna/proto';
import { createGateway, loadConfig } from '@ztna/gateway';
import { Redis } from 'ioredis';
import { connect, type NatsConnection } from 'nats';
import { pino } from 'pino';

const breaks = new Set((process.env.CHAOS_BREAK ?? '').split(',').filter(Boolean));
const config = loadConfig(process.env);
const logger = pino({ level: config.logLevel, name: `chaos-${config.gatewayId}` });
const real = await connect({
  ...natsServerOptions(config.natsUrl),
  name: `chaos-gateway-${config.gatewayId}`,
  waitOnFirstConnect: true,
  maxReconnectAttempts: -1,
  reconnectTimeWait: 250,
});
const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
redis.on('error', () => undefined);

/** The connection as the gateway sees it: with skip-acks, every `+ACK` is dropped on the way out. */
function withoutAcks(nc: NatsConnection): NatsConnection {
  const ack = '+ACK';
  return new Proxy(nc, {
    get(target, property) {
      if (property === 'protocol') return undefined;
      if (property === 'publish') {
        return (subject: string, data?: Uint8Array, options?: object) => {
          if (subject.startsWith('$JS.ACK.') && Buffer.from(data ?? []).toString() === ack) return;
          target.publish(subject, data, options);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const nc = breaks.has('skip-acks') ? withoutAcks(real) : real;
const gateway = await createGateway({ nc, redis, logger }, config);
if (breaks.has('no-sweep')) gateway.ticker.stop();
logger.warn({ url: gateway.url, breaks: [...breaks] }, 'chaos gateway started');
process.send?.({ url: gateway.url });

const shutdown = async (): Promise<void> => {
  await gateway.stop();
  await real.close();
  redis.disconnect();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
