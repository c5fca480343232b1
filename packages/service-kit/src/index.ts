export { ManualClock, sleep, systemClock, type Clock, type Timer, type TimerOptions } from './clock.js';
export { Backoff, retrying, type BackoffOptions, type RetryLogger, type RetryOptions } from './backoff.js';
export { cut, preview, PREVIEW_LIMIT } from './preview.js';
export {
  issuesOf,
  registerFormats,
  RequestInvalid,
  typeboxValidator,
  type Issue,
  type StringFormat,
} from './validator.js';
export {
  errorReplier,
  installErrorHandling,
  sendError,
  type ErrorBody,
  type ErrorHandlingOptions,
  type ErrorLogger,
  type TypedReply,
} from './error-reply.js';
export { clientErrorReplier } from './client-error.js';
export { apiTokenProblem, DEV_API_TOKENS, isLoopbackHost, MIN_API_TOKEN_LENGTH } from './api-token.js';
export { JSON_DEPTH_LIMIT, jsonDepthExceeds } from './json-depth.js';
export { advanceInSteps, clockControl, every, type ClockControl } from './manual-time.js';
export { ClockAdvanceBody, ClockReply, clockRoutes, MAX_ADVANCE_MS } from './clock-routes.js';
export { createServiceLogger, serviceLoggerOptions, type ServiceLoggerOptions } from './logger.js';
export { assertNatsVersion, compareVersions, MIN_NATS_VERSION, NatsVersionError } from './nats-version.js';
export { Nullable } from './nullable.js';
