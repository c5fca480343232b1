#!/usr/bin/env node
// Assembles what a service image runs: the service's compiled output plus the production dependency
// closure, laid out as in the repo (services/<name>/dist, node_modules/...), so the runtime stage of a
// Dockerfile only copies files. Works offline from an installed and built tree.
//
//   node infra/images/app-stage.mjs stage <service> <out>    from this tree (npm ci + npm run build done)
//   node infra/images/app-stage.mjs compile <service> <out>  npm ci, build, then stage
//   node infra/images/app-stage.mjs docker <service> <out>   in a Dockerfile's build stage: APP_SOURCE=compile
//     compiles there (needs npm and a registry); APP_SOURCE=prebuilt takes infra/images/dist/<service>,
//     staged on the host beforehand (for base images without a shell or npm)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SERVICES = ['ems-mock', 'gateway'];
/** Folders of a workspace package besides dist/ that its code reads at run time, when they exist. */
const RUNTIME_FOLDERS = ['gen', 'config', 'scenarios'];
/** Files of dependencies that nothing loads at run time: types, source maps, docs, repo metadata. */
const NOT_AT_RUN_TIME =
  /(\.d\.[cm]?ts|\.[cm]?ts|\.map|\.md|\.markdown|\/\.github|\/\.gitattributes|\/\.[a-z]+rc(\.[a-z]+)?|\.ya?ml)$/i;
/** Workspace packages the services import without listing them in their package.json. */
const IMPLICIT_DEPENDENCIES = { '@ztna/proto': '*' };

const [mode, service, outArg] = process.argv.slice(2);
if (!['stage', 'compile', 'docker'].includes(mode ?? '') || !SERVICES.includes(service ?? '') || !outArg) {
  console.error(
    `usage: app-stage.mjs stage|compile|docker <${SERVICES.join('|')}> <out>; got ${JSON.stringify(process.argv.slice(2))}`,
  );
  process.exit(2);
}
const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const out = resolve(outArg);

/** Runs a command in the repo root, failing the script with its exit status. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`app-stage: ${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
    process.exit(1);
  }
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Directory of package `name` as Node resolves it from `fromDir` (nearest node_modules upwards). */
function packageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dir === dirname(dir)) return undefined;
  }
}

/** Copies a workspace package's manifest, compiled output and run-time folders. */
function copyWorkspacePackage(from, to) {
  if (!existsSync(join(from, 'dist'))) throw new Error(`${from}: no dist/; run npm run build first`);
  mkdirSync(to, { recursive: true });
  cpSync(join(from, 'package.json'), join(to, 'package.json'));
  for (const folder of ['dist', ...RUNTIME_FOLDERS]) {
    if (existsSync(join(from, folder))) cpSync(join(from, folder), join(to, folder), { recursive: true });
  }
  return readJson(join(from, 'package.json'));
}

/** Copies a package folder without its nested node_modules (those are walked as dependencies). */
function copyPackage(from, to) {
  if (realpathSync(from) !== from) return copyWorkspacePackage(realpathSync(from), to);
  mkdirSync(to, { recursive: true });
  const manifest = readJson(join(from, 'package.json'));
  cpSync(from, to, {
    recursive: true,
    dereference: true,
    filter: (src) => relative(from, src).split('/')[0] !== 'node_modules' && !NOT_AT_RUN_TIME.test(src),
  });
  return manifest;
}

/** Copies `manifest`'s runtime dependencies found from `fromDir`, recursively, to the same paths under out. */
function copyDependencies(manifest, fromDir, seen) {
  const names = [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ];
  for (const name of names) {
    const dir = packageDir(name, fromDir);
    if (!dir) {
      if (manifest.dependencies?.[name])
        throw new Error(`${manifest.name}: dependency ${name} is not installed`);
      continue;
    }
    if (seen.has(dir)) continue;
    seen.add(dir);
    const target = join(out, relative(root, dir));
    copyDependencies(copyPackage(dir, target), realpathSync(dir) === dir ? dir : realpathSync(dir), seen);
  }
}

const prebuilt = join(root, 'infra/images/dist', service);
const source = mode === 'docker' ? (process.env.APP_SOURCE ?? 'compile') : mode;
if (source === 'prebuilt') {
  if (!existsSync(join(prebuilt, 'services', service, 'dist', 'main.js'))) {
    console.error(
      `app-stage: APP_SOURCE=prebuilt but ${prebuilt} holds no staged ${service}; run stage first`,
    );
    process.exit(1);
  }
  rmSync(out, { recursive: true, force: true });
  cpSync(prebuilt, out, { recursive: true });
} else if (source === 'compile' || source === 'stage') {
  if (source === 'compile') {
    run('npm', [
      'ci',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--include-workspace-root',
      '-w',
      `services/${service}`,
      '-w',
      'proto',
      '-w',
      'packages/service-kit',
    ]);
    run(join(root, 'node_modules/.bin/tsc'), ['-b', `services/${service}`]);
  }
  rmSync(out, { recursive: true, force: true });
  copyWorkspacePackage(join(root, 'services', service), join(out, 'services', service));
  cpSync(join(root, 'infra/images/http-probe.mjs'), join(out, 'http-probe.mjs'));
  const manifest = readJson(join(root, 'services', service, 'package.json'));
  manifest.dependencies = { ...IMPLICIT_DEPENDENCIES, ...manifest.dependencies };
  copyDependencies(manifest, join(root, 'services', service), new Set());
} else {
  console.error(`app-stage: APP_SOURCE ${JSON.stringify(source)}: must be compile or prebuilt`);
  process.exit(2);
}
const files = readdirSync(out, { recursive: true }).length;
console.log(`app-stage: ${service} (${source}) in ${out}: ${files} files and folders`);
