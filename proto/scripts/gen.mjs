// Generates proto/gen/ztna.{js,d.ts} from proto/ztna/v1/*.proto with protobufjs-cli.
// `--check` regenerates into a temporary folder and fails when the committed output differs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const protoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => resolve(protoRoot, '..', 'node_modules', '.bin', name);
const sources = readdirSync(join(protoRoot, 'ztna', 'v1'))
  .filter((f) => f.endsWith('.proto'))
  .sort()
  .map((f) => join(protoRoot, 'ztna', 'v1', f));
const check = process.argv.includes('--check');
const outDir = check ? mkdtempSync(join(tmpdir(), 'ztna-proto-')) : join(protoRoot, 'gen');
mkdirSync(outDir, { recursive: true });

const js = join(outDir, 'ztna.js');
const dts = join(outDir, 'ztna.d.ts');
execFileSync(
  bin('pbjs'),
  [
    '-t',
    'static-module',
    '-w',
    'es6',
    '--es6',
    '--force-number',
    '--no-beautify',
    '-p',
    protoRoot,
    '-o',
    js,
    ...sources,
  ],
  { cwd: protoRoot, stdio: 'inherit' },
);
// Node's ESM resolver needs the file extension of the runtime import; 64-bit integers decode to plain
// numbers (sequence numbers and epoch milliseconds stay far below 2^53), not Long objects.
const runtime =
  'import $protobuf from "protobufjs/minimal.js";\n$protobuf.util.Long = undefined;\n$protobuf.configure();';
writeFileSync(
  js,
  readFileSync(js, 'utf8').replace('import * as $protobuf from "protobufjs/minimal";', runtime),
);
execFileSync(bin('pbts'), ['--no-comments', '-o', dts, js], { cwd: protoRoot, stdio: 'inherit' });
writeFileSync(
  dts,
  readFileSync(dts, 'utf8')
    .replace('"protobufjs"', '"protobufjs/minimal.js"')
    .replace('import Long = require("long");\n', ''),
);

if (check) {
  const stale = ['ztna.js', 'ztna.d.ts'].filter((f) => {
    let committed = '';
    try {
      committed = readFileSync(join(protoRoot, 'gen', f), 'utf8');
    } catch {
      return true;
    }
    return committed !== readFileSync(join(outDir, f), 'utf8');
  });
  rmSync(outDir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`proto:check: proto/gen/${stale.join(', proto/gen/')} is stale; run npm run proto:gen`);
    process.exit(1);
  }
  console.log('proto:check: generated code is up to date');
}
