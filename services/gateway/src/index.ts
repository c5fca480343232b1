// The public API of @ztna/gateway, chosen on purpose: the composition root and its config, the pure
// engine and the FortiOS config language (for in-process use), and the types their callers see.
// Test helpers live in `@ztna/gateway/testing`, outside the build.
export { createGateway, type Gateway, type GatewayAppConfig, type GatewayDeps } from './app.js';
export {
  loadConfig,
  parseConnectors,
  connectorsOf,
  defaultConfig,
  SAMPLE_CONFIG_PATH,
  type GatewayProcessConfig,
} from './config.js';
export { GatewayError, CliError } from './errors.js';
export * from './engine.js';
export { formatEndpointRecords } from './core/format/endpoint-record-format.js';
export { formatDynamicList } from './core/format/dynamic-list-format.js';
export {
  createConsole,
  type ConsoleOptions,
  type ConsoleTarget,
  type GatewayConsole,
} from './console/console.js';
export { CliFault } from './fortios/cli-fault.js';
export { factoryConfig } from './fortios/factory.js';
export { parseConfigText } from './fortios/parse.js';
export { showConfig, type ShowOptions } from './fortios/show.js';
export { TagSync, type TagSyncConfig, type EmsSyncView } from './tagsync/tag-sync.js';
export type { EmsSyncState } from './tagsync/ems-status.js';
export type { EmsConnector } from './tagsync/event-check.js';
export type { TagSyncObserver } from './tagsync/ports.js';
export { gatewayKeys, type GatewayKeys } from './redis/keys.js';
export {
  connectRedis,
  parseRedisUrl,
  redisCause,
  type ConnectRedisOptions,
  type RedisClient,
} from './redis/redis-client.js';
export type { AppliedRevision, EngineSink } from './runtime/engine-sink.js';
export * as gatewayApi from './http/api-schemas.js';
export type * from './core/model/gateway-events.js';
export type { EventFeed, FeedListener } from './feed/event-feed.js';
export type * from './feed/feed-event.js';
export type { FeedSnapshot } from './feed/feed-snapshot.js';
export { formatTrafficLog, type LogDevice } from './core/format/traffic-log-format.js';
