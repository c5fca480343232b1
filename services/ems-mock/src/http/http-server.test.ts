import { clockControl, systemClock } from '@ztna/service-kit';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { EmsMock } from '../app.js';
import { defaultConfig, loadConfig } from '../config.js';
import { buildHttpApp } from './http-server.js';

// Only /healthz is asked, which reads nothing of the mock; the clock routes need its clock.
const mock = { clock: clockControl(systemClock) } as unknown as EmsMock;
const config = { ...defaultConfig, serial: 'FCTEMS0000000001' };

/** Messages the admin API logs at info while answering GET /healthz once. */
async function messagesOfOneRequest(logRequests: boolean): Promise<(string | undefined)[]> {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
  const app = await buildHttpApp(mock, { ...config, logRequests }, logger);
  try {
    expect((await app.inject('/healthz')).statusCode).toBe(200);
  } finally {
    await app.close();
  }
  return lines.map((l) => (JSON.parse(l) as { msg?: string }).msg);
}

describe('EMS admin API request logging', () => {
  it('is off by default: a request produces no info line', async () => {
    expect(loadConfig({}).logRequests).toBe(false);
    expect(await messagesOfOneRequest(defaultConfig.logRequests)).toEqual([]);
  });

  it('LOG_REQUESTS=true logs "incoming request" and "request completed"', async () => {
    expect(loadConfig({ LOG_REQUESTS: 'true' }).logRequests).toBe(true);
    expect(await messagesOfOneRequest(true)).toEqual(['incoming request', 'request completed']);
  });

  it('refuses a LOG_REQUESTS that is not a boolean, naming it', () => {
    expect(() => loadConfig({ LOG_REQUESTS: 'loud' })).toThrow(/LOG_REQUESTS "loud": must be true or false/);
  });
});
