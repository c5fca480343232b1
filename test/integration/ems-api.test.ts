import type { EmsMock } from '@ztna/ems-mock';
import { eventMessageId, ztna } from '@ztna/proto';
import { startNats, waitFor, type ServerHandle } from '@ztna/test';
import type { NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, connectNats, deleteStream, readStream, startMock } from './ems-fixture.js';

const { TagKind } = ztna.v1;

describe('EMS mock HTTP API into JetStream', () => {
  let nats: ServerHandle;
  let nc: NatsConnection;
  let mock: EmsMock;
  let base: string;

  beforeAll(async () => {
    nats = await startNats();
    nc = await connectNats(nats.url);
    mock = await startMock(nc, { emsId: 3, httpPort: 0 });
    base = mock.httpAddress as string;
  });

  afterAll(async () => {
    await mock?.stop();
    await deleteStream(nc, mock.config.subjects.stream);
    await nc?.close();
    await nats?.close();
  });

  it('turns every API operation into the right envelope, gapless, with its message id and subject', async () => {
    const ep = '/api/v1/endpoints';
    const steps: [string, string, unknown, number, number][] = [
      [
        'POST',
        ep,
        {
          uid: 'FCT-A',
          hostname: 'pc-a',
          user: 'alice',
          ips: ['192.168.30.108'],
          macs: ['0c:37:96:06:d7:5d'],
          tags: ['APP'],
        },
        201,
        1,
      ],
      ['POST', ep, { uid: 'FCT-A', hostname: 'pc-a', ips: ['192.168.30.108'] }, 200, 0],
      ['PUT', `${ep}/FCT-A/tags/WEB`, undefined, 200, 1],
      ['PUT', `${ep}/FCT-A/tags/WEB`, undefined, 200, 0],
      ['PUT', `${ep}/FCT-A/tags/Low?kind=classification`, undefined, 200, 1],
      ['DELETE', `${ep}/FCT-A/tags/APP`, undefined, 200, 1],
      ['DELETE', `${ep}/FCT-A/tags/APP`, undefined, 200, 0],
      ['POST', `${ep}/FCT-A/offline`, undefined, 200, 1],
      ['POST', `${ep}/FCT-A/offline`, undefined, 200, 0],
      ['POST', `${ep}/FCT-A/online`, undefined, 200, 1],
      ['PUT', `${ep}/FCT-A/ips`, { ips: ['192.168.30.109'] }, 200, 1],
      ['POST', ep, { uid: 'FCT-B', online: false }, 201, 1],
      ['DELETE', `${ep}/FCT-B`, undefined, 200, 1],
    ];
    for (const [method, path, body, status, events] of steps) {
      const res = await call(base, method, path, body);
      expect({ method, path, status: res.status, events: res.body.events }).toEqual({
        method,
        path,
        status,
        events,
      });
    }
    await mock.flush();
    const stored = await readStream(nc, mock.config.subjects.stream);
    const envelopes = stored.map((s) => s.envelope);
    expect(envelopes.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(envelopes.map((e) => e.event)).toEqual([
      'endpointUpsert',
      'tagsAttached',
      'tagsAttached',
      'tagsDetached',
      'endpointOffline',
      'endpointUpsert',
      'addressChange',
      'endpointUpsert',
      'endpointRemoved',
    ]);
    for (const s of stored) {
      expect(s.envelope).toMatchObject({
        emsId: 3,
        emsSerial: 'FCTEMS0000000003',
        incarnation: mock.incarnation,
      });
      expect(s.msgId).toBe(eventMessageId(3, mock.incarnation, s.envelope.seq));
    }
    expect(stored[0]?.subject).toBe(mock.config.subjects.endpointEvents(3, 'FCT-A'));
    expect(stored[8]?.subject).toBe(mock.config.subjects.endpointEvents(3, 'FCT-B'));
    expect(envelopes[0]?.endpointUpsert?.endpoint).toMatchObject({
      uid: 'FCT-A',
      hostname: 'pc-a',
      user: 'alice',
      ips: ['192.168.30.108'],
      macs: ['0c:37:96:06:d7:5d'],
      ztnaTags: ['APP'],
      online: true,
      registered: true,
    });
    expect(envelopes[1]?.tagsAttached).toMatchObject({
      uid: 'FCT-A',
      kind: TagKind.TAG_KIND_ZTNA,
      tags: ['WEB'],
    });
    expect(envelopes[2]?.tagsAttached).toMatchObject({
      kind: TagKind.TAG_KIND_CLASSIFICATION,
      tags: ['Low'],
    });
    expect(envelopes[3]?.tagsDetached).toMatchObject({
      uid: 'FCT-A',
      kind: TagKind.TAG_KIND_ZTNA,
      tags: ['APP'],
    });
    expect(envelopes[4]?.endpointOffline?.uid).toBe('FCT-A');
    expect(envelopes[5]?.endpointUpsert?.endpoint).toMatchObject({
      online: true,
      ztnaTags: ['WEB'],
      classificationTags: ['Low'],
    });
    expect(envelopes[6]?.addressChange).toMatchObject({
      uid: 'FCT-A',
      ips: ['192.168.30.109'],
      macs: ['0c:37:96:06:d7:5d'],
    });
    expect(envelopes[7]?.endpointUpsert?.endpoint).toMatchObject({ uid: 'FCT-B', online: false });
    expect(envelopes[8]?.endpointRemoved?.uid).toBe('FCT-B');

    const state = await call(base, 'GET', '/api/v1/state');
    expect(state.body).toMatchObject({ emsId: 3, incarnation: mock.incarnation, seq: 9 });
    expect(state.body.endpoints.map((e: { uid: string }) => e.uid)).toEqual(['FCT-A']);
  });

  it('runs a YAML scenario and seeded churn as tracked runs, and resets', async () => {
    const before = mock.seq;
    const yaml = [
      'name: api-test',
      'endpoints:',
      '  - { uid: SC-1, ips: [10.1.0.1], tags: [APP] }',
      'steps:',
      '  - { at: 0, op: attach, uid: SC-1, tags: [DB] }',
      '  - { at: 20, op: offline, uid: SC-1 }',
      '  - { at: 20, op: remove, uid: SC-1 }',
    ].join('\n');
    const started = await call(base, 'POST', '/api/v1/scenarios', yaml, {
      'content-type': 'application/yaml',
    });
    expect(started.status).toBe(202);
    const finished = await pollRun(base, started.body.id);
    expect(finished).toMatchObject({ kind: 'scenario', status: 'done', summary: { events: 4 } });
    expect(finished.summary.eventsByKind).toEqual({
      endpointUpsert: 1,
      tagsAttached: 1,
      endpointOffline: 1,
      endpointRemoved: 1,
    });

    const churn = await call(base, 'POST', '/api/v1/churn', {
      seed: 11,
      count: 300,
      endpoints: 20,
      rate: 20_000,
    });
    expect(churn.status).toBe(202);
    const churned = await pollRun(base, churn.body.id);
    expect(churned).toMatchObject({ kind: 'churn', status: 'done', summary: { events: 320 } });

    const long = await call(base, 'POST', '/api/v1/churn', {
      seed: 12,
      durationMs: 60_000,
      endpoints: 20,
      rate: 1000,
    });
    expect((await call(base, 'POST', '/api/v1/churn', { seed: 13, count: 5 })).status).toBe(409);
    await waitFor(async () => (await call(base, 'GET', `/api/v1/runs/${long.body.id}`)).body.events > 50, {
      what: 'long churn under way',
    });
    expect((await call(base, 'POST', `/api/v1/runs/${long.body.id}/cancel`)).status).toBe(202);
    const cancelled = await pollRun(base, long.body.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.summary.durationMs).toBeLessThan(30_000);

    const reset = await call(base, 'POST', '/api/v1/reset');
    expect(reset.body.removed).toBe(21);
    await mock.flush();
    expect(mock.seq).toBe(before + 4 + 320 + cancelled.summary.events + 21);
    const stored = await readStream(nc, mock.config.subjects.stream);
    expect(stored.map((s) => s.envelope.seq)).toEqual(Array.from({ length: mock.seq }, (_, i) => i + 1));
    expect((await call(base, 'GET', '/api/v1/endpoints')).body.endpoints).toEqual([]);
  });

  it('serves health, readiness, metrics and the OpenAPI document', async () => {
    expect((await call(base, 'GET', '/healthz')).status).toBe(200);
    expect(await call(base, 'GET', '/readyz')).toEqual({
      status: 200,
      body: { nats: true, stream: true, publishing: true },
    });
    const metrics = await fetch(`${base}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(/ems_events_published_total\{kind="endpointUpsert",ems_id="3"\} \d+/);
    expect(metrics).toContain('ems_publish_latency_seconds_bucket');
    expect(metrics).toContain('ems_publish_unacked{ems_id="3"} 0');
    expect(metrics).toContain('ems_publish_retries_total');
    const docs = await call(base, 'GET', '/docs/json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/endpoints',
        '/api/v1/endpoints/{uid}/tags/{tag}',
        '/api/v1/churn',
        '/api/v1/faults',
        '/api/v1/status',
      ]),
    );
  });

  it('answers its status: incarnation, seq, unacked events and the publisher faults injected so far', async () => {
    const before = (await call(base, 'GET', '/api/v1/status')).body;
    expect(before).toMatchObject({ emsId: 3, incarnation: mock.incarnation, seq: mock.seq, unacked: 0 });
    expect((await call(base, 'PUT', '/api/v1/faults', { seed: 1, drop: 1 })).status).toBe(200);
    await call(base, 'POST', '/api/v1/endpoints', { uid: 'FCT-S', ips: ['192.168.30.120'] });
    await call(base, 'PUT', '/api/v1/endpoints/FCT-S/tags/APP');
    expect((await call(base, 'PUT', '/api/v1/faults', {})).status).toBe(200);
    await call(base, 'DELETE', '/api/v1/endpoints/FCT-S');
    await mock.flush();
    expect(await call(base, 'GET', '/api/v1/status')).toEqual({
      status: 200,
      body: {
        emsId: 3,
        serial: mock.config.serial,
        incarnation: mock.incarnation,
        seq: before.seq + 3,
        unacked: 0,
        faultsInjected: { ...before.faultsInjected, drop: before.faultsInjected.drop + 2 },
      },
    });
  });
});

/** Polls GET /api/v1/runs/:id until the run is no longer running (deadline 20 s, last state reported). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers are inspected field by field
async function pollRun(base: string, id: string): Promise<Record<string, any>> {
  return waitFor(
    async () => {
      const res = await call(base, 'GET', `/api/v1/runs/${id}`);
      return res.body.status === 'running' ? undefined : res.body;
    },
    { timeoutMs: 20_000, what: `run ${id} finished` },
  );
}
