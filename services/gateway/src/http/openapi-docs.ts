import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';

export interface OpenApiOptions {
  /** Version printed in the document. */
  readonly version: string;
  /** Marks every operation as needing `Authorization: Bearer` unless its route says `security: []`. */
  readonly bearer: boolean;
}

/**
 * Registers the OpenAPI generator on `app` and serves the document at `GET /docs/json`. Call it on the
 * root instance before any route plugin is registered: it lists exactly the routes registered after it,
 * in every encapsulated context.
 */
export function openApiDocs(app: FastifyInstance, options: OpenApiOptions): void {
  void app.register(swagger, {
    openapi: {
      info: { title: 'ztna-tagsync gateway', version: options.version },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      ...(options.bearer ? { security: [{ bearer: [] }] } : {}),
    },
  });
  app.get('/docs/json', { schema: { hide: true } }, async () => app.swagger());
}
