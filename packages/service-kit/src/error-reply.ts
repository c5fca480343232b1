import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { JSON_DEPTH_LIMIT, jsonDepthExceeds } from './json-depth.js';
import { cut, preview } from './preview.js';
import { RequestInvalid } from './validator.js';

/** Longest message sent for an error the service wrote itself. */
const MESSAGE_LIMIT = 1000;

/** A JSON body nested deeper than {@link JSON_DEPTH_LIMIT}: refused before parsing. */
class JsonTooDeep extends Error {
  readonly statusCode = 400;
  readonly code = 'JSON_TOO_DEEP';
}

/** The body of every 4xx/5xx answer. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** A service's own error as the edge answers it. */
export interface TypedReply {
  readonly status: number;
  readonly code: string;
}

/** Where a 5xx is logged: pino's `error(obj, msg)` fits. */
export interface ErrorLogger {
  error(obj: object, msg: string): void;
}

export interface ErrorHandlingOptions {
  /** Upper-case code prefix: codes are `<prefix>_ERR_<WHAT>` (e.g. `EMS` → `EMS_ERR_INVALID`). */
  readonly prefix: string;
  readonly logger: ErrorLogger;
  /**
   * Maps the service's typed errors (a stable `code` and an HTTP status) to the reply, or undefined
   * for errors it does not own. Their message is sent as it is.
   */
  readonly typed?: (err: unknown) => TypedReply | undefined;
  /** Code of schema failures (default `<prefix>_ERR_INVALID`). */
  readonly invalidCode?: string;
}

/** Sends `{ error: { code, message } }` with `status`. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ error: { code, message } } satisfies ErrorBody);
}

const sizeOf = (length: string | undefined): string =>
  length !== undefined && /^\d{1,20}$/.test(length) ? length : preview(length ?? '?');

const pathOf = (request: FastifyRequest): string => (request.url.split('?', 1)[0] ?? '').slice(0, 200);

/**
 * Installs one error path on `app` (call before routes are added): every error reply is
 * `{ "error": { "code": "<PREFIX>_ERR_…", "message" } }` with values in messages cut to ~120 characters.
 * - schema failures → 400 `invalidCode` naming each field and the value received;
 * - the service's typed errors (`options.typed`) → their status and code (message cut to 1000);
 * - body over the limit → 413 `_ERR_TOO_LARGE`; no parser for the content type → 415 `_ERR_MEDIA_TYPE`;
 *   JSON that does not parse, or nests deeper than 64 levels → 400 `_ERR_INVALID_JSON`; bad URL encoding → 400 `_ERR_BAD_URL` (when
 *   `errorReplier` is also given as `frameworkErrors`);
 *   Fastify's other 4xx → that status with `_ERR_REQUEST`;
 * - unknown routes → 404 `_ERR_NOT_FOUND` naming method and path; anything else → 500
 *   `_ERR_INTERNAL`, logged once with `{ err }`.
 * An empty `application/json` body is taken as no body (the schema decides whether one is required).
 */
export function installErrorHandling(app: FastifyInstance, options: ErrorHandlingOptions): void {
  const code = (what: string): string => `${options.prefix}_ERR_${what}`;
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body.length === 0) return done(null, undefined);
    if (jsonDepthExceeds(body as string)) return done(new JsonTooDeep(), undefined);
    parseJson(request, body as string, done);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(
      reply,
      404,
      code('NOT_FOUND'),
      `route ${request.method} ${preview(pathOf(request))}: not found`,
    ),
  );
  app.setErrorHandler(errorReplier(options));
}

/**
 * The error handler `installErrorHandling` sets, for Fastify's `frameworkErrors` option too (errors
 * raised before routing, such as a bad percent-encoding in the URL, reach only that option):
 * `Fastify({ frameworkErrors: errorReplier(options) })`.
 */
export function errorReplier(
  options: ErrorHandlingOptions,
): (err: FastifyError, request: FastifyRequest, reply: FastifyReply) => FastifyReply {
  const { prefix, logger } = options;
  const code = (what: string): string => `${prefix}_ERR_${what}`;
  const invalidCode = options.invalidCode ?? code('INVALID');
  return (err, request, reply) => {
    if (err instanceof RequestInvalid) return sendError(reply, 400, invalidCode, err.message);
    const typed = options.typed?.(err);
    if (typed) return sendError(reply, typed.status, typed.code, cut(err.message, MESSAGE_LIMIT));
    if (err.validation !== undefined) {
      return sendError(reply, 400, invalidCode, `${err.validationContext ?? 'request'}: ${cut(err.message)}`);
    }
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendError(
          reply,
          413,
          code('TOO_LARGE'),
          `body ${sizeOf(request.headers['content-length'])} bytes: larger than the limit of ${request.routeOptions.bodyLimit} bytes`,
        );
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendError(
          reply,
          415,
          code('MEDIA_TYPE'),
          `header content-type ${preview(request.headers['content-type'])}: unsupported media type, use application/json`,
        );
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendError(reply, 400, code('INVALID_JSON'), 'body: not valid JSON');
      case 'JSON_TOO_DEEP':
        return sendError(
          reply,
          400,
          code('INVALID_JSON'),
          `body: nested deeper than ${JSON_DEPTH_LIMIT} levels of arrays and objects`,
        );
      case 'FST_ERR_MAX_PARAM_LENGTH':
        return sendError(
          reply,
          414,
          code('URI_TOO_LONG'),
          `url ${preview(request.url)}: a path parameter is too long`,
        );
      case 'FST_ERR_BAD_URL':
        return sendError(reply, 400, code('BAD_URL'), `url ${preview(request.url)}: bad percent-encoding`);
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendError(reply, status, code('REQUEST'), cut(err.message));
    }
    logger.error({ err, method: request.method, url: pathOf(request) }, 'request failed');
    return sendError(reply, 500, code('INTERNAL'), 'internal error (logged)');
  };
}
