export { ztna } from '../gen/ztna.js';
export * from './subjects.js';
export * from './validate.js';
export * from './nats-url.js';
export * from './event-stream.js';
export * from './gateway-subjects.js';
