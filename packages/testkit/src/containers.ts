import { randomBytes } from 'node:crypto';
import { READY_LINE, natsImage, redisImage, serverArgs } from '@ztna/test';
import {
  GenericContainer,
  Network,
  Wait,
  type StartedNetwork,
  type StartedTestContainer,
} from 'testcontainers';
import { emsSerial, type ResolvedOptions } from './stack-options.js';

const GATEWAY_PORT = 8080;
const EMS_PORT = 8081;

/** Image of the gateway: `GATEWAY_IMAGE`, else what `infra/docker-compose.yml` builds. */
export const gatewayImage = (): string => process.env.GATEWAY_IMAGE || 'ztna-tagsync/gateway:dev';
/** Image of the EMS mock: `EMS_MOCK_IMAGE`, else what `infra/docker-compose.yml` builds. */
export const emsMockImage = (): string => process.env.EMS_MOCK_IMAGE || 'ztna-tagsync/ems-mock:dev';

/**
 * The gateway as a testcontainers module: API on 8080 (all interfaces, so a bearer token is set:
 * `token`), ready when `GET /readyz` answers 200. Point it at NATS and Redis with `withServers`.
 */
export class GatewayContainer extends GenericContainer {
  readonly token = randomBytes(12).toString('hex');

  constructor(image = gatewayImage()) {
    super(image);
    this.withExposedPorts(GATEWAY_PORT)
      .withEnvironment({
        GATEWAY_HTTP_HOST: '0.0.0.0',
        GATEWAY_HTTP_PORT: String(GATEWAY_PORT),
        GATEWAY_API_TOKEN: this.token,
      })
      .withWaitStrategy(Wait.forHttp('/readyz', GATEWAY_PORT).forStatusCode(200))
      .withStartupTimeout(120_000);
  }

  withServers(natsUrl: string, redisUrl: string): this {
    return this.withEnvironment({ NATS_URL: natsUrl, REDIS_URL: redisUrl });
  }

  /** The base URL of the API as the test reaches it (mapped port). */
  static urlOf(started: StartedTestContainer): string {
    return `http://${started.getHost()}:${started.getMappedPort(GATEWAY_PORT)}`;
  }
}

/** The EMS mock as a testcontainers module: API on 8081 with a bearer `token`, ready on `/readyz`. */
export class EmsMockContainer extends GenericContainer {
  readonly token = randomBytes(12).toString('hex');

  constructor(image = emsMockImage()) {
    super(image);
    this.withExposedPorts(EMS_PORT)
      .withEnvironment({
        EMS_HTTP_HOST: '0.0.0.0',
        EMS_HTTP_PORT: String(EMS_PORT),
        EMS_API_TOKEN: this.token,
      })
      .withWaitStrategy(Wait.forHttp('/readyz', EMS_PORT).forStatusCode(200))
      .withStartupTimeout(120_000);
  }

  withNats(natsUrl: string): this {
    return this.withEnvironment({ NATS_URL: natsUrl });
  }

  static urlOf(started: StartedTestContainer): string {
    return `http://${started.getHost()}:${started.getMappedPort(EMS_PORT)}`;
  }
}

export interface ContainerParts {
  readonly natsUrl: string;
  readonly redisUrl: string;
  readonly ems: { url: string; token: string; emsId: number }[];
  readonly gateways: { url: string; token: string; gatewayId: string }[];
  stop(): Promise<void>;
}

/**
 * NATS (JetStream), Redis, the EMS mocks and the gateways on one new Docker network; the services
 * reach the servers by alias (`nats`, `redis`), the test through mapped ports.
 */
export async function startContainers(o: ResolvedOptions): Promise<ContainerParts> {
  const started: StartedTestContainer[] = [];
  let network: StartedNetwork | undefined;
  const stop = async (): Promise<void> => {
    for (const c of started.reverse()) await c.stop().catch(() => undefined);
    await network?.stop().catch(() => undefined);
  };
  try {
    network = await new Network().start();
    const nats = await new GenericContainer(o.images?.nats ?? natsImage())
      .withCommand(serverArgs('nats', 4222, '/data'))
      .withNetwork(network)
      .withNetworkAliases('nats')
      .withExposedPorts(4222)
      .withWaitStrategy(Wait.forLogMessage(READY_LINE.nats))
      .start();
    started.push(nats);
    // serverArgs: no persistence, protected mode off (the services reach it from other containers)
    const redis = await new GenericContainer(o.images?.redis ?? redisImage())
      .withCommand(serverArgs('redis', 6379, '/data'))
      .withNetwork(network)
      .withNetworkAliases('redis')
      .withExposedPorts(6379)
      .withWaitStrategy(Wait.forLogMessage(READY_LINE.redis))
      .start();
    started.push(redis);
    const common = { CLOCK: o.clock, LOG_LEVEL: o.logLevel === 'silent' ? 'warn' : o.logLevel };
    const ems: ContainerParts['ems'] = [];
    for (let emsId = 1; emsId <= o.ems; emsId++) {
      const module = new EmsMockContainer(o.images?.emsMock)
        .withNats('nats://nats:4222')
        .withNetwork(network)
        .withEnvironment({ ...common, EMS_ID: String(emsId), EMS_SERIAL: emsSerial(emsId) });
      const c = await module.start();
      started.push(c);
      ems.push({ url: EmsMockContainer.urlOf(c), token: module.token, emsId });
    }
    const connectors = ems.map((e) => `${e.emsId}:${emsSerial(e.emsId)}:ems${e.emsId}`).join(',');
    const gateways: ContainerParts['gateways'] = [];
    for (let i = 1; i <= o.gateways; i++) {
      const module = new GatewayContainer(o.images?.gateway)
        .withServers('nats://nats:4222', 'redis://redis:6379')
        .withNetwork(network)
        .withEnvironment({
          ...common,
          GATEWAY_ID: `gw${i}`,
          EMS_CONNECTORS: connectors,
          DIRTY_SWEEP_DELAY_MS: String(o.dirtySweepDelayMs),
          OUT_OF_SYNC_THRESHOLD: String(o.outOfSyncThresholdS),
        });
      if (o.firewallConfig !== undefined) {
        module
          .withCopyContentToContainer([{ content: o.firewallConfig, target: '/tmp/firewall.conf' }])
          .withEnvironment({ GATEWAY_CONFIG: '/tmp/firewall.conf' });
      }
      const c = await module.start();
      started.push(c);
      gateways.push({ url: GatewayContainer.urlOf(c), token: module.token, gatewayId: `gw${i}` });
    }
    return {
      natsUrl: `nats://${nats.getHost()}:${nats.getMappedPort(4222)}`,
      redisUrl: `redis://${redis.getHost()}:${redis.getMappedPort(6379)}`,
      ems,
      gateways,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
