import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayRoutes } from './routes/gateway-routes.js';
import { parseConfigText } from '../fortios/parse.js';
import { FakeClock } from '../core/clock.js';
import { createEngine } from '../core/engine/engine.js';
import type { EmsSyncView } from '../tagsync/tag-sync.js';
import { SAMPLE_CONFIG_PATH } from '../config.js';
import { EngineSink } from '../runtime/engine-sink.js';
import { healthRoutes } from './routes/health-routes.js';
import { createHttpServer } from './server.js';
import { syncRoutes } from './routes/sync-routes.js';

const TOKEN = 'unit-secret';
const auth = { authorization: `Bearer ${TOKEN}` };
const ems: EmsSyncView = {
  id: 1,
  serial: 'FCTEMS8822000001',
  name: 'ems1',
  incarnation: null,
  appliedSeq: 0,
  state: 'in-sync',
  lastEventAt: null,
  refused: { refuted: 0, lastRefusal: null },
  lastHeartbeatAt: null,
};
const address = {
  name: 'EMS1_ZTNA_APP',
  tag: 'APP',
  id: 100,
  emsId: 1,
  kind: 'ztna-ip' as const,
  members: ['10.0.0.5'],
};

/** The body of every error reply, and nothing else at the top level. */
const errorShape = (code: string | RegExp, message: RegExp) => ({
  error: {
    code: typeof code === 'string' ? code : expect.stringMatching(code),
    message: expect.stringMatching(message),
  },
});

describe('gateway HTTP server (tag sync routes and the API on one instance)', () => {
  const lines: string[] = [];
  const warnings: Error[] = [];
  const onWarning = (w: Error): number => warnings.push(w);
  let app: FastifyInstance;

  beforeAll(async () => {
    process.on('warning', onWarning);
    const clock = new FakeClock();
    const engine = createEngine(parseConfigText(readFileSync(SAMPLE_CONFIG_PATH, 'utf8')), { clock });
    const sync = { syncStatus: () => ({ revision: 0, ems: [ems] }), dynamicAddresses: () => [address] };
    const api = async (instance: FastifyInstance): Promise<void> =>
      gatewayRoutes(instance, {
        engine,
        records: { endpointRecords: () => [] },
        sync,
        sink: new EngineSink(engine, { clock }),
      });
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    app = createHttpServer({ host: '127.0.0.1', port: 0, token: TOKEN, logger }, [
      healthRoutes([{ name: 'nats', ready: () => false }], new Registry()),
      syncRoutes(sync),
      api,
    ]);
    await app.ready();
  });
  afterAll(async () => {
    process.off('warning', onWarning);
    await app.close();
  });

  it('answers 401 with the error shape on every guarded route, leaving the probes open', async () => {
    for (const url of ['/api/v1/sync', '/api/v1/dynamic-addresses', '/metrics', '/docs/json', '/nope']) {
      const res = await app.inject({
        url,
        headers: url === '/nope' ? {} : { authorization: 'Bearer wrong' },
      });
      expect(res.statusCode, url).toBe(401);
      expect(res.json(), url).toEqual(errorShape('ZTNA_ERR_AUTH', /^header authorization: .*Bearer/));
    }
    const lower = await app.inject({ url: '/api/v1/sync', headers: { authorization: `bearer ${TOKEN}` } });
    expect(lower.statusCode).toBe(200);
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz?verbose=1');
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ ready: false, checks: { nats: false } });
  });

  it('answers 404, 400, 413 and 415 with the error shape naming the value', async () => {
    const missing = await app.inject({ url: '/api/v1/nope?x=1', headers: auth });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual(
      errorShape('ZTNA_ERR_NOT_FOUND', /^route GET "\/api\/v1\/nope": not found$/),
    );
    const query = await app.inject({ url: '/api/v1/sync/wait?ems=1&seq=x', headers: auth });
    expect(query.statusCode).toBe(400);
    expect(query.json()).toEqual(errorShape('ZTNA_ERR_REQUEST', /querystring\.seq "x"/));
    const post = (payload: string, contentType: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/packets',
        payload,
        headers: { ...auth, 'content-type': contentType },
      });
    const badJson = await post('{"packets":', 'application/json');
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json()).toEqual(errorShape('ZTNA_ERR_INVALID_JSON', /^body: not valid JSON$/));
    const deep = await post(`{"packets":${'['.repeat(5000)}${']'.repeat(5000)}}`, 'application/json');
    expect(deep.statusCode).toBe(400);
    expect(deep.json()).toEqual(errorShape('ZTNA_ERR_INVALID_JSON', /^body: nested deeper than 64 levels/));
    const huge = await post(
      JSON.stringify({ packets: [], pad: 'x'.repeat(1024 * 1024) }),
      'application/json',
    );
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toEqual(
      errorShape('ZTNA_ERR_TOO_LARGE', /^body 10485\d\d bytes: .*limit of 1048576 bytes$/),
    );
    const xml = await post('<packets/>', 'application/xml');
    expect(xml.statusCode).toBe(415);
    expect(xml.json()).toEqual(
      errorShape('ZTNA_ERR_MEDIA_TYPE', /^header content-type "application\/xml": /),
    );
  });

  it('serves the tag sync routes through their response schemas, fields intact', async () => {
    const sync = await app.inject({ url: '/api/v1/sync', headers: auth });
    expect(sync.json()).toEqual({
      revision: 0,
      ems: [
        {
          id: 1,
          serial: ems.serial,
          incarnation: null,
          appliedSeq: 0,
          state: 'in-sync',
          lastEventAt: null,
          refused: { refuted: 0, lastRefusal: null },
          lastHeartbeatAt: null,
        },
      ],
    });
    expect((await app.inject({ url: '/api/v1/dynamic-addresses', headers: auth })).json()).toEqual([address]);
    const metrics = await app.inject({ url: '/metrics', headers: auth });
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.body.startsWith('"')).toBe(false);
  });

  it('lists every route of the server in /docs/json, the probes without the token', async () => {
    const doc = (await app.inject({ url: '/docs/json', headers: auth })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/healthz',
        '/readyz',
        '/metrics',
        '/api/v1/sync',
        '/api/v1/dynamic-addresses',
        '/api/v1/sync/wait',
        '/api/v1/packets',
        '/api/v1/cli',
        '/api/v1/sessions',
        '/api/v2/monitor/firewall/session',
      ]),
    );
    expect(doc.paths['/docs/json']).toBeUndefined();
    expect(doc.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/healthz'].get.security).toEqual([]);
    expect(
      doc.paths['/api/v1/sync'].get.responses['200'].content['application/json'].schema.properties,
    ).toHaveProperty('ems');
  });

  it('writes no per-request log lines and no Fastify deprecation warning', async () => {
    await app.inject('/healthz');
    const messages = lines.map((l) => (JSON.parse(l) as { msg?: string }).msg);
    expect(messages).not.toContain('incoming request');
    expect(messages).not.toContain('request completed');
    expect(warnings.map((w) => (w as Error & { code?: string }).code)).not.toContain('FSTDEP023');
  });
});

describe('gateway HTTP server with LOG_REQUESTS', () => {
  it('writes the per-request info lines only when logRequests is set', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const app = createHttpServer(
      { host: '127.0.0.1', port: 0, token: undefined, logRequests: true, logger },
      [healthRoutes([], new Registry())],
    );
    try {
      expect((await app.inject('/healthz')).statusCode).toBe(200);
      const messages = lines.map((l) => (JSON.parse(l) as { msg?: string }).msg);
      expect(messages).toEqual(['incoming request', 'request completed']);
    } finally {
      await app.close();
    }
  });
});
