import { connect } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientErrorReplier } from './client-error.js';
import { errorReplier, installErrorHandling } from './error-reply.js';
import { jsonDepthExceeds } from './json-depth.js';

/** Sends raw bytes and resolves to everything the server wrote before closing. */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

const bodyOf = (raw: string): unknown => JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));

describe('clientErrorReplier and framework errors on a listening server', () => {
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    const options = { prefix: 'SHOP', logger: { error: () => undefined } };
    app = Fastify({ frameworkErrors: errorReplier(options), clientErrorHandler: clientErrorReplier('SHOP') });
    installErrorHandling(app, options);
    app.get('/item/:id', async (req) => req.params);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const bound = app.server.address();
    port = typeof bound === 'object' && bound ? bound.port : 0;
  });
  afterAll(() => app.close());

  it("answers Node's 431 (header overflow) in the one error shape", async () => {
    const raw = await rawRequest(
      port,
      `GET /item/1 HTTP/1.1\r\nHost: x\r\nX-Pad: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(raw.startsWith('HTTP/1.1 431 ')).toBe(true);
    expect(bodyOf(raw)).toEqual({
      error: { code: 'SHOP_ERR_HEADERS_TOO_LARGE', message: 'headers: larger than the server accepts' },
    });
  });

  it('answers a malformed request line with 400 in the one shape', async () => {
    const raw = await rawRequest(port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(raw.startsWith('HTTP/1.1 400 ')).toBe(true);
    expect(bodyOf(raw)).toEqual({
      error: { code: 'SHOP_ERR_BAD_REQUEST', message: 'request: not valid HTTP' },
    });
  });

  it("answers Fastify's 414 (path parameter too long) with a cut message", async () => {
    const res = await app.inject({ url: `/item/${'z'.repeat(5000)}` });
    expect(res.statusCode).toBe(414);
    expect(res.json().error.code).toBe('SHOP_ERR_URI_TOO_LONG');
    expect(res.json().error.message.length).toBeLessThan(200);
  });
});

describe('jsonDepthExceeds', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonDepthExceeds('[[[1]]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[1]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds(JSON.stringify({ s: '[[[[[[["\\"' }), 2)).toBe(false);
    expect(jsonDepthExceeds('{"a":{"b":{"c":{}}}}', 3)).toBe(true);
  });
});
