import type { FastifyPluginAsync } from 'fastify';
import type { Registry } from 'prom-client';

/** One readiness check: its name and whether it passes now. */
export interface ReadinessCheck {
  readonly name: string;
  ready(): boolean;
}

/**
 * GET /healthz (the process answers), GET /readyz (200 when every check passes, else 503 naming the
 * failing ones), GET /metrics (Prometheus text of the given registry).
 */
export function healthRoutes(checks: readonly ReadinessCheck[], registry: Registry): FastifyPluginAsync {
  return async (app) => {
    app.get('/healthz', async () => ({ status: 'ok' }));
    app.get('/readyz', async (_request, reply) => {
      const failing = checks.filter((c) => !c.ready()).map((c) => c.name);
      const body = {
        ready: failing.length === 0,
        checks: Object.fromEntries(checks.map((c) => [c.name, c.ready()])),
      };
      return reply.code(failing.length === 0 ? 200 : 503).send(body);
    });
    app.get('/metrics', async (_request, reply) => {
      const text = await registry.metrics();
      return reply.type(registry.contentType).send(text);
    });
  };
}
