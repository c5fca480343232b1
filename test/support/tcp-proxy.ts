import { createServer, connect, type Server, type Socket } from 'node:net';

/** How the proxy cuts: refuse and close, swallow both ways, or forward to the server but swallow its replies. */
export type CutMode = 'reset' | 'blackhole' | 'one-way';

/**
 * A loopback TCP proxy in front of a test server, so tests can cut the network between clients and the
 * server: `cut('reset')` closes every connection and refuses new ones at once; `cut('blackhole')`
 * accepts and never forwards, like a partition (clients time out); `cut('one-way')` still delivers what
 * clients send but swallows what the server answers (an asymmetric partition). `restore()` heals all.
 */
export class TcpProxy {
  private server: Server | undefined;
  private readonly pairs = new Set<Socket>();
  private state: 'open' | CutMode = 'open';
  private readonly upstreamOf = new Map<Socket, Socket>();
  port = 0;

  constructor(private readonly target: () => { host: string; port: number }) {}

  async listen(): Promise<number> {
    const server = createServer((client) => this.accept(client));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('TcpProxy: no port');
    this.port = address.port;
    return this.port;
  }

  cut(mode: CutMode = 'reset'): void {
    this.state = mode;
    if (mode === 'one-way') {
      for (const [client, upstream] of this.upstreamOf) {
        upstream.unpipe(client);
        upstream.resume();
      }
      return;
    }
    for (const socket of this.pairs) socket.destroy();
    this.pairs.clear();
  }

  restore(): void {
    if (this.state === 'blackhole' || this.state === 'one-way') {
      for (const socket of this.pairs) socket.destroy();
      this.pairs.clear();
    }
    this.state = 'open';
  }

  /** Drops every connection without changing the state (as a server restart would). */
  dropAll(): void {
    for (const socket of this.pairs) socket.destroy();
    this.pairs.clear();
  }

  async close(): Promise<void> {
    this.dropAll();
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    client.on('error', () => client.destroy());
    if (this.state === 'reset') {
      client.resetAndDestroy();
      return;
    }
    this.pairs.add(client);
    client.once('close', () => this.pairs.delete(client));
    if (this.state === 'blackhole') {
      client.resume();
      return;
    }
    const { host, port } = this.target();
    const upstream = connect(port, host);
    this.pairs.add(upstream);
    this.upstreamOf.set(client, upstream);
    upstream.once('close', () => {
      this.pairs.delete(upstream);
      client.destroy();
    });
    client.once('close', () => {
      this.upstreamOf.delete(client);
      upstream.destroy();
    });
    upstream.on('error', () => upstream.destroy());
    client.pipe(upstream);
    if (this.state === 'one-way') upstream.resume();
    else upstream.pipe(client);
  }
}
