import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSubjects } from '@ztna/proto';
import { emsMockImage, gatewayImage } from '@ztna/testkit';
import { freePort, probeServer, waitFor } from '@ztna/test';
import { Redis } from 'ioredis';
import { connect } from 'nats';
import type { ChaosGateway, ChaosStack, RetiredIncarnation } from './chaos-stack.js';
import { ComposeEms } from './compose-ems.js';
import {
  COMPOSE_SERVICES,
  composeEnvFile,
  composeFirewallConfigs,
  composeOverride,
  parseEnvLines,
  type ComposeImages,
  type ComposePorts,
  type ComposeService,
} from './compose-files.js';
import { ContainerServer, watchDeaths } from './compose-servers.js';
import { answers, ComposeUnavailableError, composeCommand, containerPid, docker, exec } from './docker.js';
import { GatewayClient } from './gateway-client.js';
import { rssMb, streamBytesFor } from './local-stack.js';
import type { ChaosOptions } from './options.js';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const COMPOSE_FILE = join(ROOT, 'infra/docker-compose.yml');
const GEN_ENV = join(ROOT, 'infra/gen-env.sh');
/** How CI builds the images (.ci/run): what a missing image asks the user to run. */
const BUILD_IMAGES =
  'eval "$(infra/images/build-local.sh)"; export NATS_IMAGE REDIS_IMAGE NODE_IMAGE; npm run build; ' +
  'eval "$(node infra/images/build-services.mjs)"; export GATEWAY_IMAGE EMS_MOCK_IMAGE';

/** A gateway container of the project. */
interface ComposeGateway extends ChaosGateway {
  readonly service: ComposeService;
  readonly containerId: string;
  startedAt: number;
  killing: boolean;
  readonly crashes: { at: number; code: number | null; signal: string | null }[];
}

/** The images the run needs: GATEWAY_IMAGE, EMS_MOCK_IMAGE, NATS_IMAGE, REDIS_IMAGE, else the compose defaults. */
export function composeImages(env: NodeJS.ProcessEnv = process.env): ComposeImages {
  return {
    gateway: gatewayImage(),
    emsMock: emsMockImage(),
    nats: env.NATS_IMAGE || 'nats:2.10-alpine',
    redis: env.REDIS_IMAGE || 'redis:7-alpine',
  };
}

/**
 * Checks that a docker engine answers, a compose command exists and every image is there; otherwise
 * throws a ComposeUnavailableError saying exactly what to run. Resolves with the compose command.
 */
export async function composePreflight(images: ComposeImages): Promise<readonly string[]> {
  if (!(await answers('docker', ['info']))) {
    throw new ComposeUnavailableError(
      '--target compose needs a docker engine: `docker info` does not answer. Start one (`dockerd &`, as .ci/run does), then run again.',
    );
  }
  const compose = await composeCommand();
  if (!compose) {
    throw new ComposeUnavailableError(
      '--target compose needs docker-compose (1.29) or the docker compose plugin: apt-get install docker-compose',
    );
  }
  const missing: string[] = [];
  for (const image of Object.values(images)) {
    if (!(await answers('docker', ['image', 'inspect', image]))) missing.push(image);
  }
  if (missing.length > 0) {
    throw new ComposeUnavailableError(
      `--target compose: image${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not found. Build them as CI does ` +
        `(GATEWAY_IMAGE, EMS_MOCK_IMAGE, NATS_IMAGE, REDIS_IMAGE name them), from the repository root:\n  ${BUILD_IMAGES}`,
    );
  }
  return compose;
}

/**
 * Starts the compose target: `infra/docker-compose.yml` with the gateway2 profile under a project of its
 * own (`chaos-<id>`), a generated env file (fresh credentials from `infra/gen-env.sh --print`, never
 * `infra/.env`) and a generated override (compose-files.ts), in a temporary folder. The judge connects
 * directly to NATS (user `consumer`) and Redis (user `admin`) through their ports published on
 * 127.0.0.1 for this run. `close()` (and Ctrl-C) tears the project down with `down -v`.
 */
export async function startComposeStack(
  options: ChaosOptions,
  log: (line: string) => void,
): Promise<ChaosStack> {
  const images = composeImages();
  const compose = await composePreflight(images);
  const id = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const project = `chaos-${id}`;
  const dir = mkdtempSync(join(tmpdir(), `${project}-`));
  chmodSync(dir, 0o755);
  const [nats, redis, ems1, ems2, gw1, gw2] = await distinctFreePorts(6);
  const ports: ComposePorts = { nats: nats!, redis: redis!, ems: [ems1!, ems2!], gateways: [gw1!, gw2!] };
  const credentials = parseEnvLines(await exec(GEN_ENV, ['--print'], 20_000));
  const logLevel = process.env.CHAOS_GATEWAY_LOG_LEVEL ?? 'warn';
  const envText = composeEnvFile(credentials, ports, images, logLevel);
  const envPath = join(dir, 'chaos.env');
  writeFileSync(envPath, envText, { mode: 0o600 });
  const configPaths: [string, string] = [join(dir, 'gw1.conf'), join(dir, 'gw2.conf')];
  composeFirewallConfigs().forEach((text, i) => writeFileSync(configPaths[i]!, text, { mode: 0o644 }));
  const overridePath = join(dir, 'docker-compose.chaos.yml');
  const tuning = {
    sweepDelayMs: options.sweepDelayMs,
    snapshotTtlMs: 5_000,
    streamMaxBytes: streamBytesFor(options),
    logLevel,
  };
  writeFileSync(overridePath, composeOverride(ports, images, tuning, configPaths), { mode: 0o644 });

  // The env file's values win over the caller's environment (compose prefers the environment).
  const env = { ...process.env };
  for (const key of Object.keys(parseEnvLines(envText))) delete env[key];
  const base = [...compose.slice(1), '-p', project, '--env-file', envPath, '-f', COMPOSE_FILE];
  const args = [...base, '-f', overridePath, '--profile', 'gateway2'];
  const run = (rest: string[], timeoutMs = 120_000): Promise<string> =>
    exec(compose[0]!, [...args, ...rest], timeoutMs, env);
  const downNow = (): void => {
    spawnSync(compose[0]!, [...args, 'down', '-v', '--remove-orphans'], {
      env,
      stdio: 'ignore',
      timeout: 120_000,
    });
    rmSync(dir, { recursive: true, force: true });
  };
  let stopWatching = (): void => undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    log(`[chaos] ${signal}: tearing down compose project ${project} (down -v)`);
    stopWatching();
    downNow();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const forget = (): void => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };

  log(`[chaos] compose project ${project}: starting ${COMPOSE_SERVICES.join(', ')} (files in ${dir})`);
  const cleanups: (() => unknown)[] = [];
  const teardown = async (): Promise<void> => {
    for (const cleanup of cleanups.splice(0).reverse())
      await Promise.resolve(cleanup()).catch(() => undefined);
  };
  try {
    await run(['up', '-d', '--no-build', ...COMPOSE_SERVICES], 300_000);
    const ids = new Map<ComposeService, string>();
    for (const service of COMPOSE_SERVICES) ids.set(service, (await run(['ps', '-q', service])).trim());
    const network = `${project}_default`;
    const judgeIp = (
      await docker(['network', 'inspect', '-f', '{{range .IPAM.Config}}{{.Gateway}}{{end}}', network])
    ).trim();
    const directNats = await connect({
      servers: `nats://127.0.0.1:${ports.nats}`,
      user: 'consumer',
      pass: credentials.NATS_CONSUMER_PASSWORD,
      inboxPrefix: '_INBOX.consumer',
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      name: 'chaos-judge',
    });
    cleanups.push(() => directNats.close());
    const directRedis = new Redis(
      `redis://admin:${credentials.REDIS_ADMIN_PASSWORD}@127.0.0.1:${ports.redis}`,
      { maxRetriesPerRequest: 1 },
    );
    directRedis.on('error', () => undefined);
    cleanups.push(() => directRedis.disconnect());
    const natsServer = new ContainerServer('nats', ids.get('nats')!, 4222, judgeIp, () =>
      probeServer('nats', ports.nats),
    );
    const redisServer = new ContainerServer('redis', ids.get('redis')!, 6379, judgeIp, async () => {
      return (await directRedis.ping().catch(() => undefined)) === 'PONG';
    });
    const ems = [1, 2].map(
      (emsId) =>
        new ComposeEms(emsId, `http://127.0.0.1:${ports.ems[emsId - 1]}`, credentials.EMS_API_TOKEN!),
    );
    await Promise.all(ems.map((e) => e.refresh()));
    const gateways: ComposeGateway[] = (['gateway', 'gateway2'] as const).map((service, i) => ({
      id: `gw${i + 1}`,
      service,
      containerId: ids.get(service)!,
      dynAddrSessionCheck: i === 0,
      client: new GatewayClient(`http://127.0.0.1:${ports.gateways[i]}`, credentials.GATEWAY_API_TOKEN),
      startedAt: Date.now(),
      killing: false,
      crashes: [],
    }));
    const pids = new Map<string, number>();
    const notePid = async (service: ComposeService): Promise<void> => {
      pids.set(service, await containerPid(ids.get(service)!).catch(() => 0));
    };
    await Promise.all(COMPOSE_SERVICES.map(notePid));
    const deaths = watchDeaths(project, (service, code) => {
      const gw = gateways.find((g) => g.service === service);
      if (gw && !gw.killing) gw.crashes.push({ at: Date.now(), code, signal: null });
    });
    stopWatching = deaths.stop;
    cleanups.push(() => deaths.stop());
    const incarnations: RetiredIncarnation[] = [];
    const emsService = (i: number): ComposeService => (i === 0 ? 'ems-mock' : 'ems-mock-2');
    /** Holds EMS `i`, takes its incarnation's final count and stops its container; the caller records the count. */
    const retire = async (i: number): Promise<{ retired: RetiredIncarnation; release: () => void }> => {
      const held = await ems[i]!.hold();
      try {
        // SIGTERM: the mock flushes (at most 10 s; nothing is left after hold()) and exits
        await docker(['stop', '-t', '20', ids.get(emsService(i))!]);
      } catch (err) {
        held.release();
        throw err;
      }
      return held;
    };
    const running = [...ems];
    return {
      target: 'compose',
      nats: natsServer,
      redis: redisServer,
      subjects: createSubjects(),
      keyPrefix: 'ztna',
      directNats,
      directRedis,
      ems: running,
      gateways,
      incarnations,
      // An incarnation's events are counted once: through the handle until the restarted EMS answers,
      // then through `incarnations` (the swap happens in one synchronous step, after refresh()).
      restartEms: async (i) => {
        const { retired, release } = await retire(i);
        try {
          await docker(['start', ids.get(emsService(i))!]);
          await notePid(emsService(i));
          await waitFor(() => ems[i]!.ready(), {
            what: `ems${i + 1} ready again`,
            timeoutMs: 60_000,
            intervalMs: 100,
          });
          await ems[i]!.refresh();
          incarnations.push(retired);
        } finally {
          release();
        }
      },
      killGateway: async (i) => {
        const gw = gateways[i]!;
        gw.killing = true;
        await docker(['kill', '-s', 'KILL', gw.containerId]);
        await docker(['wait', gw.containerId], 30_000);
      },
      startGateway: async (i) => {
        const gw = gateways[i]!;
        await docker(['start', gw.containerId]);
        await notePid(gw.service);
        gw.startedAt = Date.now();
        gw.killing = false;
      },
      stopEms: async () => {
        const retired: RetiredIncarnation[] = [];
        for (let i = 0; i < ems.length; i++) retired.push((await retire(i)).retired);
        running.length = 0;
        incarnations.push(...retired);
      },
      processes: () =>
        COMPOSE_SERVICES.map((service) => ({ name: service, rssMb: rssMb(pids.get(service)) })),
      close: async () => {
        for (const gw of gateways) gw.killing = true;
        await teardown();
        await saveLogs(run, join(options.reportDir, 'logs'));
        await run(['down', '-v', '--remove-orphans'], 180_000).catch((err: unknown) =>
          log(`[chaos] down -v of ${project} failed: ${(err as Error).message}`),
        );
        rmSync(dir, { recursive: true, force: true });
        forget();
      },
    };
  } catch (err) {
    await teardown();
    await saveLogs(run, join(options.reportDir, 'logs'));
    downNow();
    forget();
    throw err;
  }
}

/** `n` different free ports of 127.0.0.1. */
async function distinctFreePorts(n: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < n) ports.add(await freePort());
  return [...ports];
}

/** The containers' last log lines, into `logDir/compose.log` (best effort). */
async function saveLogs(run: (rest: string[]) => Promise<string>, logDir: string): Promise<void> {
  try {
    mkdirSync(logDir, { recursive: true });
    writeFileSync(join(logDir, 'compose.log'), await run(['logs', '--no-color', '--tail=3000']));
  } catch {
    // the run's verdict does not depend on its logs
  }
}
