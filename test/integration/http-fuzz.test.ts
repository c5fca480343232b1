import { startNats, startRedis, type ServerHandle } from '@ztna/test';
import { GatewayError } from '@ztna/gateway';
import { createHttpServer, listen } from '@ztna/gateway/testing';
import { pino } from 'pino';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './e2e-stack.js';
import { fuzz, routesOf, type FuzzRoute } from './http-fuzz-oracle.js';

let nats: ServerHandle;
let redis: ServerHandle;
let stack: Stack;

beforeAll(async () => {
  [nats, redis] = await Promise.all([startNats(), startRedis()]);
  stack = await startStack({ natsUrl: nats.url, redisUrl: redis.url });
});
afterAll(async () => {
  await stack?.close();
  await Promise.all([nats?.close(), redis?.close()]);
});

/** What an error must not change: EMS position, the gateway's config object, revision and sync state. */
const fingerprint = () => {
  const busy = stack.ems.runs().some((r) => r.status === 'running');
  return busy
    ? 'a run is active'
    : {
        ems: [stack.ems.domain.incarnation, stack.ems.domain.seq],
        config: configId(stack.service.engine.config),
        revision: stack.service.engine.revision,
      };
};
const ids = new WeakMap<object, number>();
let nextId = 0;
const configId = (config: object): number => {
  if (!ids.has(config)) ids.set(config, nextId++);
  return ids.get(config)!;
};

/**
 * FortiOS's error envelope, answered on purpose by the REST monitor paths for a missing VDOM or object
 * (`fortios-routes.ts`, so tools written for a FortiGate work): 404 repeated as `http_status`.
 */
const fortiosError = (route: string, status: number, body: unknown): boolean => {
  const b = body as { status?: unknown; http_status?: unknown; serial?: unknown };
  return (
    route.startsWith('/api/v2/monitor/') &&
    status === 404 &&
    b.status === 'error' &&
    b.http_status === 404 &&
    typeof b.serial === 'string'
  );
};

describe('seeded HTTP fuzz over every route of both services (issue 14)', () => {
  it('2,000 requests per service: no 5xx, every error in the one shape, no state change on any error', async () => {
    for (const [name, api] of [
      ['ems-mock', stack.emsApi],
      ['gateway', stack.gwApi],
    ] as const) {
      const doc = await api('GET', '/docs/json');
      const routes = routesOf(doc.body).filter((r) => !r.path.startsWith('/docs'));
      expect(routes.length, name).toBeGreaterThan(8);
      const base = name === 'gateway' ? stack.service.url : stack.ems.httpAddress!;
      const started = performance.now();
      const report = await fuzz({
        base,
        routes,
        seed: 14,
        count: 2_000,
        fingerprint,
        concurrency: 4,
        foreignError: fortiosError,
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`${name}: ${report.sent} requests in ${seconds} s`, JSON.stringify(report.byStatus));
      expect(report.problems, name).toEqual([]);
      expect(report.sent, name).toBe(2_000);
      if (name === 'gateway') expect(report.streams, 'SSE answers of /api/v1/events').toBeGreaterThan(0);
      expect(report.errors, name).toBeGreaterThan(500);
    }
  }, 90_000);
});

describe('the fuzz oracle on a deliberately broken build', () => {
  it('reports a 5xx, an error outside the one shape and an error that half-applied', async () => {
    let applied = 0;
    const base = await brokenServer(async (instance) => {
      instance.post('/api/v1/half', async () => {
        applied += 1; // changes state, then refuses: half-applied
        throw new GatewayError('ZTNA_ERR_CLI_VALUE', 'refused after applying');
      });
      instance.get('/api/v1/boom', async () => {
        throw new Error('crash');
      });
      instance.get('/api/v1/odd', async (_req, reply) => reply.code(400).send({ message: 'no shape' }));
    });
    const routes: FuzzRoute[] = [
      { method: 'POST', path: '/api/v1/half' },
      { method: 'GET', path: '/api/v1/boom' },
      { method: 'GET', path: '/api/v1/odd' },
    ];
    const report = await fuzz({ base, routes, seed: 1, count: 60, fingerprint: () => applied });
    expect(report.problems.some((p) => /GET \/api\/v1\/boom.* → 500: 5xx/.test(p))).toBe(true);
    expect(report.problems.some((p) => /GET \/api\/v1\/odd.* → 400: not the one error shape/.test(p))).toBe(
      true,
    );
    expect(
      report.problems.some((p) => /POST \/api\/v1\/half.* → 400: state changed on an error/.test(p)),
    ).toBe(true);
  });

  it('reports a wait past its documented bound and a wait out of range accepted, not a healthy stream', async () => {
    const base = await brokenServer(async (instance) => {
      // documents waitMs ≤ 1000 but holds until the client leaves
      instance.get('/api/v1/stuck', (req) => new Promise<void>((resolve) => req.raw.once('close', resolve)));
      // documents waitMs ≤ 1000 but accepts any
      instance.get('/api/v1/lax', async () => ({ ok: true }));
      // a healthy event stream: headers at once, open until the client leaves
      instance.get('/api/v1/stream', async (req, reply) => {
        if (req.method === 'HEAD') return reply.type('text/event-stream').send();
        reply.hijack();
        reply.raw.writeHead(200, { 'content-type': 'text/event-stream' });
        reply.raw.write(': open\n\n');
        await new Promise<void>((resolve) => req.raw.once('close', resolve));
      });
    });
    const waits = { query: ['waitMs'], waits: [{ name: 'waitMs', minimum: 0, maximum: 1000 }] };
    const routes: FuzzRoute[] = [
      { method: 'GET', path: '/api/v1/stuck', ...waits },
      { method: 'GET', path: '/api/v1/lax', ...waits },
      { method: 'GET', path: '/api/v1/stream' },
    ];
    const report = await fuzz({ base, routes, seed: 2, count: 90, fingerprint: () => 0, answerMs: 200 });
    expect(report.problems.some((p) => /GET \/api\/v1\/stuck.*: no answer in \d+ ms/.test(p))).toBe(true);
    expect(
      report.problems.some((p) => /GET \/api\/v1\/lax.* → 200: a wait outside its documented range/.test(p)),
    ).toBe(true);
    expect(report.streams).toBeGreaterThan(0);
    expect(report.problems.filter((p) => p.includes('/api/v1/stream'))).toEqual([]);
  });
});

const servers: FastifyInstance[] = [];
afterEach(async () => {
  // the fake stream's connections are left to the test server to cut (the gateway closes its own on stop)
  for (const s of servers) s.server.closeAllConnections();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A gateway HTTP server with only the given (broken) routes; closed after the test. */
async function brokenServer(routes: FastifyPluginAsync): Promise<string> {
  const app = createHttpServer(
    { host: '127.0.0.1', port: 0, token: undefined, logger: pino({ level: 'silent' }) },
    [routes],
  );
  servers.push(app);
  return listen(app, { host: '127.0.0.1', port: 0 });
}
