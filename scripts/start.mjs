// `npm start`: runs the EMS mock and the gateway as child processes against NATS_URL / REDIS_URL with
// the sample FortiOS config (GATEWAY_CONFIG replaces it), prints where each API listens, and stops
// them on Ctrl-C (a second EMS mock too when the config has an fctems entry 2). When NATS_URL /
// REDIS_URL is not set and nothing answers on the default port, it starts a throwaway server itself
// (@ztna/test's backends: the local nats-server / redis-server on a free port, else a container) and
// removes it on exit. Sources run through tsx (`npm start` loads it), so no build step is needed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { setTimeout } from 'node:timers';
import { setTimeout as delay } from 'node:timers/promises';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
const given = { nats: Boolean(env.NATS_URL), redis: Boolean(env.REDIS_URL) };
env.NATS_URL ||= 'nats://127.0.0.1:4222';
env.REDIS_URL ||= 'redis://127.0.0.1:6379';
env.GATEWAY_ID ||= 'gw1';
env.EMS_ID ||= '1';
env.GATEWAY_HTTP_PORT ||= '8080';
env.EMS_HTTP_PORT ||= '8081';
env.GATEWAY_CONFIG = resolve(env.GATEWAY_CONFIG || join(root, 'services/gateway/config/sample.conf'));
env.EMS_SERIAL ||= serialFromConfig(env.GATEWAY_CONFIG, env.EMS_ID) ?? 'FCTEMS8822000001';

/** The serial-number of `config endpoint-control fctems` entry `id` in the config file, if any. */
function serialFromConfig(path, id) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    console.error(`GATEWAY_CONFIG: cannot read "${path}"`);
    process.exit(2);
  }
  const block = /config endpoint-control fctems([\s\S]*?)\nend/.exec(text)?.[1] ?? '';
  const entry = new RegExp(`edit "?${id}"?([\\s\\S]*?)\\n\\s*next`).exec(block)?.[1] ?? '';
  return /set serial-number "?([A-Za-z0-9]+)"?/.exec(entry)?.[1];
}

/** Resolves true when a TCP connection to the URL's host and port opens within `ms`. */
function reachable(url, defaultPort, ms = 1500) {
  let host;
  let port;
  try {
    const u = new URL(url);
    host = u.hostname.replace(/^\[|\]$/g, '');
    port = Number(u.port || defaultPort);
  } catch {
    return Promise.resolve(false);
  }
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (ok) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(ms, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

const HELP = {
  nats: [
    'NATS (with JetStream) is not reachable at NATS_URL=%s. Start one:',
    '  Debian:  sudo apt-get install -y nats-server && nats-server -js -a 127.0.0.1 -p 4222 &',
    '  Docker:  docker run -d --name ztna-nats -p 127.0.0.1:4222:4222 nats:2.10 -js',
    'or point NATS_URL at a running server (JetStream enabled).',
  ],
  redis: [
    'Redis is not reachable at REDIS_URL=%s. Start one:',
    '  Debian:  sudo apt-get install -y redis-server && redis-server --bind 127.0.0.1 --port 6379 --daemonize yes',
    '  Docker:  docker run -d --name ztna-redis -p 127.0.0.1:6379:6379 redis:7.4-alpine',
    'or point REDIS_URL at a running server.',
  ],
};

/** Throwaway servers this script started (closed on exit). */
const embedded = [];

/**
 * A throwaway NATS or Redis from @ztna/test: the local binary on a free port when it is on PATH, else a
 * container (testcontainers); says which. Exits when neither works.
 */
async function embed(kind) {
  const { startNats, startRedis } = await import('@ztna/test');
  const binary = kind === 'nats' ? 'nats-server' : 'redis-server';
  const mode = env.TEST_INFRA || (onPath(binary) ? 'local' : 'docker');
  try {
    const server = await (kind === 'nats' ? startNats : startRedis)({ mode });
    embedded.push(server);
    console.info(
      `npm start: no ${kind === 'nats' ? 'NATS' : 'Redis'} on the default port, started a throwaway one (${
        mode === 'local' ? `local ${binary}` : 'container'
      }) at ${server.directUrl}; it goes away on exit`,
    );
    return server.directUrl;
  } catch (err) {
    console.error(`npm start: cannot start a throwaway ${kind}: ${err.message}`);
    return undefined;
  }
}

function onPath(binary) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, binary)));
}

let [natsUp, redisUp] = await Promise.all([reachable(env.NATS_URL, 4222), reachable(env.REDIS_URL, 6379)]);
if (!natsUp && !given.nats) {
  const url = await embed('nats');
  if (url) [env.NATS_URL, natsUp] = [url, true];
}
if (!redisUp && !given.redis) {
  const url = await embed('redis');
  if (url) [env.REDIS_URL, redisUp] = [url, true];
}
if (!natsUp || !redisUp) {
  if (!natsUp) console.error(HELP.nats.join('\n').replace('%s', env.NATS_URL));
  if (!redisUp) console.error(HELP.redis.join('\n').replace('%s', env.REDIS_URL));
  console.error('Then run `npm start` again.');
  await closeEmbedded();
  process.exit(1);
}

/** Removes the throwaway servers (nothing when NATS and Redis were given or already running). */
async function closeEmbedded() {
  await Promise.allSettled(embedded.splice(0).map((server) => server.close()));
}

const children = new Map();
let stopping = false;

function run(name, entry, extraEnv = {}) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(root, entry)], {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping the rest`);
      stop(1);
    } else if (children.size === 0) {
      void closeEmbedded().then(() => process.exit(process.exitCode ?? 0));
    }
  });
  return child;
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  if (children.size === 0) void closeEmbedded().then(() => process.exit(code));
  for (const child of children.values()) child.kill('SIGTERM');
  setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
  }, 10_000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

/** Polls `url` until it answers 200, for at most `ms`; resolves whether it did. */
async function ready(url, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !stopping) {
    try {
      const res = await globalThis.fetch(url, { signal: globalThis.AbortSignal.timeout(1000) });
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await delay(250);
  }
  return false;
}

run('ems-mock', 'services/ems-mock/src/main.ts');
// The sample config has a second EMS connector: its mock runs too (EMS2_HTTP_PORT, default 8083).
const ems2Serial = env.EMS_ID === '1' ? serialFromConfig(env.GATEWAY_CONFIG, '2') : undefined;
env.EMS2_HTTP_PORT ||= '8083';
if (ems2Serial) {
  run('ems-mock-2', 'services/ems-mock/src/main.ts', {
    EMS_ID: '2',
    EMS_SERIAL: ems2Serial,
    EMS_HTTP_PORT: env.EMS2_HTTP_PORT,
  });
}
run('gateway', 'services/gateway/src/main.ts');

const ems = `http://127.0.0.1:${env.EMS_HTTP_PORT}`;
const gw = `http://127.0.0.1:${env.GATEWAY_HTTP_PORT}`;
const [emsReady, gwReady] = await Promise.all([ready(`${ems}/readyz`), ready(`${gw}/readyz`)]);
if (stopping) {
  await closeEmbedded();
  process.exit(process.exitCode ?? 1);
}
console.log(`
ztna-tagsync is running (NATS ${env.NATS_URL}, Redis ${env.REDIS_URL}, config ${env.GATEWAY_CONFIG})
  EMS mock ${env.EMS_ID} (${env.EMS_SERIAL}): ${ems}   API docs ${ems}/docs/json   ${emsReady ? 'ready' : 'NOT ready yet, see its log'}${
    ems2Serial ? `\n  EMS mock 2 (${ems2Serial}): http://127.0.0.1:${env.EMS2_HTTP_PORT}` : ''
  }
  gateway ${env.GATEWAY_ID}:   ${gw}   API docs ${gw}/docs/json   ${gwReady ? 'ready' : 'NOT ready yet, see /readyz'}
  packets over NATS: request/reply on ${env.SUBJECT_PREFIX || 'ztna.v1'}.gw.${env.GATEWAY_ID}.packets (ztna.v1.PacketBatch)

Try:
  curl -s -XPOST ${ems}/api/v1/endpoints -H 'content-type: application/json' \\
    -d '{"uid":"EP108","ips":["192.168.30.108"],"tags":["APP_SERVERS"],"online":true}'
  curl -s -XPOST ${gw}/api/v1/packets -H 'content-type: application/json' \\
    -d '{"packets":[{"proto":"tcp","src":"192.168.30.108","sport":54225,"dst":"192.168.12.99","dport":22,"flags":["syn"]}]}'
  curl -s -XPOST ${gw}/api/v1/cli -H 'content-type: text/plain' --data 'diagnose sys session list'
  npm run console        (FortiOS console against ${gw})

Ctrl-C stops both.
`);
