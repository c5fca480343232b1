import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { EmsMock } from '../app.js';
import { ChurnBody } from '../scenarios/scenario-schema.js';
import {
  ErrorReply,
  FaultsReply,
  HealthReply,
  ReadyReply,
  ResetReply,
  RunList,
  RunStarted,
  RunView,
  StateReply,
  StatusReply,
} from './reply-schemas.js';

const Probability = Type.Number({ minimum: 0, maximum: 1 });
export const FaultsBody = Type.Object(
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
/** Longest `GET /api/v1/runs/:id?waitMs=`. */
export const MAX_RUN_WAIT_MS = 120_000;

export const RunWaitQuery = Type.Object(
  {
    waitMs: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: MAX_RUN_WAIT_MS,
        description: 'answer when the run ends, or after this many ms with its current state',
      }),
    ),
  },
  { additionalProperties: false },
);
export const ResetBody = Type.Optional(
  Type.Object({ newIncarnation: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
);
const RunParams = Type.Object({ id: Type.String({ pattern: '^run-\\d{1,12}$' }) });

/** State, runs (scenarios, churn), reset, faults, health and metrics. */
export function adminRoutes(app: FastifyInstance, mock: EmsMock): void {
  app.get(
    '/api/v1/state',
    {
      schema: {
        tags: ['state'],
        summary: 'Full state and the seq it was taken at',
        response: { 200: StateReply },
      },
    },
    async () => mock.state(),
  );
  app.get(
    '/api/v1/status',
    {
      schema: {
        tags: ['state'],
        summary: 'Incarnation, seq, unacked events and injected publisher faults (cheap: no endpoints)',
        response: { 200: StatusReply },
      },
    },
    async () => mock.status(),
  );
  app.post(
    '/api/v1/scenarios',
    {
      schema: {
        tags: ['runs'],
        summary: 'Run a scenario (JSON, or YAML with Content-Type application/yaml); 202 with the run id',
        response: { 202: RunStarted, 400: ErrorReply, 409: ErrorReply },
      },
    },
    async (req, reply) => reply.status(202).send({ id: mock.startScenario(req.body).id }),
  );
  app.post<{ Body: Static<typeof ChurnBody> }>(
    '/api/v1/churn',
    {
      schema: {
        tags: ['runs'],
        summary: 'Start seeded churn; answers 202 Accepted with the run id (GET /api/v1/runs/:id follows it)',
        body: ChurnBody,
        response: { 202: RunStarted, 400: ErrorReply, 409: ErrorReply },
      },
    },
    async (req, reply) => reply.status(202).send({ id: mock.startChurn(req.body).id }),
  );
  app.get('/api/v1/runs', { schema: { tags: ['runs'], response: { 200: RunList } } }, async () => ({
    runs: mock.runs(),
  }));
  app.get<{ Params: Static<typeof RunParams>; Querystring: Static<typeof RunWaitQuery> }>(
    '/api/v1/runs/:id',
    {
      schema: {
        tags: ['runs'],
        summary: 'Progress and summary of a run; with ?waitMs= answers when it ends or at the deadline',
        params: RunParams,
        querystring: RunWaitQuery,
        response: { 200: RunView, 404: ErrorReply },
      },
    },
    async (req) => mock.waitRun(req.params.id, req.query.waitMs ?? 0),
  );
  app.post<{ Params: Static<typeof RunParams> }>(
    '/api/v1/runs/:id/cancel',
    {
      schema: {
        tags: ['runs'],
        summary: 'Stop a running run at its next operation',
        params: RunParams,
        response: { 202: RunView, 404: ErrorReply },
      },
    },
    async (req, reply) => reply.status(202).send(mock.cancelRun(req.params.id)),
  );
  app.post<{ Body: Static<typeof ResetBody> }>(
    '/api/v1/reset',
    {
      schema: {
        tags: ['state'],
        summary: 'Remove every endpoint, or with {"newIncarnation": true} restart; faults off',
        body: ResetBody,
        response: { 200: ResetReply },
      },
    },
    async (req) => mock.reset({ newIncarnation: req.body?.newIncarnation ?? false }),
  );
  app.get(
    '/api/v1/faults',
    { schema: { tags: ['faults'], response: { 200: FaultsReply } } },
    async () => mock.faults,
  );
  app.put<{ Body: Static<typeof FaultsBody> }>(
    '/api/v1/faults',
    {
      schema: {
        tags: ['faults'],
        summary: 'Publisher-side faults (probabilities, seed); {} turns them off',
        body: FaultsBody,
        response: { 200: FaultsReply },
      },
    },
    async (req) => mock.setFaults(req.body),
  );
  app.get('/healthz', { schema: { tags: ['health'], response: { 200: HealthReply } } }, async () => ({
    status: 'ok',
  }));
  app.get(
    '/readyz',
    { schema: { tags: ['health'], response: { 200: ReadyReply, 503: ReadyReply } } },
    async (_req, reply) => {
      const ready = await mock.readiness();
      return reply.status(ready.nats && ready.stream && ready.publishing ? 200 : 503).send(ready);
    },
  );
  const metricsSchema = {
    tags: ['health'],
    response: {
      200: { description: 'Prometheus text format', content: { 'text/plain': { schema: Type.String() } } },
    },
  };
  app.get('/metrics', { schema: metricsSchema }, async (_req, reply) =>
    reply.type(mock.metrics.registry.contentType).send(await mock.metrics.registry.metrics()),
  );
}
