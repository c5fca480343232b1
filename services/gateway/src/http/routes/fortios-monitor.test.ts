import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../core/clock.js';
import { createEngine } from '../../core/engine/engine.js';
import { DEFAULT_IDENTITY } from '../../core/model/fortios-identity.js';
import { TcpFlag } from '../../core/model/engine-api.js';
import { gatewayErrorHandling } from '../error-reply.js';
import { errorReplier, typeboxValidator } from '@ztna/service-kit';
import { seedConfig, seedMembership, sshOrg } from '../../../testing/seed-network.js';
import { fortiosRoutes } from './fortios-routes.js';

let app: FastifyInstance;

beforeEach(async () => {
  const engine = createEngine(seedConfig(), { clock: new FakeClock() });
  engine.onMembershipChange(seedMembership(1));
  for (let i = 0; i < 5; i++) engine.process({ ...sshOrg(TcpFlag.SYN), sport: 50000 + i });
  const sync = {
    syncStatus: () => ({
      revision: 1,
      ems: [
        { id: 1, appliedSeq: 42, state: 'in-sync' },
        { id: 2, appliedSeq: 0, state: 'out-of-sync' },
      ],
    }),
  };
  app = Fastify();
  app.setValidatorCompiler(typeboxValidator);
  app.setErrorHandler(errorReplier(gatewayErrorHandling(app.log)));
  await app.register(fortiosRoutes, { engine, sync });
  await app.ready();
});
afterEach(() => app.close());

const get = async (url: string) => {
  const res = await app.inject(url);
  return { code: res.statusCode, body: res.json() };
};

describe('FortiOS REST monitor paths', () => {
  // FortiOS 7.4 REST API reference (monitor): every reply carries this envelope; the serial is the
  // gateway's one identity, the same `get system status` prints.
  it('answers in FortiOS envelope with the gateway serial, version and build', async () => {
    const { code, body } = await get('/api/v2/monitor/firewall/address-dynamic?vdom=root');
    expect(code).toBe(200);
    expect(Object.keys(body).sort()).toEqual(
      [
        'action',
        'build',
        'http_method',
        'name',
        'path',
        'results',
        'serial',
        'status',
        'vdom',
        'version',
      ].sort(),
    );
    expect(body).toMatchObject({
      http_method: 'GET',
      vdom: 'root',
      path: 'firewall',
      name: 'address-dynamic',
      action: '',
      status: 'success',
      serial: DEFAULT_IDENTITY.serial,
      version: DEFAULT_IDENTITY.version,
      build: DEFAULT_IDENTITY.build,
    });
  });

  it('honours start and count, and keeps the total of all matches', async () => {
    const all = await get('/api/v2/monitor/firewall/session');
    expect(all.body.results.details.map((d: { sport: number }) => d.sport)).toEqual([
      50000, 50001, 50002, 50003, 50004,
    ]);
    const slice = await get('/api/v2/monitor/firewall/session?start=1&count=2&vdom=root&dport=22');
    expect(slice.body.results.details.map((d: { sport: number }) => d.sport)).toEqual([50001, 50002]);
    expect(slice.body.results.total).toBe(5);
    expect((await get('/api/v2/monitor/firewall/session?count=1001')).code).toBe(400);
  });

  it('selects one object by mkey, and answers the FortiOS error envelope for none or another VDOM', async () => {
    const one = await get('/api/v2/monitor/firewall/address-dynamic?mkey=EMS1_ZTNA_APP_SERVERS');
    expect(one.body.results).toHaveLength(1);
    expect(one.body.results[0]).toMatchObject({ name: 'EMS1_ZTNA_APP_SERVERS', id: 115 });
    for (const url of [
      '/api/v2/monitor/firewall/address-dynamic?mkey=NOPE',
      '/api/v2/monitor/firewall/session?vdom=dmz',
      '/api/v2/monitor/system/external-resource/entry-list?mkey=NOPE',
    ]) {
      const { code, body } = await get(url);
      expect(code).toBe(404);
      expect(body).toMatchObject({ status: 'error', http_status: 404, serial: DEFAULT_IDENTITY.serial });
    }
  });

  it('reports EMS connector status, all or one by ems_id', async () => {
    const all = await get('/api/v2/monitor/endpoint-control/ems/status');
    expect(all.body).toMatchObject({ path: 'endpoint-control', name: 'ems', status: 'success' });
    expect(all.body.results).toEqual([
      { ems_id: 1, name: 'ems1', serial: '', status: 'connected', applied_seq: 42 },
      { ems_id: 2, name: 'ems2', serial: '', status: 'disconnected', applied_seq: 0 },
    ]);
    const one = await get('/api/v2/monitor/endpoint-control/ems/status?ems_id=2');
    expect(one.body.results).toEqual([expect.objectContaining({ ems_id: 2, status: 'disconnected' })]);
    expect((await get('/api/v2/monitor/endpoint-control/ems/status?ems_id=5')).body).toMatchObject({
      status: 'error',
      http_status: 404,
    });
  });
});
