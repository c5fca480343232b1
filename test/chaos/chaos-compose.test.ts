// The compose target's own pieces: the generated override and env file (checked by docker-compose
// itself against infra/docker-compose.yml), the gateways' configs, and the refusals that exit 2 with
// what to run. The compose run proper is a step of .ci/run (`npm run chaos -- --target compose`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  composeEnvFile,
  composeFirewallConfigs,
  composeOverride,
  parseEnvLines,
  type ComposePorts,
} from './runner/compose-files.js';
import { runChaosCli } from './runner/run-cli.js';

/** Whether a docker engine answers here. */
function engine(): boolean {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/** What the test reads of a service of `docker-compose config`. */
interface Service {
  restart?: string;
  image?: string;
  ports?: string[];
  entrypoint?: string[];
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ports: ComposePorts = { nats: 41001, redis: 41002, ems: [41003, 41004], gateways: [41005, 41006] };
const images = { gateway: 'gw:t', emsMock: 'ems:t', nats: 'nats:t', redis: 'redis:t' };
const tuning = { sweepDelayMs: 2000, snapshotTtlMs: 5000, streamMaxBytes: 1024 ** 3, logLevel: 'warn' };

describe('compose target files', () => {
  it('merges into infra/docker-compose.yml as intended (docker-compose config)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chaos-compose-files-'));
    const credentials = parseEnvLines(
      execFileSync(join(ROOT, 'infra/gen-env.sh'), ['--print'], { encoding: 'utf8' }),
    );
    expect(credentials.NATS_CONSUMER_PASSWORD).toMatch(/^s[0-9a-f]{32}$/);
    expect(credentials.REDIS_ADMIN_PASSWORD_SHA256).toMatch(/^[0-9a-f]{64}$/);
    const envPath = join(dir, 'chaos.env');
    writeFileSync(envPath, composeEnvFile(credentials, ports, images, 'warn'));
    const overridePath = join(dir, 'override.yml');
    writeFileSync(overridePath, composeOverride(ports, images, tuning, ['/cfg/gw1.conf', '/cfg/gw2.conf']));
    const merged = execFileSync(
      'docker-compose',
      [
        '-p',
        'chaos-files',
        '--env-file',
        envPath,
        '-f',
        join(ROOT, 'infra/docker-compose.yml'),
        '-f',
        overridePath,
        '--profile',
        'gateway2',
        'config',
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH } },
    );
    const services = (parse(merged) as { services: Record<string, Service> }).services;
    const service = (name: string): Service => services[name]!;
    for (const name of ['nats', 'redis', 'ems-mock', 'ems-mock-2', 'gateway', 'gateway2']) {
      expect(service(name).restart, name).toBe('no');
    }
    expect(service('nats').ports).toEqual(['127.0.0.1:41001:4222/tcp']);
    expect(service('nats').image).toBe('nats:t');
    expect(service('redis').ports).toEqual(['127.0.0.1:41002:6379/tcp']);
    expect(service('redis').entrypoint).toEqual([
      'redis-server',
      '/etc/redis/redis.conf',
      '--appendonly',
      'no',
      '--save',
      '',
    ]);
    expect(service('redis').command?.slice(0, 3)).toEqual(['--user', 'admin', 'on']); // the base's users stay
    for (const name of ['ems-mock', 'ems-mock-2']) {
      expect(service(name).image).toBe('ems:t');
      expect(service(name).environment).toMatchObject({
        EMS_SNAPSHOT_TTL_MS: '5000',
        STREAM_MAX_BYTES: '1073741824',
      });
    }
    expect(service('ems-mock-2').environment?.EMS_ID).toBe('2');
    expect(service('ems-mock-2').ports).toEqual(['127.0.0.1:41004:8081/tcp']);
    for (const [i, name] of ['gateway', 'gateway2'].entries()) {
      expect(service(name).image).toBe('gw:t');
      expect(service(name).environment).toMatchObject({
        GATEWAY_ID: `gw${i + 1}`,
        GATEWAY_CONFIG: '/etc/ztna-chaos/firewall.conf',
        DIRTY_SWEEP_DELAY_MS: '2000',
        LOG_LEVEL: 'warn',
      });
      expect(service(name).volumes).toContain(`/cfg/gw${i + 1}.conf:/etc/ztna-chaos/firewall.conf:ro`);
      expect(service(name).ports).toEqual([`127.0.0.1:${ports.gateways[i]}:8080/tcp`]);
    }
  });

  it("gives gw1 dyn-addr-session-check enable, gw2 disable, both with the stack's two EMS serials", () => {
    const compose = readFileSync(join(ROOT, 'infra/docker-compose.yml'), 'utf8');
    const [gw1, gw2] = composeFirewallConfigs();
    expect(gw1).toContain('set dyn-addr-session-check enable');
    expect(gw2).toContain('set dyn-addr-session-check disable');
    for (const serial of ['FCTEMS8822000001', 'FCTEMS8822000002']) {
      expect(compose).toContain(`EMS_SERIAL: ${serial}`);
      expect(gw1).toContain(`set serial-number "${serial}"`);
      expect(gw2).toContain(`set serial-number "${serial}"`);
    }
  });

  it('refuses an env line that is not KEY=VALUE, naming it', () => {
    expect(parseEnvLines('# c\nA_B=s1\n\nC=\n')).toEqual({ A_B: 's1', C: '' });
    expect(() => parseEnvLines('A=1\nexport B=2\n')).toThrow('not a KEY=VALUE line: "export B=2"');
  });
});

describe('npm run chaos -- --target compose, refused', () => {
  it('exits 2 saying how to build a missing image (or start the engine)', async () => {
    const run = await runChaosCli(['--target', 'compose', '--duration', '10s'], 60_000, {
      GATEWAY_IMAGE: 'ztna-tagsync/gateway:no-such-tag',
    });
    expect(run.code, run.output).toBe(2);
    if (!engine()) {
      expect(run.output).toContain('--target compose needs a docker engine: `docker info` does not answer');
      return;
    }
    expect(run.output).toContain('ztna-tagsync/gateway:no-such-tag');
    expect(run.output).toMatch(/not found/);
    expect(run.output).toContain('eval "$(node infra/images/build-services.mjs)"');
  });

  it('exits 2 naming the options the compose stack cannot honour', async () => {
    const run = await runChaosCli(['--target', 'compose', '--ems', '3', '--gateways', '4'], 30_000);
    expect(run.code, run.output).toBe(2);
    expect(run.output).toContain('--ems 3 (the compose stack has 2 EMS mocks)');
    expect(run.output).toContain('--gateways 4 (the compose stack has 2 gateways)');
  });
});
