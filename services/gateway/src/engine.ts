// `@ztna/gateway/engine`: the pure session engine for in-process use, without the adapters. Importing it
// loads no NATS, Redis, HTTP or logging module (the package's main entry re-exports all of this beside
// the composition root): `npm run bench -- engine-memory` measured 294–324 MB RSS for 1,000,000
// sessions through the old engine-only path and 341–351 MB through the whole package index.
export * from './core/model/engine-api.js';
export { systemClock, type Clock } from './core/clock.js';
export { createEngine, type Engine, type EngineOptions } from './core/engine/engine.js';
export {
  createPacketBatch,
  createVerdictBatch,
  type PacketBatch,
  type VerdictBatch,
} from './core/engine/packet-batch.js';
export { VERDICT_REASONS } from './core/engine/verdict-reasons.js';
export type { GatewayConfig as FirewallConfig } from './core/model/config.js';
export type {
  DynamicAddressObject,
  EndpointRecord,
  MembershipChange,
  MembershipSink,
} from './core/model/membership.js';
