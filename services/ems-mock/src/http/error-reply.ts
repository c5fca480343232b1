import type { ErrorHandlingOptions, TypedReply } from '@ztna/service-kit';
import type { Logger } from 'pino';
import { EmsError, type EmsErrorCode } from '../errors.js';

const STATUS: Record<EmsErrorCode, number> = {
  EMS_ERR_INVALID: 400,
  EMS_ERR_SCENARIO: 400,
  EMS_ERR_NOT_FOUND: 404,
  EMS_ERR_CONFLICT: 409,
  EMS_ERR_UNAVAILABLE: 503,
  EMS_ERR_CONFIG: 500,
};

/** The EMS mock's own errors at the HTTP edge: their code and status. */
export function emsErrorReply(err: unknown): TypedReply | undefined {
  return err instanceof EmsError ? { status: STATUS[err.code], code: err.code } : undefined;
}

/** The shared error path (`@ztna/service-kit`) with the EMS prefix and typed errors. */
export const errorHandling = (logger: Logger): ErrorHandlingOptions => ({
  prefix: 'EMS',
  logger,
  typed: emsErrorReply,
});
