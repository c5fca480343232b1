import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Images of this tree's two services for the container tests, built the way infra/stack-test.sh builds
// them (APP_SOURCE=prebuilt: compiled on the host, staged by infra/images/app-stage.mjs, copied into
// NODE_IMAGE by the services' Dockerfiles). Repo-only: not exported from @ztna/test.

const root = fileURLToPath(new URL('../..', import.meta.url));
const SERVICES = { gateway: 'gateway', emsMock: 'ems-mock' } as const;
const BASES = ['NATS_IMAGE', 'REDIS_IMAGE', 'NODE_IMAGE'] as const;

/** Every image a container stack of this tree needs. */
export interface StackImages {
  readonly nats: string;
  readonly redis: string;
  readonly node: string;
  readonly gateway: string;
  readonly emsMock: string;
}

/** Why the docker CLI cannot reach an engine here (what the image builds need), or undefined. */
export async function dockerProblem(): Promise<string | undefined> {
  try {
    await run('docker', ['version', '--format', '{{.Server.Version}}']);
    return undefined;
  } catch (err) {
    return `no Docker engine reachable through the docker CLI (${(err as Error).message.trim().split('\n').at(-1)})`;
  }
}

/** Runs `file args` in the repo root; rejects with its last output lines when it fails. */
function run(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (!err) return resolve(stdout);
      const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-15).join('\n');
      reject(new Error(`${file} ${args.join(' ')} failed (${err.message.split('\n')[0]}):\n${tail}`));
    });
  });
}

/**
 * NATS_IMAGE, REDIS_IMAGE and NODE_IMAGE from the environment; the ones not set are built FROM scratch
 * by infra/images/build-local.sh out of this machine's binaries (no registry needed).
 */
async function baseImages(): Promise<Record<(typeof BASES)[number], string>> {
  const fromEnv = Object.fromEntries(BASES.map((name) => [name, process.env[name] ?? '']));
  if (BASES.every((name) => fromEnv[name])) return fromEnv as Record<(typeof BASES)[number], string>;
  const printed = await run('bash', ['infra/images/build-local.sh']).catch((err: Error) => {
    throw new Error(
      `container tests: set ${BASES.join(', ')} or let infra/images/build-local.sh build them: ${err.message}`,
    );
  });
  const built = Object.fromEntries(printed.split('\n').map((line) => line.trim().split('=', 2)));
  return Object.fromEntries(BASES.map((name) => [name, fromEnv[name] || built[name] || ''])) as Record<
    (typeof BASES)[number],
    string
  >;
}

/** sha256 of a folder's relative paths and contents (sorted), plus `extra`. */
function hashTree(dir: string, extra: string[]): string {
  const hash = createHash('sha256');
  for (const part of extra) hash.update(part).update('\0');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(relative(dir, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

async function imageExists(tag: string): Promise<boolean> {
  return run('docker', ['image', 'inspect', '--format', '{{.Id}}', tag]).then(
    () => true,
    () => false,
  );
}

/**
 * The images of a container stack of this tree: the base images (see above) and the gateway and EMS
 * mock built from the current sources. Compiles (`tsc -b`, incremental), stages each service into
 * infra/images/dist/<service> and tags its image `ztna-tagsync/<service>:t-<hash of the staged files,
 * Dockerfile and NODE_IMAGE>`, building only the tags Docker does not have yet. Needs the docker CLI.
 */
export async function stackImages(): Promise<StackImages> {
  const base = await baseImages();
  await run(join(root, 'node_modules/.bin/tsc'), ['-b', 'proto', 'services/ems-mock', 'services/gateway']);
  const tags = {} as Record<keyof typeof SERVICES, string>;
  for (const [key, service] of Object.entries(SERVICES) as [keyof typeof SERVICES, string][]) {
    const staged = `infra/images/dist/${service}`;
    await run(process.execPath, ['infra/images/app-stage.mjs', 'stage', service, staged]);
    const dockerfile = `services/${service}/Dockerfile`;
    const hash = hashTree(join(root, staged), [
      readFileSync(join(root, dockerfile), 'utf8'),
      base.NODE_IMAGE,
    ]);
    const tag = `ztna-tagsync/${service}:t-${hash}`;
    if (!(await imageExists(tag))) {
      await run('docker', [
        'build',
        '-q',
        '-f',
        dockerfile,
        '--build-arg',
        `NODE_IMAGE=${base.NODE_IMAGE}`,
        '--build-arg',
        'APP_SOURCE=prebuilt',
        '-t',
        tag,
        '.',
      ]);
    }
    tags[key] = tag;
  }
  return { nats: base.NATS_IMAGE, redis: base.REDIS_IMAGE, node: base.NODE_IMAGE, ...tags };
}
