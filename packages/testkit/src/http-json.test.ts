import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpJson } from './http-json.js';

// HttpJson's time bound against a loopback server that answers `{"ok":true}` after 300 ms.

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  server = undefined;
});

async function slowServer(): Promise<string> {
  server = createServer((_req, res) => {
    setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'), 300);
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('HttpJson timeoutMs', () => {
  it('rejects a call not answered within timeoutMs, naming the method and path', async () => {
    const http = new HttpJson(await slowServer(), undefined, 50);
    await expect(http.json('GET', '/api/v1/status')).rejects.toMatchObject({
      code: 'ZTNA_TESTKIT_HTTP',
      message: expect.stringMatching(/^GET \/api\/v1\/status: .*(timeout|aborted)/i),
    });
  });

  it('gives a long poll its waitMs on top, and waits as long as it takes when there is no bound', async () => {
    const url = await slowServer();
    expect(
      await new HttpJson(url, undefined, 50).json('GET', '/api/v1/runs/run-1', { query: { waitMs: 5000 } }),
    ).toEqual({
      ok: true,
    });
    expect(await new HttpJson(url).json('GET', '/api/v1/status')).toEqual({ ok: true });
  });
});
