import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { Registry } from 'prom-client';

/** One readiness check: its name and whether it passes now. */
export interface ReadinessCheck {
  readonly name: string;
  ready(): boolean;
  /** Why the check fails now (e.g. `MOVED 1234 10.0.0.2:6379`, `event stream missing`), when it knows. */
  reason?(): string | undefined;
}

const Ready = Type.Object({
  ready: Type.Boolean(),
  checks: Type.Object({}, { additionalProperties: Type.Boolean(), description: 'check name → passes' }),
  reasons: Type.Optional(
    Type.Object({}, { additionalProperties: Type.String(), description: 'failing check name → why' }),
  ),
});

/**
 * GET /healthz (the process answers), GET /readyz (200 when every check passes, else 503 naming the
 * failing ones), GET /metrics (Prometheus text of the given registry). The probes need no token.
 */
export function healthRoutes(checks: readonly ReadinessCheck[], registry: Registry): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/healthz',
      {
        schema: {
          summary: 'Liveness: the process answers',
          tags: ['health'],
          security: [],
          response: { 200: Type.Object({ status: Type.Literal('ok') }) },
        },
      },
      async () => ({ status: 'ok' }),
    );
    app.get(
      '/readyz',
      {
        schema: {
          summary: 'Readiness: NATS, Redis, the membership mirror and the consumer',
          tags: ['health'],
          security: [],
          response: { 200: Ready, 503: Ready },
        },
      },
      async (_request, reply) => {
        const failing = checks.filter((c) => !c.ready());
        const reasons = failing.flatMap((c) => {
          const why = c.reason?.();
          return why ? [[c.name, why] as const] : [];
        });
        const body = {
          ready: failing.length === 0,
          checks: Object.fromEntries(checks.map((c) => [c.name, c.ready()])),
          ...(reasons.length > 0 ? { reasons: Object.fromEntries(reasons) } : {}),
        };
        return reply.code(failing.length === 0 ? 200 : 503).send(body);
      },
    );
    app.get(
      '/metrics',
      {
        schema: {
          summary: 'Prometheus metrics',
          tags: ['health'],
          response: {
            200: {
              description: 'Prometheus text format',
              content: { 'text/plain': { schema: Type.String() } },
            },
          },
        },
      },
      async (_request, reply) => {
        const text = await registry.metrics();
        return reply.type(registry.contentType).send(text);
      },
    );
  };
}
