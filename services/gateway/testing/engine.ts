// `@ztna/gateway/testing/engine`: the test helpers an engine-only test or bench needs (manual clock,
// config builder), without the adapters `@ztna/gateway/testing` also exports.
export { FakeClock } from '../src/core/clock.js';
export * from './test-config.js';
