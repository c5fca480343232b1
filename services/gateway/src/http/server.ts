import { timingSafeEqual } from 'node:crypto';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyPluginAsync,
} from 'fastify';
import type { Logger } from 'pino';

export interface HttpServerOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** When set, every route but /healthz and /readyz needs `Authorization: Bearer <token>`. */
  readonly token: string | undefined;
  readonly logger: Logger;
}

const OPEN_PATHS = new Set(['/healthz', '/readyz']);

/**
 * Builds the gateway's Fastify server with bearer-token auth; routes come as plugins so that later
 * parts (packets, console, sessions) register theirs the same way. Per-request log lines are off (the
 * packet path would log two lines per request). Not listening until `listen`.
 */
export function createHttpServer(
  options: HttpServerOptions,
  plugins: readonly FastifyPluginAsync[],
): FastifyInstance {
  const loggerInstance: FastifyBaseLogger = options.logger.child({ component: 'http' });
  const logController = new LogController({ disableRequestLogging: true });
  const app = Fastify({ loggerInstance, logController });
  const { token } = options;
  if (token) {
    const expected = Buffer.from(`Bearer ${token}`);
    app.addHook('onRequest', async (request, reply) => {
      if (OPEN_PATHS.has(request.url.split('?')[0] ?? '')) return;
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        await reply.code(401).send({ error: 'authorization: a valid Bearer token is required' });
      }
    });
  }
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
