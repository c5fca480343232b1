import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyPluginAsync,
} from 'fastify';
import type { Logger } from 'pino';
import { clientErrorReplier, errorReplier, installErrorHandling, typeboxValidator } from '@ztna/service-kit';
import { requireBearer } from './bearer-auth.js';
import { gatewayErrorHandling } from './error-reply.js';
import { openApiDocs } from './openapi-docs.js';

export interface HttpServerOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** When set, every route but /healthz and /readyz needs `Authorization: Bearer <token>`. */
  readonly token: string | undefined;
  readonly logger: Logger;
  /** Fastify's per-request info lines (default off: the packet path would log two lines a request). */
  readonly logRequests?: boolean;
  /** Version printed in the OpenAPI document (default 0.1.0). */
  readonly version?: string;
}

const OPEN_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz']);

/**
 * Builds the gateway's Fastify server: bearer-token auth, every error as `{ "error": { "code", "message" } }`
 * through `@ztna/service-kit`'s one error path (unknown routes, Fastify's and Node's own errors included), the OpenAPI document of every route at `GET /docs/json`; routes come as
 * plugins. Per-request log lines are off unless `logRequests`; failed requests are logged once by the
 * error handler. Not listening until `listen`.
 */
export function createHttpServer(
  options: HttpServerOptions,
  plugins: readonly FastifyPluginAsync[],
): FastifyInstance {
  const loggerInstance: FastifyBaseLogger = options.logger.child({ component: 'http' });
  const logController = new LogController({ disableRequestLogging: !options.logRequests });
  const errors = gatewayErrorHandling(loggerInstance);
  const app = Fastify({
    loggerInstance,
    logController,
    frameworkErrors: errorReplier(errors),
    clientErrorHandler: clientErrorReplier(errors.prefix),
  });
  app.setValidatorCompiler(typeboxValidator);
  installErrorHandling(app, errors);
  if (options.token) requireBearer(app, options.token, OPEN_PATHS);
  openApiDocs(app, { version: options.version ?? '0.1.0', bearer: Boolean(options.token) });
  for (const plugin of plugins) void app.register(plugin);
  return app;
}

/** Starts listening; resolves to the bound address (`http://host:port`). */
export async function listen(
  app: FastifyInstance,
  options: Pick<HttpServerOptions, 'host' | 'port'>,
): Promise<string> {
  return app.listen({ host: options.host, port: options.port });
}
