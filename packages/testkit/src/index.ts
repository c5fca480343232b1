// The public API of @ztna/testkit: the stack, the typed clients, the container modules, and the
// throwaway NATS/Redis servers with fault controls (from @ztna/test) for users' own chaos tests.
export { startZtnaStack, type ZtnaStack } from './stack.js';
export { emsSerial, type ZtnaStackOptions } from './stack-options.js';
export * from './ems-client.js';
export * from './gateway-client.js';
export { feedEvents, type EventsOptions } from './event-stream.js';
export type { FeedEvent, GatewayEventKind } from '@ztna/gateway';
export {
  EmsMockContainer,
  GatewayContainer,
  emsMockImage,
  gatewayImage,
  type ContainerParts,
} from './containers.js';
export { TestkitError, type TestkitErrorCode } from './errors.js';
export { HttpJson, type JsonReply, type RequestOptions } from './http-json.js';
export {
  startNats,
  startRedis,
  TcpProxy,
  waitFor,
  Latch,
  type ServerHandle,
  type StartOptions,
  type WaitOptions,
} from '@ztna/test';
