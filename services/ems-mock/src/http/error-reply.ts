import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { FORMAT_HINTS } from '../common/formats.js';
import { EmsError, type EmsErrorCode } from '../errors.js';

/** The body of every 4xx/5xx answer. */
export interface ErrorBody {
  error: { code: string; message: string };
}

const STATUS: Record<EmsErrorCode, number> = {
  EMS_ERR_INVALID: 400,
  EMS_ERR_SCENARIO: 400,
  EMS_ERR_NOT_FOUND: 404,
  EMS_ERR_CONFLICT: 409,
  EMS_ERR_UNAVAILABLE: 503,
  EMS_ERR_CONFIG: 500,
};

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
  data?: unknown;
}

/** `/ips/1` → `ips[1]`; the request part (params, querystring) prefixes everything but the body. */
function fieldOf(issue: AjvIssue, context: string | undefined): { field: string; value: unknown } {
  let field = issue.instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
  let value = issue.data;
  const extra = (issue.params.missingProperty ?? issue.params.additionalProperty) as string | undefined;
  if (extra !== undefined) {
    field = field ? `${field}.${extra}` : extra;
    value = issue.keyword === 'required' ? undefined : (issue.data as Record<string, unknown>)?.[extra];
  }
  const prefix = context && context !== 'body' ? `${context}.` : '';
  return { field: `${prefix}${field || context || 'body'}`, value };
}

function reasonOf(issue: AjvIssue): string {
  if (issue.keyword === 'format')
    return FORMAT_HINTS[String(issue.params.format)] ?? issue.message ?? 'invalid';
  if (issue.keyword === 'additionalProperties') return 'is not a known field';
  if (issue.keyword === 'required') return 'is required';
  return issue.message ?? 'invalid';
}

/** Describes schema validation issues as `field "value": reason`, joined by `; `. */
export function describeValidation(issues: AjvIssue[], context: string | undefined): string {
  const seen = new Set<string>();
  for (const issue of issues) {
    const { field, value } = fieldOf(issue, context);
    seen.add(`${field} ${JSON.stringify(value) ?? 'undefined'}: ${reasonOf(issue)}`);
  }
  return [...seen].join('; ');
}

/** Maps any error to an HTTP status and the `{ error: { code, message } }` body; logs 5xx once. */
export function replyWithError(
  err: FastifyError | EmsError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
  logger: Logger,
): FastifyReply {
  const send = (status: number, code: string, message: string): FastifyReply =>
    reply.status(status).send({ error: { code, message } } satisfies ErrorBody);
  if (err instanceof EmsError) return send(STATUS[err.code], err.code, err.message);
  const fe = err as FastifyError & { validation?: AjvIssue[] };
  if (fe.validation) {
    return send(400, 'EMS_ERR_INVALID', describeValidation(fe.validation, fe.validationContext));
  }
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const length = request.headers['content-length'];
    return send(
      413,
      'EMS_ERR_TOO_LARGE',
      `body ${length ?? '?'} bytes: larger than the limit of ${request.routeOptions.bodyLimit} bytes`,
    );
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    const type = request.headers['content-type'];
    return send(
      415,
      'EMS_ERR_MEDIA_TYPE',
      `header content-type ${type === undefined ? '(missing)' : JSON.stringify(type)}: unsupported media type, use application/json`,
    );
  }
  const status = fe.statusCode ?? 500;
  if (status >= 400 && status < 500) return send(status, fe.code ?? 'EMS_ERR_REQUEST', fe.message);
  logger.error({ err, url: request.url }, 'request failed');
  return send(500, 'EMS_ERR_INTERNAL', 'internal error (logged)');
}
