import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { EngineSink } from '../../runtime/engine-sink.js';
import { waitForSync, type SyncStatusSource } from '../../runtime/sync-waiter.js';
import { sendError } from '../error-reply.js';
import { ErrorReply } from '../shared-schemas.js';

const MAX_WAIT_MS = 120_000;

export const WaitQuery = Type.Object(
  {
    ems: Type.Integer({ minimum: 1, maximum: 7, description: 'EMS connector id' }),
    seq: Type.Integer({ minimum: 0, description: 'EMS sequence number to wait for' }),
    timeoutMs: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_WAIT_MS, default: 10_000 })),
  },
  { additionalProperties: false },
);
type WaitQuery = Static<typeof WaitQuery>;

export const WaitState = Type.Object({
  ems: Type.Integer(),
  seq: Type.Integer(),
  appliedSeq: Type.Union([Type.Integer(), Type.Null()]),
  syncRevision: Type.Integer(),
  engineRevision: Type.Integer(),
  emsState: Type.Union([Type.String(), Type.Null()]),
});

export const WaitReply = Type.Object({ reached: Type.Boolean(), state: WaitState });

export interface SyncWaitOptions {
  sync: SyncStatusSource;
  engine: { readonly revision: number };
  sink: EngineSink;
}

/**
 * `GET /api/v1/sync/wait?ems=1&seq=N&timeoutMs=10000`: answers 200 `{ reached: true, state }` once
 * tag sync has applied EMS `ems` up to `seq` and the engine has processed that revision; 408 with the
 * last state seen when `timeoutMs` passes first; 404 when the EMS connector is not configured.
 */
export async function syncWaitRoutes(app: FastifyInstance, options: SyncWaitOptions): Promise<void> {
  app.get<{ Querystring: WaitQuery }>(
    '/api/v1/sync/wait',
    {
      schema: {
        summary: 'Wait until an EMS sequence is applied and processed by the engine',
        tags: ['sync'],
        querystring: WaitQuery,
        response: {
          200: WaitReply,
          400: ErrorReply,
          404: ErrorReply,
          408: ErrorReply,
        },
      },
    },
    async (request, reply) => {
      const { ems, seq, timeoutMs = 10_000 } = request.query;
      if (!options.sync.syncStatus().ems.some((e) => e.id === ems)) {
        return sendError(
          reply,
          404,
          'ZTNA_ERR_REQUEST',
          `querystring.ems ${ems}: no such EMS connector (config endpoint-control fctems)`,
        );
      }
      const result = await waitForSync(options.sync, options.engine, options.sink, { ems, seq, timeoutMs });
      if (result.reached) return result;
      const s = result.state;
      return sendError(
        reply,
        408,
        'ZTNA_ERR_TIMEOUT',
        `EMS ${ems} seq ${seq} not applied within ${timeoutMs} ms (applied ${s.appliedSeq ?? 'none'}, engine revision ${s.engineRevision} of ${s.syncRevision})`,
        { state: s },
      );
    },
  );
}
