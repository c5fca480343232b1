#!/usr/bin/env node
// Builds this tree's gateway and EMS mock images the way infra/stack-test.sh does (APP_SOURCE=prebuilt:
// compiled on the host, staged into infra/images/dist/<service> by app-stage.mjs, copied into NODE_IMAGE
// by services/<service>/Dockerfile) and tags each `ztna-tagsync/<service>:t-<hash>`, the hash of its
// staged files, Dockerfile and NODE_IMAGE, so an unchanged tree is never rebuilt. Needs `npm ci`, the
// docker CLI, and NODE_IMAGE (default node:20-alpine; infra/images/build-local.sh builds one offline).
// Prints GATEWAY_IMAGE=… and EMS_MOCK_IMAGE=… for `eval`; progress goes to stderr.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const nodeImage = process.env.NODE_IMAGE || 'node:20-alpine';
const SERVICES = [
  ['gateway', 'GATEWAY_IMAGE'],
  ['ems-mock', 'EMS_MOCK_IMAGE'],
];

/** Runs a command in the repo root (output to stderr); exits with its status when it fails. */
function run(command, args, { quiet = false } = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', quiet ? 'ignore' : 2, quiet ? 'ignore' : 2],
  });
  if (result.status !== 0 && !quiet) {
    console.error(
      `build-services: ${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`,
    );
    process.exit(1);
  }
  return result.status === 0;
}

/** sha256 (16 hex digits) of `extra` and of a folder's relative paths and contents, in sorted order. */
function hashTree(dir, extra) {
  const hash = createHash('sha256');
  for (const part of extra) hash.update(part).update('\0');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(relative(dir, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

run(join(root, 'node_modules/.bin/tsc'), ['-b', 'proto', 'services/ems-mock', 'services/gateway']);
for (const [service, variable] of SERVICES) {
  const staged = `infra/images/dist/${service}`;
  run(process.execPath, ['infra/images/app-stage.mjs', 'stage', service, staged]);
  const dockerfile = `services/${service}/Dockerfile`;
  const tag = `ztna-tagsync/${service}:t-${hashTree(join(root, staged), [readFileSync(join(root, dockerfile), 'utf8'), nodeImage])}`;
  if (run('docker', ['image', 'inspect', tag], { quiet: true })) {
    console.error(`build-services: ${tag} is there`);
  } else {
    console.error(`build-services: building ${tag} on ${nodeImage}`);
    run('docker', [
      'build',
      '-q',
      '-f',
      dockerfile,
      '--build-arg',
      `NODE_IMAGE=${nodeImage}`,
      '--build-arg',
      'APP_SOURCE=prebuilt',
      '-t',
      tag,
      '.',
    ]);
  }
  console.log(`${variable}=${tag}`);
}
