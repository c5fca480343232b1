import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sendError } from './error-reply.js';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/**
 * Requires `Authorization: Bearer <token>` on every route of `app`'s context (401 otherwise). The
 * comparison takes the same time whatever the presented value.
 */
export function requireBearer(app: FastifyInstance, token: string): void {
  const expected = digest(token);
  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization ?? '';
    const presented = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!timingSafeEqual(digest(presented), expected)) {
      await sendError(reply, 401, 'ZTNA_ERR_AUTH', 'Authorization: a valid Bearer token is required');
    }
  });
}
