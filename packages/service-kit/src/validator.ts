import { FormatRegistry, OptionalKind, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import type { FastifySchemaCompiler } from 'fastify';
import { preview } from './preview.js';

/** A string format a schema names with `format: "<name>"`, and what it means in an error message. */
export interface StringFormat {
  check(value: string): boolean;
  /** e.g. "must be a dotted IPv4 address". */
  readonly hint: string;
}

const hints = new Map<string, string>();

/**
 * Registers string formats in TypeBox's (process-wide) FormatRegistry, with their hints for error
 * messages. A name registered before keeps its check (several services may share a process).
 */
export function registerFormats(formats: Readonly<Record<string, StringFormat>>): void {
  for (const [name, format] of Object.entries(formats)) {
    if (!FormatRegistry.Has(name)) FormatRegistry.Set(name, (value) => format.check(value));
    hints.set(name, format.hint);
  }
}

/** One field that failed its schema. */
export interface Issue {
  /** `ips[1]`, `mix.attach`; `querystring.kind` outside the body; the part's name for the whole part. */
  readonly field: string;
  readonly value: unknown;
  readonly reason: string;
}

/** Most issues named in one message. */
const MAX_ISSUES = 10;

/**
 * A request part that failed its schema. The message lists each field as `field value: reason`
 * (value rendered by `preview`, so at most ~120 characters), joined by `; `.
 */
export class RequestInvalid extends Error {
  override readonly name = 'RequestInvalid';
  readonly statusCode = 400;

  constructor(
    readonly part: string,
    readonly issues: readonly Issue[],
  ) {
    super(issues.map((i) => `${i.field} ${preview(i.value)}: ${i.reason}`).join('; '));
  }
}

/** `/ips/1` → `ips[1]`, prefixed by the part unless it is the body. */
function fieldOf(part: string, pointer: string): string {
  const path = pointer
    .split('/')
    .slice(1)
    .map((seg) => seg.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : `.${seg}`))
    .join('')
    .replace(/^\./, '');
  if (part === 'body') return path || 'body';
  return path ? `${part}.${path}` : part;
}

function reasonOf(error: ValueError): string {
  switch (error.type) {
    case ValueErrorType.ObjectAdditionalProperties:
      return 'is not a known field';
    case ValueErrorType.ObjectRequiredProperty:
      return 'is required';
    case ValueErrorType.StringFormat:
      return hints.get(String(error.schema.format)) ?? error.message;
    default:
      return error.message;
  }
}

/** The issues of a value that failed `check`: the first per field, at most MAX_ISSUES. */
export function issuesOf(
  check: { Errors(value: unknown): Iterable<ValueError> },
  part: string,
  value: unknown,
): Issue[] {
  const byField = new Map<string, Issue>();
  for (const error of check.Errors(value)) {
    const field = fieldOf(part, error.path);
    if (!byField.has(field)) byField.set(field, { field, value: error.value, reason: reasonOf(error) });
    if (byField.size >= MAX_ISSUES) break;
  }
  if (byField.size === 0) byField.set(part, { field: part, value, reason: 'does not match the schema' });
  return [...byField.values()];
}

/**
 * True when every value `schema` describes is text (strings, string literals, objects of them), so a
 * query string or params part needs no conversion: `Value.Convert` walks the schema on every request
 * (part of the ~6 µs per EMS API call that validation added over ajv in the CPU profile of
 * `npm run bench -- gateway-revocation`, issue 11).
 */
function textOnly(schema: TSchema): boolean {
  if (schema.const !== undefined) return typeof schema.const === 'string';
  if (schema.type === 'string') return true;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as TSchema[]).every(textOnly);
  if (schema.type === 'object' && schema.properties !== undefined) {
    return Object.values(schema.properties as Record<string, TSchema>).every(textOnly);
  }
  return false;
}

/**
 * Fastify validator compiler over TypeBox's compiler: bodies are checked strictly (no coercion, no
 * defaults, unknown fields refused where the schema says `additionalProperties: false`); query
 * strings, params and headers are text by nature and are converted to the schema's types first.
 * A body schema wrapped in `Type.Optional` accepts a request without a body (Fastify gives it as null). A failure is a RequestInvalid (status 400) naming every field (up to 10) and the value received.
 */
export const typeboxValidator: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check = TypeCompiler.Compile(schema);
  const part = httpPart ?? 'body';
  const convert = part !== 'body' && !textOnly(schema);
  const mayBeAbsent = part === 'body' && (schema as { [OptionalKind]?: string })[OptionalKind] === 'Optional';
  return (data: unknown) => {
    // Fastify hands a missing body over as null; an empty JSON body is taken as no body (error-reply.ts).
    const given = part === 'body' && data === null ? undefined : data;
    if (given === undefined && mayBeAbsent) return { value: data };
    const value = convert ? Value.Convert(schema, given) : given;
    if (check.Check(value)) return { value: data === null ? data : value };
    return { error: new RequestInvalid(part, issuesOf(check, part, value)) };
  };
};
