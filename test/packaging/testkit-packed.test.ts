import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// The kit as another project gets it: the workspaces packed (prepack builds dist/), the tarballs
// installed into a fresh project (registry packages from the local npm cache first, the registry for
// what the cache lacks), the README's example run there by that project's own vitest.

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGES = [
  '@ztna/proto',
  '@ztna/service-kit',
  '@ztna/ems-mock',
  '@ztna/gateway',
  '@ztna/test',
  '@ztna/testkit',
];
const MAX_BUFFER = 16 * 1024 * 1024;
let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The first ```ts block of the kit's README. */
async function readmeExample(): Promise<string> {
  const readme = await readFile(join(root, 'packages/testkit/README.md'), 'utf8');
  const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('packages/testkit/README.md: no ```ts example block');
  return block;
}

/** This environment without the npm_config_* of the npm that started the test run (this repository's settings). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

/** Runs a command in the temporary project; a failure carries its output. */
async function inProject(command: string, args: string[], timeout: number) {
  return run(command, args, { cwd: dir, env: cleanEnv(), maxBuffer: MAX_BUFFER, timeout }).catch(
    (err: { stdout?: string; stderr?: string; message: string }) => {
      const output = `${err.stdout ?? ''}\n${err.stderr ?? ''}`;
      throw new Error(`${command} ${args.join(' ')} failed: ${err.message}\n${output.slice(-6000)}`);
    },
  );
}

describe('@ztna/testkit from its tarball', () => {
  it('installs into a new project and runs the README example green (in-process)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ztna-testkit-'));
    const workspaces = PACKAGES.flatMap((p) => ['-w', p]);
    await run('npm', ['pack', '--silent', '--pack-destination', dir, ...workspaces], {
      cwd: root,
      env: cleanEnv(),
      maxBuffer: MAX_BUFFER,
      timeout: 180_000, // prepack's tsc -b: seconds when dist/ is current, up to ~2 min cold on 2 cores
    });
    const tarballs = (await readdir(dir)).filter((f) => f.endsWith('.tgz'));
    expect(tarballs).toHaveLength(PACKAGES.length);
    const { stdout: listing } = await run('tar', [
      '-tzf',
      join(
        dir,
        tarballs.find((t) => t.startsWith('ztna-proto-'))!,
      ),
    ]);
    expect(listing).toContain('package/dist/index.js');

    const tarballOf = (name: string): string =>
      tarballs.find((t) => t.startsWith(name.slice(1).replace('/', '-') + '-'))!;
    const dependencies = Object.fromEntries(PACKAGES.map((name) => [name, `file:./${tarballOf(name)}`]));
    const vitest = JSON.parse(await readFile(join(root, 'node_modules/vitest/package.json'), 'utf8')) as {
      version: string;
    };
    const manifest = {
      name: 'kit-user',
      private: true,
      type: 'module',
      dependencies,
      devDependencies: { vitest: vitest.version },
    };
    await writeFile(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
    await writeFile(join(dir, 'example.test.ts'), await readmeExample());

    await inProject(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
      120_000,
    );
    const { stdout: colored } = await inProject(
      'npx',
      ['--no-install', 'vitest', 'run', '--root', dir],
      60_000,
    );
    const stdout = stripVTControlCharacters(colored);
    expect(stdout).toContain('✓ example.test.ts');
    expect(stdout).toMatch(/Tests\s+1 passed \(1\)/);
  });
});
