import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayRoutes } from '../http/routes/gateway-routes.js';
import { parseConfigText } from '../fortios/parse.js';
import { FakeClock } from '../core/clock.js';
import { createEngine } from '../core/engine/engine.js';
import { SAMPLE_CONFIG_PATH } from '../config.js';
import { EngineSink } from '../runtime/engine-sink.js';
import { connectConsole } from './console-http.js';
import { runRepl } from './console-repl.js';

describe('console client', () => {
  const clock = new FakeClock();
  const engine = createEngine(parseConfigText(readFileSync(SAMPLE_CONFIG_PATH, 'utf8')), { clock });
  const app = Fastify();
  let url = '';
  beforeAll(async () => {
    await app.register(gatewayRoutes, {
      engine,
      records: { endpointRecords: () => [] },
      sync: { syncStatus: () => ({ revision: 0, ems: [] }) },
      sink: new EngineSink(engine, { clock }),
    });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => app.close());

  it('shows the FortiOS prompt, keeps a config block open across lines and applies it at end', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    let saved: string[] = [];
    const done = runRepl(connectConsole(url), { input, output, saveHistory: (h) => (saved = h) });
    input.end(
      ['config system settings', 'set dyn-addr-session-check enable', 'end', '?', 'exit', ''].join('\n'),
    );
    await done;
    expect(printed).toContain('FW-FGT-VM # ');
    expect(printed).toContain('FW-FGT-VM (settings) # ');
    expect(engine.config.systemSettings.dynAddrSessionCheck).toBe(true);
    expect(printed).toMatch(/diagnose/);
    expect(saved).toContain('set dyn-addr-session-check enable');
  });

  it('names the URL when the gateway does not answer', async () => {
    await expect(connectConsole('http://127.0.0.1:1').run('get system status')).rejects.toThrow(
      /127\.0\.0\.1:1/,
    );
  });
});
