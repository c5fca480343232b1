import { Type } from '@sinclair/typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorReplier, installErrorHandling, type ErrorHandlingOptions } from './error-reply.js';
import { typeboxValidator } from './validator.js';

class ShopError extends Error {
  constructor(
    readonly code: 'SHOP_ERR_CONFLICT',
    message: string,
  ) {
    super(message);
  }
}

describe('installErrorHandling', () => {
  const logged: unknown[] = [];
  let app: FastifyInstance;

  beforeAll(async () => {
    const options: ErrorHandlingOptions = {
      prefix: 'SHOP',
      logger: { error: (obj) => logged.push(obj) },
      typed: (err) => (err instanceof ShopError ? { status: 409, code: err.code } : undefined),
    };
    app = Fastify({ bodyLimit: 1024, frameworkErrors: errorReplier(options) });
    app.setValidatorCompiler(typeboxValidator);
    installErrorHandling(app, options);
    const Body = Type.Object({ n: Type.Integer() }, { additionalProperties: false });
    app.post('/strict', { schema: { body: Body } }, async (req) => req.body);
    app.post('/optional', { schema: { body: Type.Optional(Body) } }, async (req) => ({
      got: req.body ?? null,
    }));
    app.post('/any', async (req) => ({ type: typeof req.body }));
    app.get('/conflict', async () => {
      throw new ShopError('SHOP_ERR_CONFLICT', 'run "r1" already active');
    });
    app.get('/broken', async () => {
      throw new Error('secret detail');
    });
    await app.ready();
  });
  afterAll(() => app.close());

  const post = (url: string, payload: string, type = 'application/json') =>
    app.inject({ method: 'POST', url, payload, headers: { 'content-type': type } });

  it('answers schema failures with 400 <PREFIX>_ERR_INVALID naming the field and value', async () => {
    const res = await post('/strict', '{"n":"1"}');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'SHOP_ERR_INVALID', message: 'n "1": Expected integer' } });
  });

  it('maps typed errors to their status and code, other errors to a logged 500', async () => {
    const conflict = await app.inject({ url: '/conflict' });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error).toEqual({ code: 'SHOP_ERR_CONFLICT', message: 'run "r1" already active' });
    const broken = await app.inject({ url: '/broken' });
    expect(broken.statusCode).toBe(500);
    expect(broken.json().error).toEqual({ code: 'SHOP_ERR_INTERNAL', message: 'internal error (logged)' });
    expect(logged).toHaveLength(1);
  });

  it('maps Fastify errors: too large, media type, bad JSON, bad URL, unknown route', async () => {
    const large = await post('/strict', JSON.stringify({ n: 'x'.repeat(5000) }));
    expect([large.statusCode, large.json().error.code]).toEqual([413, 'SHOP_ERR_TOO_LARGE']);
    expect(large.json().error.message).toContain('limit of 1024 bytes');
    const media = await post('/strict', '<n/>', 'application/xml');
    expect([media.statusCode, media.json().error.code]).toEqual([415, 'SHOP_ERR_MEDIA_TYPE']);
    expect(media.json().error.message).toContain('"application/xml"');
    const json = await post('/strict', '{"n": ');
    expect([json.statusCode, json.json().error.code]).toEqual([400, 'SHOP_ERR_INVALID_JSON']);
    const url = await app.inject({ url: '/conflict%zz' });
    expect(url.statusCode).toBe(400);
    expect(url.json().error).toEqual({
      code: 'SHOP_ERR_BAD_URL',
      message: 'url "/conflict%zz": bad percent-encoding',
    });
    const missing = await app.inject({ url: `/nothing/${'y'.repeat(5000)}` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('SHOP_ERR_NOT_FOUND');
    expect(missing.json().error.message.length).toBeLessThan(200);
  });

  it('takes an empty JSON body as no body: the schema decides', async () => {
    const optional = await post('/optional', '');
    expect(optional.statusCode).toBe(200);
    expect(optional.json()).toEqual({ got: null });
    const strict = await post('/strict', '');
    expect([strict.statusCode, strict.json().error.code]).toEqual([400, 'SHOP_ERR_INVALID']);
  });

  it('answers a deeply nested body without a 500', async () => {
    const big = Fastify({ bodyLimit: 10 * 1024 * 1024 });
    big.setValidatorCompiler(typeboxValidator);
    installErrorHandling(big, { prefix: 'SHOP', logger: { error: (obj) => logged.push(obj) } });
    big.post('/strict', { schema: { body: Type.Object({ n: Type.Integer() }) } }, async () => 'ok');
    big.post('/any', async (req) => ({ type: typeof req.body }));
    const deep = `${'{"n":'.repeat(200_000)}1${'}'.repeat(200_000)}`;
    try {
      for (const url of ['/strict', '/any']) {
        const res = await big.inject({
          method: 'POST',
          url,
          payload: deep,
          headers: { 'content-type': 'application/json' },
        });
        expect(res.statusCode, url).toBeLessThan(500);
      }
    } finally {
      await big.close();
    }
  });
});
