import { Type } from '@sinclair/typebox';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { Nullable } from './nullable.js';

describe('Nullable', () => {
  it('serialises a reply field as null or as the object (its schema applied), and documents nullable', async () => {
    const Reply = Type.Object({ endpoint: Nullable(Type.Object({ uid: Type.String() })) });
    expect(Reply.properties.endpoint).toMatchObject({ type: 'object', nullable: true });
    const app = Fastify();
    app.get<{ Querystring: { none?: string } }>(
      '/',
      { schema: { response: { 200: Reply } } },
      async (req) => ({ endpoint: req.query.none ? null : { uid: 'u1', notInSchema: 1 } }),
    );
    expect((await app.inject('/?none=1')).body).toBe('{"endpoint":null}');
    expect((await app.inject('/')).body).toBe('{"endpoint":{"uid":"u1"}}');
    await app.close();
  });
});
