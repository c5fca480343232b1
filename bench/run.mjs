// Runs the benchmark scripts bench/*.bench.ts one after another (each prints its own figures).
// `npm run bench` runs all; `npm run bench -- engine tagsync` runs the ones whose names contain a word.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const words = process.argv.slice(2);
const scripts = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => words.length === 0 || words.some((w) => f.includes(w)))
  .sort();
if (scripts.length === 0) {
  console.error(`bench: no bench/*.bench.ts matches ${words.join(' ') || '(all)'}`);
  process.exit(1);
}
let failed = 0;
for (const script of scripts) {
  console.log(`\n=== ${script}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(here, script)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '--conditions=source' },
  });
  if (run.status !== 0) {
    failed += 1;
    console.error(`bench: ${script} exited with ${run.status ?? run.signal}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
