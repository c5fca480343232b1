import { connect } from 'nats';
import { natsServerOptions } from '@ztna/proto';
import { assertNatsVersion, createServiceLogger, ManualClock, systemClock } from '@ztna/service-kit';
import { createEmsMock } from './app.js';
import { loadConfig } from './config.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createServiceLogger({ name: 'ems-mock', level: config.logLevel });
  const nc = await connect({
    ...natsServerOptions(config.natsUrl),
    inboxPrefix: config.natsInboxPrefix,
    name: `ems-mock-${config.emsId}`,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    reconnectJitter: 250,
    waitOnFirstConnect: true,
  });
  logger.info({ server: nc.getServer(), version: nc.info?.version }, 'NATS connected');
  try {
    assertNatsVersion(nc.info, nc.getServer());
  } catch (err) {
    await nc.close();
    throw err;
  }
  // The clients' settings stay here; the composition root takes only the instance's own config.
  const clock = config.clock === 'manual' ? new ManualClock(Date.now()) : systemClock;
  const {
    natsUrl: _natsUrl,
    natsInboxPrefix: _inbox,
    logLevel: _logLevel,
    clock: _clock,
    ...instance
  } = config;
  const mock = await createEmsMock({ nc, logger, clock }, instance);
  logger.info({ clock: config.clock, http: mock.httpAddress }, 'EMS mock ready');
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, unacked: mock.unacked }, 'shutting down: flushing pending publishes');
    await mock.stop();
    await nc.drain();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  createServiceLogger({ name: 'ems-mock' }).fatal({ err }, 'EMS mock failed to start');
  process.exit(1);
});
