import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { DEAD_LETTER_PREVIEW_BYTES, type DeadLetterReader } from '../../tagsync/ports.js';
import { ErrorReply } from '../shared-schemas.js';

export const DeadLettersQuery = Type.Object(
  {
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 1000, default: 50, description: 'newest dead letters to return' }),
    ),
  },
  { additionalProperties: false },
);
type DeadLettersQuery = Static<typeof DeadLettersQuery>;

export const DeadLettersReply = Type.Object({
  total: Type.Integer({ description: 'dead letters kept by the stream' }),
  deadLetters: Type.Array(
    Type.Object({
      seq: Type.Integer({ description: 'sequence in the dead-letter stream' }),
      at: Type.String({ description: 'when it was stored, ISO 8601' }),
      subject: Type.String({ description: 'the subject the refused message arrived on' }),
      reason: Type.String({ description: 'why it was refused, e.g. `forged: seq 1000: …`' }),
      size: Type.Integer({ description: 'bytes of the refused message' }),
      data: Type.String({ description: `its first ${DEAD_LETTER_PREVIEW_BYTES} bytes, base64` }),
    }),
    { description: 'newest first' },
  ),
});

/**
 * `GET /api/v1/dead-letters?limit=50`: the newest `limit` (1–1000, default 50) messages tag sync
 * refused, newest first, with the reason and the subject they arrived on, read from the gateway's
 * dead-letter stream; 503 ZTNA_ERR_UNAVAILABLE when the stream does not answer.
 */
export async function deadLetterRoutes(
  app: FastifyInstance,
  options: { deadLetters: DeadLetterReader },
): Promise<void> {
  app.get<{ Querystring: DeadLettersQuery }>(
    '/api/v1/dead-letters',
    {
      schema: {
        summary: 'Messages refused by tag sync, kept in the dead-letter stream, newest first',
        tags: ['sync'],
        querystring: DeadLettersQuery,
        response: { 200: DeadLettersReply, 400: ErrorReply, 503: ErrorReply },
      },
    },
    async (request) => options.deadLetters.newest(request.query.limit ?? 50),
  );
}
