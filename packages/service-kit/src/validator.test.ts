import { Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { describe, expect, it } from 'vitest';
import { issuesOf, registerFormats, RequestInvalid, typeboxValidator } from './validator.js';

registerFormats({
  'kit-test-ipv4': { check: (v) => /^\d{1,3}(\.\d{1,3}){3}$/.test(v), hint: 'must be a dotted IPv4 address' },
});

const Body = Type.Object(
  {
    uid: Type.String(),
    online: Type.Optional(Type.Boolean()),
    ips: Type.Optional(Type.Array(Type.String({ format: 'kit-test-ipv4' }))),
  },
  { additionalProperties: false },
);
const Query = Type.Object({ seq: Type.Integer() });

const validate = (schema: typeof Body | typeof Query, httpPart: string) =>
  typeboxValidator({ schema, httpPart, url: '/x', method: 'POST' }) as (data: unknown) => {
    value?: unknown;
    error?: Error;
  };

describe('typeboxValidator', () => {
  it('passes a valid body as it is', () => {
    const body = { uid: 'FCT-A', ips: ['10.0.0.1'] };
    expect(validate(Body, 'body')(body)).toEqual({ value: body });
  });

  it('never coerces a body: a string for a boolean is refused, naming field and value', () => {
    const { error } = validate(Body, 'body')({ uid: 'FCT-A', online: 'yes' });
    expect(error).toBeInstanceOf(RequestInvalid);
    expect(error?.message).toBe('online "yes": Expected boolean');
  });

  it('names every failing field: unknown, missing and wrong format', () => {
    const { error } = validate(Body, 'body')({ colour: 'red', ips: ['10.0.0.1', 'nope'] });
    expect((error as RequestInvalid).issues.map((i) => i.field).sort()).toEqual(['colour', 'ips[1]', 'uid']);
    expect(error?.message).toContain('colour "red": is not a known field');
    expect(error?.message).toContain('uid undefined: is required');
    expect(error?.message).toContain('ips[1] "nope": must be a dotted IPv4 address');
  });

  it('cuts a huge value in the message', () => {
    const { error } = validate(Body, 'body')({ uid: 7, online: 'x'.repeat(1_000_000) });
    expect(error?.message.length).toBeLessThan(400);
    expect(error?.message).toContain('…');
  });

  it('converts query text to the schema type and names the part of a failure', () => {
    expect(validate(Query, 'querystring')({ seq: '12' })).toEqual({ value: { seq: 12 } });
    expect(validate(Query, 'querystring')({ seq: 'x' }).error?.message).toBe(
      'querystring.seq "x": Expected integer',
    );
  });

  it('issuesOf names the whole part when the checker gives no error', () => {
    const never = { Errors: () => [] };
    expect(issuesOf(never, 'params', 5)).toEqual([
      { field: 'params', value: 5, reason: 'does not match the schema' },
    ]);
    expect(issuesOf(TypeCompiler.Compile(Query), 'body', 5)[0]).toMatchObject({ field: 'body', value: 5 });
  });
});
