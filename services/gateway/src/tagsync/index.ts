export {
  TagSync,
  type TagSyncConfig,
  type TagSyncDeps,
  type EmsSyncView,
  type InboundMessage,
} from './tag-sync.js';
export type { Decision } from './batch-plan.js';
export type { EmsSyncState } from './ems-status.js';
export type { EmsConnector, Refusal, RefusalKind } from './event-check.js';
export type { DynamicAddressMembers } from './mirror-views.js';
export type { MembershipStore, SnapshotSource, DeadLetterSink, TagSyncObserver } from './ports.js';
export { FIRST_ADDRESS_ID } from './membership-mirror.js';
export { gatewayKeys, type GatewayKeys } from '../redis/keys.js';
