import { FormatRegistry, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';
import { isIPv4 } from '@ztna/proto';
import type { FastifySchemaCompiler } from 'fastify';

if (!FormatRegistry.Has('ipv4')) FormatRegistry.Set('ipv4', isIPv4);

/** A request part that failed its schema: the field path, the value received and why. */
export class RequestInvalid extends Error {
  override readonly name = 'RequestInvalid';
  constructor(
    readonly part: string,
    readonly field: string,
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`${part}${field} ${value === undefined ? '(missing)' : JSON.stringify(value)}: ${reason}`);
  }
}

const pathOf = (pointer: string): string =>
  pointer
    .split('/')
    .slice(1)
    .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : `.${seg}`))
    .join('');

/**
 * Fastify validator compiler over TypeBox: strict types (no coercion, unknown fields refused) for
 * bodies; query strings and params are converted from text first. Errors name the field and value.
 */
export const typeboxValidator: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check = TypeCompiler.Compile(schema);
  const part = httpPart === 'body' ? 'body' : (httpPart ?? 'request');
  return (data: unknown) => {
    const value = httpPart === 'body' ? data : Value.Convert(schema, data);
    if (check.Check(value)) return { value };
    const first = check.Errors(value).First();
    const error = first
      ? new RequestInvalid(part, pathOf(first.path), first.value, first.message)
      : new RequestInvalid(part, '', value, 'does not match the schema');
    return { error };
  };
};
