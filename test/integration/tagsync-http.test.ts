import { describe, expect, it } from 'vitest';
import { tagSyncSuite } from './tagsync-suite.js';

describe('gateway HTTP: sync status, dynamic addresses, health, metrics', () => {
  const t = tagSyncSuite();

  it('reports sync state and dynamic addresses, and guards the API with the bearer token', async () => {
    const gateway = await t.start({ apiToken: 'secret' });
    await t.ems.upsert({ uid: 'A', ips: ['10.0.0.5'], macs: ['0c:37:96:06:d7:5d'], ztnaTags: ['APP'] });
    await t.converged('one endpoint');
    const auth = { authorization: 'Bearer secret' };
    const refused = await fetch(`${gateway.url}/api/v1/sync`);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({
      error: { code: 'ZTNA_ERR_AUTH', message: expect.stringMatching(/^header authorization: missing/) },
    });
    expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${gateway.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      ready: true,
      checks: { nats: true, redis: true, mirror: true, consumer: true },
    });
    const sync = (await (await fetch(`${gateway.url}/api/v1/sync`, { headers: auth })).json()) as unknown;
    expect(sync).toEqual({
      revision: gateway.tagSync.revision,
      ems: [
        {
          id: 1,
          serial: t.ems.serial,
          incarnation: t.ems.incarnation,
          appliedSeq: 1,
          state: 'in-sync',
          lastEventAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          // The test EMS sends no heartbeat; nothing was refused as forged.
          lastHeartbeatAt: null,
          refused: { refuted: 0, lastRefusal: null },
        },
      ],
    });
    const addresses = await (
      await fetch(`${gateway.url}/api/v1/dynamic-addresses`, { headers: auth })
    ).json();
    expect(addresses).toEqual([
      { name: 'EMS1_ZTNA_APP', tag: 'APP', id: 100, emsId: 1, kind: 'ztna-ip', members: ['10.0.0.5'] },
      {
        name: 'MAC_EMS1_ZTNA_APP',
        tag: 'APP',
        id: 101,
        emsId: 1,
        kind: 'ztna-mac',
        members: ['0c:37:96:06:d7:5d'],
      },
    ]);
    const metrics = await (await fetch(`${gateway.url}/metrics`, { headers: auth })).text();
    expect(metrics).toContain('ztna_tagsync_resyncs_total{ems="1",cause="no-state",outcome="ok"} 1');
    expect(metrics).toMatch(/ztna_tagsync_events_applied_total [01]\n/);
    expect(metrics).toMatch(/ztna_tagsync_revision \d+/);
  });
});
