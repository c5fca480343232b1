export * from '../model/engine-api.js';
export { createEngine, type Engine, type EngineOptions } from './engine.js';
export {
  createPacketBatch,
  createVerdictBatch,
  type PacketBatch,
  type VerdictBatch,
} from './packet-batch.js';
export { VERDICT_REASONS } from './verdict-reasons.js';
export {
  testConfig,
  parseCidr,
  type TestConfigInput,
  type TestInterface,
  type TestRoute,
} from '../../../testing/test-config.js';
export { formatEndpointRecords } from '../format/endpoint-record-format.js';
export { formatDynamicList } from '../format/dynamic-list-format.js';
export { isEmsDynamicName } from '../addresses/address-book.js';
export { parseExternalEntries } from '../addresses/external-entries.js';
