import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../core/clock.js';
import { createEngine, type Engine } from '../../core/engine/engine.js';
import { parseConfigText } from '../../fortios/parse.js';
import { EngineSink } from '../../runtime/engine-sink.js';
import { createConsole } from '../../console/console.js';
import { ConsoleSessions } from '../console-sessions.js';
import { createHttpServer, listen } from '../server.js';
import { healthRoutes } from './health-routes.js';
import { gatewayRoutes } from './gateway-routes.js';

const SAMPLE = new URL('../../../config/sample.conf', import.meta.url);

describe('POST /api/v1/cli hardening (issue 14 items 1-3)', () => {
  let app: FastifyInstance;
  let url: string;
  let engine: Engine;
  /** Resolved when the console next reads the config: the long request is running on the server. */
  let onConfigRead: (() => void) | undefined;

  beforeAll(async () => {
    const clock = new FakeClock();
    engine = createEngine(parseConfigText(readFileSync(SAMPLE, 'utf8')), { clock });
    app = createHttpServer(
      { host: '127.0.0.1', port: 0, token: undefined, logger: pino({ level: 'silent' }) },
      [
        healthRoutes([], new Registry()),
        (instance) =>
          gatewayRoutes(instance, {
            engine: new Proxy(engine, {
              get: (target, prop, receiver) => {
                if (prop === 'config') onConfigRead?.();
                return Reflect.get(target, prop, receiver) as unknown;
              },
            }),
            records: { endpointRecords: () => [] },
            sync: { syncStatus: () => ({ revision: 0, ems: [] }) },
            sink: new EngineSink(engine, { clock }),
            console: { maxMs: 4_000, maxOutputChars: 1024 ** 3 },
          }),
      ],
    );
    url = await listen(app, { host: '127.0.0.1', port: 0 });
  });
  afterAll(() => app.close());

  const cli = async (command: string, session?: string) => {
    const res = await fetch(`${url}/api/v1/cli`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(session ? { 'x-console-session': session } : {}) },
      body: JSON.stringify({ command }),
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        output: string;
        prompt: string;
        error?: { code: string; message: string };
      },
    };
  };

  it('item 3: a request without a session is its own console; an open block never leaks to another client', async () => {
    const a = await cli('config firewall address\nedit "X1"\nset subnet 10.1.1.0 255.255.255.0');
    expect(a.body.output).toMatch(/missing 'end'/);
    const b = await cli('diagnose sys session list');
    expect(b.body.output).not.toMatch(/not a command here/);
    expect(b.body.prompt).toBe('FW-FGT-VM # ');
    await cli('next\nend');
    expect(engine.config.addresses.has('X1')).toBe(false);
    await cli('config firewall address\nedit "X2"\nset subnet 10.1.2.0 255.255.255.0', 'alice');
    expect((await cli('next', 'bob')).body.prompt).toBe('FW-FGT-VM # ');
    expect(engine.config.addresses.has('X2')).toBe(false);
    expect((await cli('next\nend', 'alice')).body.output).toBe('');
    expect(engine.config.addresses.has('X2')).toBe(true);
  });

  it('item 1: more lines than the limit → 413 naming it; /healthz answers within 1 s while a long request runs', async () => {
    const many = await cli(Array<string>(100_001).fill('?').join('\n'));
    expect(many.status).toBe(413);
    expect(many.body.error).toEqual({
      code: 'ZTNA_ERR_TOO_LARGE',
      message: 'command: more than the limit of 100000 lines per request',
    });
    const running = new Promise<void>((resolve) => (onConfigRead = resolve));
    const bad = cli(Array<string>(30_000).fill('show full-configuration').join('\n'));
    let ran = false;
    void bad.then(() => (ran = true));
    await running;
    onConfigRead = undefined;
    const started = performance.now();
    const health = await fetch(`${url}/healthz`);
    const took = performance.now() - started;
    expect(health.status).toBe(200);
    expect(ran).toBe(false);
    expect(took).toBeLessThan(1_000);
    const done = await bad;
    expect(done.status).toBe(200);
    expect(done.body.output).toMatch(
      /console time limit of 4000 ms reached; the rest of the input was not run\n$/,
    );
  }, 30_000);
});

describe('ConsoleSessions bounds (issue 14 item 2)', () => {
  const engine = createEngine(parseConfigText(readFileSync(SAMPLE, 'utf8')), { clock: new FakeClock() });
  const make = (named: boolean) =>
    createConsole({ engine, records: { endpointRecords: () => [] } }, { interactive: named });

  it('keeps at most maxSessions, drops idle ones, and never stores unnamed consoles', () => {
    let now = 0;
    const sessions = new ConsoleSessions(make, { maxSessions: 3, idleMs: 1_000 }, () => now);
    const first = sessions.get('s0');
    for (let i = 1; i < 4; i++) sessions.get(`s${i}`);
    expect(sessions.size).toBe(3);
    expect(sessions.get('s0')).not.toBe(first);
    expect(sessions.get(undefined)).not.toBe(sessions.get(undefined));
    expect(sessions.size).toBe(3);
    const kept = sessions.get('s3');
    now = 500;
    expect(sessions.get('s3')).toBe(kept);
    now = 1_600;
    expect(sessions.get('s9')).toBeDefined();
    expect(sessions.size).toBe(1);
  });
});
