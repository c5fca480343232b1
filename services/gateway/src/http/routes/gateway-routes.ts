import { errorReplier, typeboxValidator } from '@ztna/service-kit';
import type { FastifyInstance } from 'fastify';
import type { EndpointRecordSource, EngineApi } from '../../core/model/engine-api.js';
import type { ConsoleLimits } from '../../console/console-limits.js';
import type { EngineSink } from '../../runtime/engine-sink.js';
import type { SyncStatusSource } from '../../runtime/sync-waiter.js';
import type { VerdictObserver } from '../../metrics/verdict-observer.js';
import { requireBearer } from '../bearer-auth.js';
import { cliRoutes } from './cli-routes.js';
import { consoleSessions, type ConsoleSessionLimits, type ConsoleSessions } from '../console-sessions.js';
import { gatewayErrorHandling } from '../error-reply.js';
import type { DeadLetterReader } from '../../tagsync/ports.js';
import { addressFeedRoutes } from './address-feed-routes.js';
import { deadLetterRoutes } from './dead-letter-routes.js';
import { fortiosRoutes, type FortiosIdentity } from './fortios-routes.js';
import { packetsRoutes } from './packets-routes.js';
import { sessionsRoutes } from './sessions-routes.js';
import { syncWaitRoutes } from './sync-wait-routes.js';

export interface GatewayRoutesOptions {
  /** The engine as the console and the routes see it (config edits go through its applyConfig). */
  engine: EngineApi;
  records: EndpointRecordSource;
  sync: SyncStatusSource;
  sink: EngineSink;
  observer?: VerdictObserver;
  identity?: FortiosIdentity;
  /** Budgets of each console request (defaults in `console/console-limits.ts`). */
  console?: Partial<ConsoleLimits>;
  /** Bounds of the named console sessions. */
  consoleSessions?: Partial<ConsoleSessionLimits>;
  /** The console sessions (the owner may clear them on reset); default: a new set. */
  consoles?: ConsoleSessions;
  /** The kept dead letters (`GET /api/v1/dead-letters`); the route is there only when given. */
  deadLetters?: DeadLetterReader;
  /** When set, every route of this plugin requires `Authorization: Bearer <apiToken>`. */
  apiToken?: string;
}

/**
 * The gateway's traffic, console and JSON API as one Fastify plugin (register it with `app.register`):
 * `POST /api/v1/packets`, `POST /api/v1/cli`, `GET /api/v1/sessions`, `GET /api/v1/sync/wait`,
 * `GET /api/v1/dead-letters`,
 * `PUT /api/v1/fqdn/:name`, `PUT /api/v1/external-resources/:name`,
 * `GET /api/v2/monitor/firewall/{address-dynamic,address-fqdns,session}`,
 * `GET /api/v2/monitor/system/external-resource/entry-list`. Bodies and queries are checked against
 * TypeBox schemas; errors are `{ "error": { "code", "message" } }` naming the field and the value.
 * The routes carry OpenAPI schemas: `openApiDocs` (http/) on the root
 * instance before this plugin lists them at `GET /docs/json`.
 */
export async function gatewayRoutes(app: FastifyInstance, options: GatewayRoutesOptions): Promise<void> {
  app.setValidatorCompiler(typeboxValidator);
  app.setErrorHandler(errorReplier(gatewayErrorHandling(app.log)));
  if (options.apiToken !== undefined) requireBearer(app, options.apiToken);
  const consoles =
    options.consoles ??
    consoleSessions(
      { engine: options.engine, records: options.records, connectors: options.sync },
      options.console,
      options.consoleSessions,
    );
  await app.register(packetsRoutes, {
    engine: options.engine,
    ...(options.observer ? { observer: options.observer } : {}),
  });
  await app.register(cliRoutes, { consoles });
  await app.register(sessionsRoutes, { engine: options.engine });
  await app.register(addressFeedRoutes, { engine: options.engine });
  await app.register(syncWaitRoutes, { sync: options.sync, engine: options.engine, sink: options.sink });
  if (options.deadLetters) await app.register(deadLetterRoutes, { deadLetters: options.deadLetters });
  await app.register(fortiosRoutes, {
    engine: options.engine,
    sync: options.sync,
    ...(options.identity ? { identity: options.identity } : {}),
  });
}
