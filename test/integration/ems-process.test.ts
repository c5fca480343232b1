import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startNats, testSubjects, waitFor, type ServerHandle } from '@ztna/test';

const MAIN = fileURLToPath(new URL('../../services/ems-mock/src/main.ts', import.meta.url));

describe('the EMS mock process (main.ts as npm start runs it)', () => {
  let nats: ServerHandle;
  beforeAll(async () => {
    nats = await startNats();
  });
  afterAll(async () => {
    await nats?.stop();
  });

  it('starts from the environment alone, answers ready, and exits 0 on SIGTERM', async () => {
    const subjects = testSubjects();
    const port = await freePort();
    let stderr = '';
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: {
        ...process.env,
        NODE_OPTIONS: '--conditions=source',
        NATS_URL: nats.url,
        EMS_ID: '1',
        EMS_HTTP_PORT: String(port),
        SUBJECT_PREFIX: subjects.prefix,
        STREAM_NAME: subjects.stream,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = once(child, 'exit');
    try {
      await waitFor(
        async () => {
          if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${stderr}`);
          return (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200;
        },
        { what: 'EMS mock process ready', timeoutMs: 30_000 },
      );
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await exited;
    expect(code, stderr).toBe(0);
  });
});
