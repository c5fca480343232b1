import { describe, expect, it } from 'vitest';
import { waitFor } from '@ztna/test';
import { RecordingSink, redisMembership } from './tagsync-fixture.js';
import { tagSyncSuite } from './tagsync-suite.js';

describe('tag sync: events into Redis', () => {
  const t = tagSyncSuite();
  const start = (): ReturnType<typeof t.start> => t.start();
  const converged = (what: string): Promise<void> => t.converged(what);

  it('applies every kind of event and keeps Redis, the sink and the EMS equal', async () => {
    await start();
    await waitFor(() => t.gateway!.tagSync.syncStatus().ems[0]?.state === 'in-sync', {
      what: 'first resync',
    });
    await t.ems.upsert({
      uid: 'FCT1',
      ips: ['192.168.30.108'],
      macs: ['0c:37:96:06:d7:5d'],
      ztnaTags: ['APP'],
    });
    await t.ems.upsert({ uid: 'FCT2', ips: ['192.168.30.47'], ztnaTags: ['APP', 'DB'] });
    await converged('two endpoints');
    await t.ems.attach('FCT1', ['DB']);
    await t.ems.detach('FCT2', ['APP']);
    await t.ems.changeAddresses('FCT1', ['192.168.30.109'], ['0c:37:96:06:d7:5e']);
    await converged('tags and addresses moved');
    await t.ems.offline('FCT2');
    await t.ems.remove('FCT1');
    await converged('offline and removed');
    const status = t.gateway!.tagSync.syncStatus();
    expect(status.ems[0]).toMatchObject({
      id: 1,
      appliedSeq: t.ems.seq,
      incarnation: t.ems.incarnation,
      state: 'in-sync',
    });
    expect(t.sink.changes.map((c) => c.revision)).toEqual(t.sink.changes.map((_, i) => i + 1));
  });

  it('keeps a shared IP in the address until the last endpoint holding it leaves', async () => {
    await start();
    await t.ems.upsert({ uid: 'A', ips: ['10.0.0.5'], ztnaTags: ['T'] });
    await t.ems.upsert({ uid: 'B', ips: ['10.0.0.5'], ztnaTags: ['T'] });
    await converged('both hold the IP');
    await t.ems.offline('A');
    await converged('B still holds it');
    expect((await redisMembership(t.redis, t.iso.keyPrefix, 'gw1')).get('EMS1_ZTNA_T')).toEqual(['10.0.0.5']);
    await t.ems.detach('B', ['T']);
    await converged('nobody holds it');
    expect((await redisMembership(t.redis, t.iso.keyPrefix, 'gw1')).get('EMS1_ZTNA_T')).toBeUndefined();
  });

  it('loads its mirror from Redis on restart and continues without a resync', async () => {
    await start();
    await t.ems.upsert({ uid: 'A', ips: ['10.0.0.5'], ztnaTags: ['T'] });
    await converged('first run');
    const ids = t.gateway!.tagSync.dynamicAddresses().map((a) => [a.name, a.id]);
    await t.gateway!.stop();
    const requests = t.ems.snapshotRequests;
    t.sink = new RecordingSink();
    await start();
    expect(t.sink.changes[0]?.created.map((a) => [a.name, a.id])).toEqual(ids);
    await t.ems.attach('A', ['U']);
    await converged('second run');
    expect(t.ems.snapshotRequests).toBe(requests);
    expect(
      t
        .gateway!.tagSync.dynamicAddresses()
        .filter((a) => a.tag === 'T')
        .map((a) => [a.name, a.id]),
    ).toEqual(ids);
  });
});
