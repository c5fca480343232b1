import { startNats, startRedis, type ServerHandle } from '@ztna/test';
import { GatewayError } from '@ztna/gateway';
import { createHttpServer, listen } from '@ztna/gateway/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      const report = await fuzz({ base, routes, seed: 14, count: 2_000, fingerprint });
      expect(report.problems, name).toEqual([]);
      expect(report.sent, name).toBe(2_000);
      expect(report.errors, name).toBeGreaterThan(500);
    }
  }, 240_000);
});

describe('the fuzz oracle on a deliberately broken build', () => {
  it('reports a 5xx, an error outside the one shape and an error that half-applied', async () => {
    let applied = 0;
    const app = createHttpServer(
      { host: '127.0.0.1', port: 0, token: undefined, logger: pino({ level: 'silent' }) },
      [
        async (instance) => {
          instance.post('/api/v1/half', async () => {
            applied += 1; // changes state, then refuses: half-applied
            throw new GatewayError('ZTNA_ERR_CLI_VALUE', 'refused after applying');
          });
          instance.get('/api/v1/boom', async () => {
            throw new Error('crash');
          });
          instance.get('/api/v1/odd', async (_req, reply) => reply.code(400).send({ message: 'no shape' }));
        },
      ],
    );
    const base = await listen(app, { host: '127.0.0.1', port: 0 });
    try {
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
    } finally {
      await app.close();
    }
  });
});
