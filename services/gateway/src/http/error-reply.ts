import {
  registerFormats,
  sendError as sendKitError,
  type ErrorHandlingOptions,
  type TypedReply,
} from '@ztna/service-kit';
import { isIPv4 } from '@ztna/proto';
import type { FastifyReply } from 'fastify';
import { GatewayError, type GatewayErrorCode } from '../errors.js';

registerFormats({ ipv4: { check: isIPv4, hint: 'must be a dotted IPv4 address' } });

const STATUS: Partial<Record<GatewayErrorCode, number>> = {
  ZTNA_ERR_PACKET: 400,
  ZTNA_ERR_CLI_SYNTAX: 400,
  ZTNA_ERR_CLI_VALUE: 400,
  ZTNA_ERR_CLI_REFERENCE: 400,
  ZTNA_ERR_CLI_COMMAND: 400,
  ZTNA_ERR_UNAVAILABLE: 503,
};

/** The gateway's own errors at the HTTP edge: their code and status (400 unless listed). */
export function gatewayErrorReply(err: unknown): TypedReply | undefined {
  return err instanceof GatewayError ? { status: STATUS[err.code] ?? 400, code: err.code } : undefined;
}

/**
 * The shared error path (`@ztna/service-kit`) with the gateway's `ZTNA` prefix: schema failures are
 * `ZTNA_ERR_REQUEST`, typed errors keep their code, everything else `ZTNA_ERR_<WHAT>`.
 */
export const gatewayErrorHandling = (logger: ErrorHandlingOptions['logger']): ErrorHandlingOptions => ({
  prefix: 'ZTNA',
  logger,
  typed: gatewayErrorReply,
  invalidCode: 'ZTNA_ERR_REQUEST',
});

/**
 * Sends `{ "error": { code, message, ...details } }` with `status`: the one shape, with details
 * (e.g. the sync state of a timed-out wait) beside code and message when useful.
 */
export function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): FastifyReply {
  if (Object.keys(details).length === 0) return sendKitError(reply, status, code, message);
  return reply.code(status).send({ error: { code, message, ...details } });
}
