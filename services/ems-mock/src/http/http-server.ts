import { timingSafeEqual } from 'node:crypto';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  clientErrorReplier,
  clockRoutes,
  errorReplier,
  installErrorHandling,
  typeboxValidator,
} from '@ztna/service-kit';
import type { Logger } from 'pino';
import type { EmsMock } from '../app.js';
import '../common/formats.js';
import type { EmsMockConfig } from '../config.js';
import { adminRoutes } from './admin-routes.js';
import { endpointRoutes } from './endpoint-routes.js';
import { errorHandling } from './error-reply.js';

export interface HttpServer {
  /** `http://host:port` */
  readonly address: string;
  close(): Promise<void>;
}

const OPEN_PATHS = new Set(['/healthz', '/readyz']);

/**
 * Builds the admin API: TypeBox schemas checked strictly (`typeboxValidator`: no type coercion of
 * bodies, unknown fields refused), errors as `{ error: { code, message } }` (`installErrorHandling`), OpenAPI at /docs/json, a Bearer token on every route but the health
 * probes when `apiToken` is set.
 */
export async function buildHttpApp(
  mock: EmsMock,
  config: EmsMockConfig,
  logger: Logger,
): Promise<FastifyInstance> {
  const errors = errorHandling(logger);
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: config.bodyLimitBytes,
    logController: new LogController({ disableRequestLogging: !config.logRequests }),
    frameworkErrors: errorReplier(errors),
    clientErrorHandler: clientErrorReplier(errors.prefix),
  });
  app.setValidatorCompiler(typeboxValidator);
  installErrorHandling(app, errors);
  app.addContentTypeParser(
    ['application/yaml', 'application/x-yaml', 'text/yaml'],
    { parseAs: 'string' },
    (_req, body, done) => done(null, body),
  );
  if (config.apiToken) {
    const expected = Buffer.from(`Bearer ${config.apiToken}`);
    app.addHook('onRequest', async (request, reply) => {
      if (OPEN_PATHS.has(request.url.split('?', 1)[0]!)) return;
      const header = request.headers.authorization ?? '';
      const given = Buffer.from(/^bearer /i.test(header) ? `Bearer ${header.slice(7)}` : header);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return reply.status(401).send({
          error: {
            code: 'EMS_ERR_UNAUTHORIZED',
            message: 'authorization: a valid "Bearer <EMS_API_TOKEN>" is required',
          },
        });
      }
    });
  }
  await app.register(swagger, {
    openapi: { info: { title: 'ztna-tagsync EMS mock', version: '1' } },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  endpointRoutes(app, mock);
  adminRoutes(app, mock);
  await app.register(clockRoutes, { control: mock.clock, codePrefix: 'EMS' });
  await app.ready();
  return app;
}

/** Starts the admin API on `config.httpHost:config.httpPort` (0 = a random port). */
export async function startHttpServer(
  mock: EmsMock,
  config: EmsMockConfig,
  logger: Logger,
): Promise<HttpServer> {
  const app = await buildHttpApp(mock, config, logger);
  await app.listen({ host: config.httpHost, port: config.httpPort ?? 0 });
  const bound = app.server.address();
  const port = typeof bound === 'object' && bound ? bound.port : config.httpPort;
  const host = config.httpHost.includes(':') ? `[${config.httpHost}]` : config.httpHost;
  return { address: `http://${host}:${port}`, close: () => app.close() };
}
