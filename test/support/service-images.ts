import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Every image a container stack of this tree needs, for the container tests. Repo-only: not exported
// from @ztna/test (it runs the repo's infra/images scripts).

const root = fileURLToPath(new URL('../..', import.meta.url));
const VARIABLES = ['NATS_IMAGE', 'REDIS_IMAGE', 'NODE_IMAGE', 'GATEWAY_IMAGE', 'EMS_MOCK_IMAGE'] as const;
type Variable = (typeof VARIABLES)[number];

/** The images of a container stack (options.images of startZtnaStack). */
export interface StackImages {
  readonly nats: string;
  readonly redis: string;
  readonly gateway: string;
  readonly emsMock: string;
}

/** Runs `file args` in the repo root; rejects with its last output lines when it fails. */
function run(file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd: root, env, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (!err) return resolve(stdout);
      const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-15).join('\n');
      reject(new Error(`${file} ${args.join(' ')} failed:\n${tail}`));
    });
  });
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

/** `NAME=value` lines of a script's output. */
const assignments = (printed: string): Record<string, string> =>
  Object.fromEntries(printed.split('\n').map((line) => line.trim().split('=', 2)));

/**
 * The images from NATS_IMAGE, REDIS_IMAGE, GATEWAY_IMAGE and EMS_MOCK_IMAGE; the ones not set are built:
 * the servers FROM scratch by infra/images/build-local.sh (no registry needed), the services from this
 * tree by infra/images/build-services.mjs on NODE_IMAGE (cached by content hash; `.ci/run` builds them
 * before the tests).
 */
export async function stackImages(): Promise<StackImages> {
  const images = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name] ?? ''])) as Record<
    Variable,
    string
  >;
  if (!images.NATS_IMAGE || !images.REDIS_IMAGE || !images.NODE_IMAGE) {
    const built = assignments(await run('bash', ['infra/images/build-local.sh']));
    for (const name of ['NATS_IMAGE', 'REDIS_IMAGE', 'NODE_IMAGE'] as const)
      images[name] ||= built[name] ?? '';
  }
  if (!images.GATEWAY_IMAGE || !images.EMS_MOCK_IMAGE) {
    const env = { ...process.env, NODE_IMAGE: images.NODE_IMAGE };
    const built = assignments(await run(process.execPath, ['infra/images/build-services.mjs'], env));
    images.GATEWAY_IMAGE ||= built.GATEWAY_IMAGE ?? '';
    images.EMS_MOCK_IMAGE ||= built.EMS_MOCK_IMAGE ?? '';
  }
  const missing = VARIABLES.filter((name) => !images[name]);
  if (missing.length > 0) throw new Error(`container tests: no image for ${missing.join(', ')}`);
  return {
    nats: images.NATS_IMAGE,
    redis: images.REDIS_IMAGE,
    gateway: images.GATEWAY_IMAGE,
    emsMock: images.EMS_MOCK_IMAGE,
  };
}
