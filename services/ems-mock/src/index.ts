export { createEmsMock, type EmsMock, type EmsMockDeps, type EmsStatus } from './app.js';
export {
  loadConfig,
  resolveConfig,
  defaults,
  defaultConfig,
  defaultSerial,
  EmsMockSettings,
  type EmsMockConfig,
  type EmsMockOptions,
  type ServiceConfig,
} from './config.js';
export { EmsError, type EmsErrorCode } from './errors.js';
export { EmsDomain, type EndpointInput, type EmsState, type EventSink } from './domain/ems-domain.js';
export type { EndpointRecord, EventKind, TagKindName } from './domain/endpoint-record.js';
export { applyEnvelope } from './domain/replay.js';
export { mulberry32, type Prng } from './common/prng.js';
export type { ChurnOptions } from './churn/churn-runner.js';
export { churnUid, type ChurnMix, type ChurnOp } from './churn/churn-generator.js';
export type { FaultSettings } from './faults/fault-injector.js';
export type { RunView, RunSummary } from './runs/run-tracker.js';
export { parseScenario } from './scenarios/scenario-runner.js';
export type { ScenarioDoc } from './scenarios/scenario-schema.js';
export * as emsApi from './http/ems-api-schemas.js';
