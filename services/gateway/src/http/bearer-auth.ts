import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sendError } from './error-reply.js';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/**
 * Requires `Authorization: Bearer <token>` on every route of `app`'s context but the paths in `open`
 * (compared without the query string; the scheme name in any case, as RFC 9110 says); 401 `ZTNA_ERR_AUTH` otherwise. The comparison takes the same
 * time whatever the presented value.
 */
export function requireBearer(
  app: FastifyInstance,
  token: string,
  open: ReadonlySet<string> = new Set(),
): void {
  const expected = digest(token);
  app.addHook('onRequest', async (request, reply) => {
    if (open.size > 0 && open.has(request.url.split('?', 1)[0] ?? '')) return;
    const header = request.headers.authorization ?? '';
    const presented = /^bearer /i.test(header) ? header.slice(7) : '';
    if (!timingSafeEqual(digest(presented), expected)) {
      await sendError(
        reply,
        401,
        'ZTNA_ERR_AUTH',
        `header authorization: ${header === '' ? 'missing' : 'not the API token'}; "Bearer <GATEWAY_API_TOKEN>" is required`,
      );
    }
  });
}
