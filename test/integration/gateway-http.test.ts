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

describe('gateway logs as wired by startGatewayService', () => {
  it('writes gatewayId once in every gateway log line (service and HTTP lines among them)', () => {
    const gatewayLines = lines.filter((l) => l.includes('"gatewayId"'));
    const messages = gatewayLines.map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(messages).toEqual(expect.arrayContaining(['gateway engine wired']));
    expect(messages.some((m) => m.startsWith('Server listening at'))).toBe(true);
    for (const line of gatewayLines) expect(line.split('"gatewayId"').length - 1, line).toBe(1);
  });
});
