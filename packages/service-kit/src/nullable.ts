import { Type, type Static, type TSchema, type TUnsafe } from '@sinclair/typebox';

/**
 * `schema` or null, written as OpenAPI's `nullable: true` rather than `Type.Union([schema, Type.Null()])`.
 * For a reply, fast-json-stringify then writes `null` or the value directly; for a union (`anyOf`) it
 * checks the value against each option with a compiled validator first. On the EMS mock's change
 * replies (an endpoint of ten fields or null) the union was most of the ~5 µs per reply that response
 * schemas added (CPU profile of `npm run bench -- gateway-revocation`, issue 11). For reply schemas
 * only: request validation (TypeBox) does not know `nullable`.
 */
export function Nullable<T extends TSchema>(schema: T): TUnsafe<Static<T> | null> {
  return Type.Unsafe<Static<T> | null>({ ...schema, nullable: true });
}
