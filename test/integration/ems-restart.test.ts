import type { EmsMock } from '@ztna/ems-mock';
import { eventMessageId } from '@ztna/proto';
import { startNats, waitFor, type ServerHandle } from '@ztna/test';
import type { NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNats, deleteStream, readStream, startMock } from './ems-fixture.js';

describe('EMS mock across a NATS restart', () => {
  let nats: ServerHandle;
  let nc: NatsConnection;
  let mock: EmsMock;

  beforeAll(async () => {
    nats = await startNats();
    nc = await connectNats(nats.url);
    mock = await startMock(nc, { emsId: 2, publishTimeoutMs: 1000, retryMaxMs: 500 });
  });

  afterAll(async () => {
    await mock?.stop();
    await deleteStream(nc, mock.config.subjects.stream);
    await nc?.close();
    await nats?.close();
  });

  it('loses no event and doubles none when NATS restarts mid-churn', async () => {
    const count = 30_000;
    const run = mock.startChurn({ seed: 77, count, endpoints: 200, rate: 10_000 });
    await waitFor(() => mock.seq > 5_000, { timeoutMs: 20_000, what: 'churn under way (seq > 5000)' });
    const seqAtRestart = mock.seq;
    await nats.restart();
    const finished = await run.done;
    expect(finished.status).toBe('done');
    expect(seqAtRestart).toBeLessThan(mock.seq);
    expect(mock.unacked).toBe(0);

    const stored = await readStream(nc, mock.config.subjects.stream);
    const seqs = stored.map((s) => s.envelope.seq);
    expect(seqs.length).toBe(mock.seq);
    expect(new Set(seqs).size).toBe(mock.seq);
    expect(seqs).toEqual(Array.from({ length: mock.seq }, (_, i) => i + 1));
    for (const s of stored) expect(s.msgId).toBe(eventMessageId(2, mock.incarnation, s.envelope.seq));
    const metrics = await mock.metrics.registry.getSingleMetricAsString('ems_publish_retries_total');
    expect(Number(/ems_publish_retries_total\{[^}]*\} (\d+)/.exec(metrics)?.[1])).toBeGreaterThan(0);
  });
});
