import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorBody } from './error-reply.js';

const REPLIES: Readonly<Record<string, readonly [number, string, string]>> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'TIMEOUT', 'request: not received in time'],
  HPE_HEADER_OVERFLOW: [431, 'HEADERS_TOO_LARGE', 'headers: larger than the server accepts'],
  HPE_URI_TOO_LONG: [414, 'URI_TOO_LONG', 'url: longer than the server accepts'],
};

/**
 * Fastify's `clientErrorHandler` (errors Node's HTTP parser raises before Fastify sees a request:
 * header overflow 431, timeouts 408, malformed requests 400) answering in the one error shape,
 * `{ "error": { "code": "<PREFIX>_ERR_…", "message" } }`, then closing the connection.
 */
export function clientErrorReplier(prefix: string): (err: Error & { code?: string }, socket: Socket) => void {
  return (err, socket) => {
    if (err.code === 'ECONNRESET' || socket.destroyed) return;
    const [status, what, message] = REPLIES[err.code ?? ''] ?? [
      400,
      'BAD_REQUEST',
      'request: not valid HTTP',
    ];
    const body = JSON.stringify({ error: { code: `${prefix}_ERR_${what}`, message } } satisfies ErrorBody);
    if (!socket.writable) return void socket.destroy(err);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
        `Connection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  };
}
