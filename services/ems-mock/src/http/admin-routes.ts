import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { EmsMock } from '../app.js';
import { ChurnBody } from '../scenarios/scenario-schema.js';

const Probability = Type.Number({ minimum: 0, maximum: 1 });
const FaultsBody = Type.Object(
  {
    seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 4294967295 })),
    drop: Type.Optional(Probability),
    duplicate: Type.Optional(Probability),
    reorder: Type.Optional(Probability),
    delay: Type.Optional(Probability),
    delayMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 60_000 })),
  },
  { additionalProperties: false },
);
const ResetBody = Type.Optional(
  Type.Object({ newIncarnation: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
);
const RunParams = Type.Object({ id: Type.String({ pattern: '^run-\\d{1,12}$' }) });

/** State, runs (scenarios, churn), reset, faults, health and metrics. */
export function adminRoutes(app: FastifyInstance, mock: EmsMock): void {
  app.get(
    '/api/v1/state',
    { schema: { tags: ['state'], summary: 'Full state and the seq it was taken at' } },
    async () => mock.state(),
  );
  app.post(
    '/api/v1/scenarios',
    {
      schema: {
        tags: ['runs'],
        summary: 'Run a scenario (JSON, or YAML with Content-Type application/yaml); 202 with the run id',
      },
    },
    async (req, reply) => reply.status(202).send({ id: mock.startScenario(req.body).id }),
  );
  app.post<{ Body: Static<typeof ChurnBody> }>(
    '/api/v1/churn',
    { schema: { tags: ['runs'], summary: 'Start seeded churn; 202 with the run id', body: ChurnBody } },
    async (req, reply) => reply.status(202).send({ id: mock.startChurn(req.body).id }),
  );
  app.get('/api/v1/runs', { schema: { tags: ['runs'] } }, async () => ({ runs: mock.runs() }));
  app.get<{ Params: Static<typeof RunParams> }>(
    '/api/v1/runs/:id',
    { schema: { tags: ['runs'], summary: 'Progress and summary of a run', params: RunParams } },
    async (req) => mock.run(req.params.id),
  );
  app.post<{ Params: Static<typeof RunParams> }>(
    '/api/v1/runs/:id/cancel',
    { schema: { tags: ['runs'], summary: 'Stop a running run at its next operation', params: RunParams } },
    async (req, reply) => reply.status(202).send(mock.cancelRun(req.params.id)),
  );
  app.post<{ Body: Static<typeof ResetBody> }>(
    '/api/v1/reset',
    {
      schema: {
        tags: ['state'],
        summary: 'Remove every endpoint, or with {"newIncarnation": true} restart; faults off',
        body: ResetBody,
      },
    },
    async (req) => mock.reset({ newIncarnation: req.body?.newIncarnation ?? false }),
  );
  app.get('/api/v1/faults', { schema: { tags: ['faults'] } }, async () => mock.faults);
  app.put<{ Body: Static<typeof FaultsBody> }>(
    '/api/v1/faults',
    {
      schema: {
        tags: ['faults'],
        summary: 'Publisher-side faults (probabilities, seed); {} turns them off',
        body: FaultsBody,
      },
    },
    async (req) => mock.setFaults(req.body),
  );
  app.get('/healthz', { schema: { tags: ['health'] } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { tags: ['health'] } }, async (_req, reply) => {
    const ready = await mock.readiness();
    return reply.status(ready.nats && ready.stream ? 200 : 503).send(ready);
  });
  app.get('/metrics', { schema: { tags: ['health'] } }, async (_req, reply) =>
    reply.type(mock.metrics.registry.contentType).send(await mock.metrics.registry.metrics()),
  );
}
