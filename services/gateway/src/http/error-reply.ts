import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { GatewayError, type GatewayErrorCode } from '../errors.js';
import { RequestInvalid } from './schema-validator.js';

/** The body of every error reply: `{ "error": { "code", "message" } }`, plus details when useful. */
export interface ErrorBody {
  error: { code: string; message: string; [detail: string]: unknown };
}

const STATUS: Partial<Record<GatewayErrorCode, number>> = {
  ZTNA_ERR_PACKET: 400,
  ZTNA_ERR_CLI_SYNTAX: 400,
  ZTNA_ERR_CLI_VALUE: 400,
  ZTNA_ERR_CLI_REFERENCE: 400,
  ZTNA_ERR_CLI_COMMAND: 400,
  ZTNA_ERR_UNAVAILABLE: 503,
};

/** Sends an error body with `status`. */
export function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  details = {},
): FastifyReply {
  const body: ErrorBody = { error: { code, message, ...details } };
  return reply.code(status).send(body);
}

/** Not-found handler: 404 `ZTNA_ERR_NOT_FOUND` naming the method and the path asked for. */
export function replyNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?', 1)[0] ?? '';
  return sendError(reply, 404, 'ZTNA_ERR_NOT_FOUND', `route ${request.method} ${path}: not found`);
}

/**
 * Error handler for the gateway API: schema failures → 400 ZTNA_ERR_REQUEST naming the field and the
 * value; typed gateway errors → their status; a body over the limit → 413 ZTNA_ERR_TOO_LARGE naming
 * its size and the limit; a content type without a parser → 415 naming it; Fastify's other 4xx (bad
 * JSON) keep their status and code; anything else → 500, logged once.
 */
export function replyWithError(
  err: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const validation = (err as FastifyError).validation;
  if (err instanceof RequestInvalid || (validation !== undefined && err.cause instanceof RequestInvalid)) {
    return sendError(
      reply,
      400,
      'ZTNA_ERR_REQUEST',
      err instanceof RequestInvalid ? err.message : (err.cause as Error).message,
    );
  }
  if (validation !== undefined) return sendError(reply, 400, 'ZTNA_ERR_REQUEST', err.message);
  if (err instanceof GatewayError) return sendError(reply, STATUS[err.code] ?? 400, err.code, err.message);
  if ((err as FastifyError).code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const length = request.headers['content-length'];
    return sendError(
      reply,
      413,
      'ZTNA_ERR_TOO_LARGE',
      `body ${length ?? '?'} bytes: larger than the limit of ${request.routeOptions.bodyLimit} bytes`,
    );
  }
  if ((err as FastifyError).code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    const type = request.headers['content-type'];
    return sendError(
      reply,
      415,
      'FST_ERR_CTP_INVALID_MEDIA_TYPE',
      `header content-type ${type === undefined ? '(missing)' : JSON.stringify(type)}: unsupported media type`,
    );
  }
  const status = (err as FastifyError).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return sendError(reply, status, (err as FastifyError).code ?? 'ZTNA_ERR_REQUEST', err.message);
  }
  request.log.error({ err }, 'request failed');
  return sendError(reply, 500, 'ZTNA_ERR_INTERNAL', 'internal error');
}
