import { connect } from 'node:net';

export type ServerKind = 'nats' | 'redis';

/**
 * Resolves true when a server of `kind` answers its protocol on 127.0.0.1:`port` within `timeoutMs`
 * (NATS: the INFO line; Redis: +PONG to PING), false otherwise. Never throws.
 */
export function probeServer(kind: ServerKind, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const finish = (ok: boolean): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.on('error', () => finish(false));
    socket.on('connect', () => {
      if (kind === 'redis') socket.write('PING\r\n');
    });
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      if (kind === 'nats' && text.startsWith('INFO ')) finish(true);
      if (kind === 'redis' && text.includes('+PONG')) finish(true);
      if (text.length > 4096) finish(false);
    });
  });
}
