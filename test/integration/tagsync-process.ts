import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Subjects } from '@ztna/proto';

const MAIN = fileURLToPath(new URL('../../services/gateway/src/main.ts', import.meta.url));

export interface ProcessOptions {
  natsUrl: string;
  redisUrl: string;
  subjects: Subjects;
  keyPrefix: string;
  httpPort: number;
  connectors: string;
}

/** The gateway as a real process (main.ts under tsx), to be killed with SIGKILL mid-work. */
export class GatewayProcess {
  private child: ChildProcess | undefined;
  stderr = '';

  constructor(private readonly options: ProcessOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.options.httpPort}`;
  }

  start(): void {
    const o = this.options;
    this.child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: {
        ...process.env,
        NODE_OPTIONS: '--conditions=source',
        GATEWAY_ID: 'gw1',
        NATS_URL: o.natsUrl,
        REDIS_URL: o.redisUrl,
        EMS_CONNECTORS: o.connectors,
        SUBJECT_PREFIX: o.subjects.prefix,
        STREAM_NAME: o.subjects.stream,
        REDIS_KEY_PREFIX: o.keyPrefix,
        GATEWAY_HTTP_PORT: String(o.httpPort),
        RECONCILE_INTERVAL_MS: '0',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.child.stderr?.on('data', (d: Buffer) => (this.stderr += d.toString()));
  }

  /** SIGKILL, no goodbye; resolves once the process is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
  }

  /** GET /api/v1/sync of the running process. */
  async sync(): Promise<{ revision: number; ems: { appliedSeq: number; state: string }[] }> {
    const res = await fetch(`${this.url}/api/v1/sync`);
    return (await res.json()) as { revision: number; ems: { appliedSeq: number; state: string }[] };
  }
}
