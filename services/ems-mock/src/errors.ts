import { preview } from '@ztna/service-kit';

/**
 * Typed EMS mock errors: a stable `code` that the edges map (HTTP status, log line) and a message naming
 * the field and the value received.
 */
export type EmsErrorCode =
  | 'EMS_ERR_CONFIG' // environment / startup configuration
  | 'EMS_ERR_INVALID' // an input value of the wrong kind or shape
  | 'EMS_ERR_NOT_FOUND' // an endpoint or run that does not exist
  | 'EMS_ERR_CONFLICT' // an operation that cannot run now (e.g. a run already in progress)
  | 'EMS_ERR_SCENARIO' // a scenario document that does not validate
  | 'EMS_ERR_UNAVAILABLE'; // NATS or the stream not reachable

export class EmsError extends Error {
  override readonly name = 'EmsError';

  constructor(
    readonly code: EmsErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** `field "value": reason`, the shape of every input error message (the value cut to ~120 characters). */
export function invalid(field: string, value: unknown, reason: string): EmsError {
  return new EmsError('EMS_ERR_INVALID', `${field} ${preview(value)}: ${reason}`);
}

export function unknownEndpoint(uid: string): EmsError {
  return new EmsError('EMS_ERR_NOT_FOUND', `uid ${preview(uid)}: no such endpoint`);
}
