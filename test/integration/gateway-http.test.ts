import { startNats, startRedis, type ServerHandle } from '@ztna/test';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './e2e-stack.js';

let nats: ServerHandle;
let redis: ServerHandle;
let stack: Stack;
const lines: string[] = [];

beforeAll(async () => {
  [nats, redis] = await Promise.all([startNats(), startRedis()]);
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
  stack = await startStack({ natsUrl: nats.url, redisUrl: redis.url, logger });
});
afterAll(async () => {
  await stack?.close();
  await Promise.all([nats?.close(), redis?.close()]);
});

const errorShape = (code: string | RegExp, message: RegExp) => ({
  error: {
    code: typeof code === 'string' ? code : expect.stringMatching(code),
    message: expect.stringMatching(message),
  },
});

describe('gateway HTTP server as createGateway wires it', () => {
  it('lists the tag sync routes and the API routes in one OpenAPI document', async () => {
    const doc = await stack.gwApi('GET', '/docs/json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v2/monitor/firewall/address-dynamic',
        '/api/v1/sync/wait',
        '/api/v1/dynamic-addresses',
        '/api/v1/sync',
        '/metrics',
        '/readyz',
        '/healthz',
      ]),
    );
  });

  it('answers unknown routes, schema errors and oversized bodies as { error: { code, message } }', async () => {
    const missing = await stack.gwApi('GET', '/api/v1/dynamic-address');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(
      errorShape('ZTNA_ERR_NOT_FOUND', /GET "\/api\/v1\/dynamic-address": not found/),
    );
    const query = await stack.gwApi('GET', '/api/v1/sync/wait?ems=9&seq=1');
    expect(query.status).toBe(400);
    expect(query.body).toEqual(errorShape('ZTNA_ERR_REQUEST', /querystring\.ems 9/));
    const huge = await stack.gwApi('POST', '/api/v1/packets', { packets: [], pad: 'x'.repeat(1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body).toEqual(errorShape('ZTNA_ERR_TOO_LARGE', /limit of 1048576 bytes/));
  });

  it('writes gatewayId once in every gateway log line (service and HTTP lines among them)', () => {
    const gatewayLines = lines.filter((l) => l.includes('"gatewayId"'));
    const messages = gatewayLines.map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(messages).toEqual(expect.arrayContaining(['gateway started']));
    expect(messages.some((m) => m.startsWith('Server listening at'))).toBe(true);
    for (const line of gatewayLines) expect(line.split('"gatewayId"').length - 1, line).toBe(1);
  });
});
