import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { EngineApi } from '../../core/model/engine-api.js';
import { SessionQuery, toSessionFilter } from '../session-query.js';
import { SessionViewSchema, toSessionView } from '../session-view.js';
import { ErrorReply } from '../shared-schemas.js';

export const SessionsReply = Type.Object({
  total: Type.Integer(),
  stats: Type.Object({
    total: Type.Integer(),
    mayDirty: Type.Integer(),
    dirty: Type.Integer(),
    persistent: Type.Integer(),
    block: Type.Integer(),
  }),
  sessions: Type.Array(SessionViewSchema),
});

/**
 * `GET /api/v1/sessions?src=&dst=&sport=&dport=&proto=&policy=&intf=`: the sessions that match every
 * given field (like `diagnose sys session filter`), as JSON, plus the table's counters by state.
 */
export async function sessionsRoutes(app: FastifyInstance, options: { engine: EngineApi }): Promise<void> {
  const { engine } = options;
  app.get<{ Querystring: SessionQuery }>(
    '/api/v1/sessions',
    {
      schema: {
        summary: 'Sessions as JSON, filtered like diagnose sys session filter',
        tags: ['sessions'],
        querystring: SessionQuery,
        response: { 200: SessionsReply, 400: ErrorReply },
      },
    },
    async (request) => {
      const filter = toSessionFilter(request.query, engine.config);
      const sessions = engine.sessions(filter).map(toSessionView);
      return { total: sessions.length, stats: engine.stats(), sessions };
    },
  );
}
