import type { EmsMock } from '@ztna/ems-mock';
import { startNats, type ServerHandle } from '@ztna/test';
import type { NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, connectNats, deleteStream, readStream, startMock } from './ems-fixture.js';

describe('EMS mock refuses bad input with a clear 4xx and changes nothing', () => {
  let nats: ServerHandle;
  let nc: NatsConnection;
  let mock: EmsMock;
  let base: string;

  beforeAll(async () => {
    nats = await startNats();
    nc = await connectNats(nats.url);
    mock = await startMock(nc, { httpPort: 0 });
    base = mock.httpAddress as string;
    await call(base, 'POST', '/api/v1/endpoints', { uid: 'FCT-A', ips: ['10.0.0.1'], tags: ['APP'] });
    await mock.flush();
  });

  afterAll(async () => {
    await mock?.stop();
    await deleteStream(nc, mock.config.subjects.stream);
    await nc?.close();
    await nats?.close();
  });

  const ep = '/api/v1/endpoints';
  const cases: {
    what: string;
    method: string;
    path: string;
    body?: unknown;
    status: number;
    code: string;
    says: string[];
  }[] = [
    {
      what: 'wrong type',
      method: 'POST',
      path: ep,
      body: { uid: 'FCT-B', online: 'yes' },
      status: 400,
      code: 'EMS_ERR_INVALID',
      says: ['online "yes"', 'boolean'],
    },
    {
      what: 'number for a list',
      method: 'POST',
      path: ep,
      body: { uid: 'FCT-B', ips: 5 },
      status: 400,
      code: 'EMS_ERR_INVALID',
      says: ['ips 5'],
    },
    {
      what: 'invalid IP',
      method: 'POST',
      path: ep,
      body: { uid: 'FCT-B', ips: ['10.0.0.1', '10.0.0.256'] },
      status: 400,
      code: 'EMS_ERR_INVALID',
      says: ['ips[1] "10.0.0.256"', 'IPv4'],
    },
    {
      what: 'invalid MAC',
      method: 'PUT',
      path: `${ep}/FCT-A/ips`,
      body: { ips: ['10.0.0.2'], macs: ['0C-37-96-06-D7-5D'] },
      status: 400,
      code: 'EMS_ERR_INVALID',
      says: ['macs[0] "0C-37-96-06-D7-5D"', 'MAC'],
    },
    {
      what: 'missing uid',
      method: 'POST',
      path: ep,
      body: { hostname: 'x' },
      status: 400,
      code: 'EMS_ERR_INVALID',
      says: ['uid undefined', 'required'],
    },
    {
      what: 'unknown field',
      method: 'POST',
      path: ep,
      body: { uid: 'FCT-B', colour: 'red' },
      status: 400,
      code: 'EMS_ERR_INVALID',
      says: ['colour "red"', 'not a known field'],
    },
    {
      what: 'bad uid in path',
      method: 'POST',
      path: `${ep}/bad%20uid/offline`,
      status: 400,
      code: 'EMS_ERR_INVALID',
      says: ['params.uid "bad uid"'],
    },
    {
      what: 'bad tag in path',
      method: 'PUT',
      path: `${ep}/FCT-A/tags/a%24b`,
      status: 400,
      code: 'EMS_ERR_INVALID',
      says: ['params.tag "a$b"'],
    },
    {
      what: 'bad tag kind',
      method: 'PUT',
      path: `${ep}/FCT-A/tags/DB?kind=posture`,
      status: 400,
      code: 'EMS_ERR_INVALID',
      says: ['querystring.kind "posture"'],
    },
    {
      what: 'unknown endpoint',
      method: 'PUT',
      path: `${ep}/NOBODY/tags/DB`,
      status: 404,
      code: 'EMS_ERR_NOT_FOUND',
      says: ['uid "NOBODY"'],
    },
    {
      what: 'unknown endpoint delete',
      method: 'DELETE',
      path: `${ep}/NOBODY`,
      status: 404,
      code: 'EMS_ERR_NOT_FOUND',
      says: ['uid "NOBODY"'],
    },
    {
      what: 'malformed JSON',
      method: 'POST',
      path: ep,
      body: '{"uid": ',
      status: 400,
      code: 'EMS_ERR_INVALID_JSON',
      says: ['JSON'],
    },
    {
      what: 'oversized body',
      method: 'POST',
      path: ep,
      body: JSON.stringify({ uid: 'FCT-B', hostname: 'x'.repeat(2 * 1024 * 1024) }),
      status: 413,
      code: 'EMS_ERR_TOO_LARGE',
      says: ['limit of 1048576 bytes'],
    },
    {
      what: 'churn without seed',
      method: 'POST',
      path: '/api/v1/churn',
      body: { count: 10 },
      status: 400,
      code: 'EMS_ERR_INVALID',
      says: ['seed undefined'],
    },
    {
      what: 'churn without an end',
      method: 'POST',
      path: '/api/v1/churn',
      body: { seed: 1 },
      status: 400,
      code: 'EMS_ERR_INVALID',
      says: ['durationMs undefined'],
    },
    {
      what: 'churn negative rate',
      method: 'POST',
      path: '/api/v1/churn',
      body: { seed: 1, count: 5, rate: -3 },
      status: 400,
      code: 'EMS_ERR_INVALID',
      says: ['rate -3'],
    },
    {
      what: 'scenario with a bad step',
      method: 'POST',
      path: '/api/v1/scenarios',
      body: { name: 's', steps: [{ at: 0, op: 'attach', uid: 'FCT-A', tags: ['bad tag'] }] },
      status: 400,
      code: 'EMS_ERR_SCENARIO',
      says: ['/steps/0'],
    },
    {
      what: 'scenario steps out of order',
      method: 'POST',
      path: '/api/v1/scenarios',
      body: {
        name: 's',
        steps: [
          { at: 50, op: 'offline', uid: 'FCT-A' },
          { at: 10, op: 'online', uid: 'FCT-A' },
        ],
      },
      status: 400,
      code: 'EMS_ERR_SCENARIO',
      says: ['/steps/1/at 10'],
    },
    {
      what: 'fault probability above 1',
      method: 'PUT',
      path: '/api/v1/faults',
      body: { drop: 2 },
      status: 400,
      code: 'EMS_ERR_INVALID',
      says: ['drop 2'],
    },
    {
      what: 'reset with a bad field',
      method: 'POST',
      path: '/api/v1/reset',
      body: { newIncarnation: 'yes' },
      status: 400,
      code: 'EMS_ERR_INVALID',
      says: ['newIncarnation "yes"'],
    },
    {
      what: 'unknown run',
      method: 'GET',
      path: '/api/v1/runs/run-999',
      status: 404,
      code: 'EMS_ERR_NOT_FOUND',
      says: ['run-999'],
    },
    {
      what: 'deeply nested body',
      method: 'POST',
      path: ep,
      body: `${'{"a":'.repeat(150_000)}1${'}'.repeat(150_000)}`,
      status: 400,
      code: 'EMS_ERR_INVALID_JSON',
      says: ['body: nested deeper than 64 levels'],
    },
    {
      what: 'deeply nested scenario',
      method: 'POST',
      path: '/api/v1/scenarios',
      body: `${'{"a":'.repeat(150_000)}1${'}'.repeat(150_000)}`,
      status: 400,
      code: 'EMS_ERR_INVALID_JSON',
      says: ['body: nested deeper than 64 levels'],
    },
    {
      what: 'bad percent-encoding',
      method: 'GET',
      path: `${ep}/%zz`,
      status: 400,
      code: 'EMS_ERR_BAD_URL',
      says: ['%zz'],
    },
    {
      what: 'unknown route',
      method: 'GET',
      path: '/api/v1/nothing',
      status: 404,
      code: 'EMS_ERR_NOT_FOUND',
      says: ['/api/v1/nothing'],
    },
  ];

  it.each(cases)('$what → $status $code', async ({ method, path, body, status, code, says }) => {
    const res = await call(base, method, path, body);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    for (const part of says) expect(res.body.error.message).toContain(part);
  });

  it('refuses a body that is not JSON with 415 naming the content type', async () => {
    const res = await call(base, 'POST', '/api/v1/endpoints', '<uid>FCT-X</uid>', {
      'content-type': 'application/xml',
    });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('EMS_ERR_MEDIA_TYPE');
    expect(res.body.error.message).toContain('"application/xml"');
  });

  it('left the state, the sequence, the faults and the stream as they were', async () => {
    await mock.flush();
    expect(mock.seq).toBe(1);
    expect(mock.state().endpoints).toEqual([
      expect.objectContaining({ uid: 'FCT-A', ips: ['10.0.0.1'], macs: [], ztnaTags: ['APP'], online: true }),
    ]);
    expect(mock.faults).toMatchObject({ drop: 0, duplicate: 0, reorder: 0, delay: 0 });
    expect(mock.runs()).toEqual([]);
    expect((await readStream(nc, mock.config.subjects.stream)).map((s) => s.envelope.seq)).toEqual([1]);
  });

  it('asks for the Bearer token when one is configured, except on the health probes', async () => {
    const guarded = await startMock(nc, {
      emsId: 2,
      httpPort: 0,
      apiToken: 's3cret',
      subjects: mock.config.subjects,
    });
    try {
      const url = guarded.httpAddress as string;
      const refused = await call(url, 'GET', '/api/v1/state');
      expect(refused.status).toBe(401);
      expect(refused.body.error.code).toBe('EMS_ERR_UNAUTHORIZED');
      expect(
        (await call(url, 'GET', '/api/v1/state', undefined, { authorization: 'Bearer wrong' })).status,
      ).toBe(401);
      expect(
        (await call(url, 'GET', '/api/v1/state', undefined, { authorization: 'Bearer s3cret' })).status,
      ).toBe(200);
      expect((await call(url, 'GET', '/healthz')).status).toBe(200);
      expect((await call(url, 'GET', '/healthz?probe=1')).status).toBe(200);
      expect((await call(url, 'GET', '/api/v1/state?x=/healthz')).status).toBe(401);
    } finally {
      await guarded.stop();
    }
  });

  it('reports a busy HTTP port naming host and port', async () => {
    const port = Number(new URL(base).port);
    await expect(startMock(nc, { emsId: 2, httpPort: port, subjects: mock.config.subjects })).rejects.toThrow(
      `HTTP API on 127.0.0.1:${port}`,
    );
  });

  it('refuses to start on a non-loopback host without a token', async () => {
    await expect(startMock(nc, { emsId: 2, httpPort: 0, httpHost: '0.0.0.0' })).rejects.toThrow(
      /apiToken undefined: required when the HTTP API listens on the non-loopback host "0.0.0.0"/,
    );
  });
});
