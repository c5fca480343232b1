import { DEAD_LETTER_REASON_HEADER, ztna } from '@ztna/proto';
import type { Redis } from 'ioredis';
import { AckPolicy, nanos, type Msg } from 'nats';
import { describe, expect, it } from 'vitest';
import { waitFor } from '@ztna/test';
import { redisMembership } from './tagsync-fixture.js';
import { tagSyncSuite } from './tagsync-suite.js';

describe('tag sync: faults', () => {
  const t = tagSyncSuite();

  it('dead-letters malformed, foreign and invalid messages with the reason and changes nothing else', async () => {
    await t.start();
    await t.ems.upsert({ uid: 'A', ips: ['10.0.0.5'], ztnaTags: ['T'] });
    await t.converged('before');
    const revision = t.gateway!.tagSync.revision;
    const parked: Msg[] = [];
    const sub = t.nc.subscribe(t.iso.subjects.deadLetter('gw1'), { callback: (_e, m) => parked.push(m) });
    const js = t.nc.jetstream();
    const subject = t.iso.subjects.endpointEvents(1, 'A');
    const envelope = (fields: Partial<ztna.v1.IEnvelope>): Uint8Array =>
      ztna.v1.Envelope.encode({
        emsId: 1,
        emsSerial: t.ems.serial,
        incarnation: t.ems.incarnation,
        seq: t.ems.seq + 1,
        emittedAtMs: Date.now(),
        endpointOffline: { uid: 'A' },
        ...fields,
      }).finish();
    await js.publish(subject, new Uint8Array([0xff, 0xff, 0xff, 0x01]));
    await js.publish(t.iso.subjects.endpointEvents(5, 'A'), envelope({ emsId: 5 }));
    await js.publish(subject, envelope({ emsSerial: 'FCTEMS9999999999' }));
    await js.publish(
      subject,
      envelope({ endpointOffline: null, addressChange: { uid: 'A', ips: ['10.0.0.300'] } }),
    );
    await js.publish(
      subject,
      envelope({ endpointOffline: null, addressChange: { uid: 'A', macs: ['AA:BB'] } }),
    );
    await js.publish(subject, envelope({ endpointOffline: { uid: 'bad uid!' } }));
    await js.publish(subject, new Uint8Array(70 * 1024));
    await waitFor(() => parked.length === 7 || undefined, { what: '7 dead letters' });
    sub.unsubscribe();
    const reasons = parked.map((m) => m.headers?.get(DEAD_LETTER_REASON_HEADER));
    expect(reasons).toEqual([
      expect.stringMatching(/^malformed: envelope /),
      expect.stringMatching(/^unknown-ems: emsId 5: /),
      expect.stringMatching(/^unknown-ems: emsSerial "FCTEMS9999999999": /),
      expect.stringMatching(/^invalid-ip: addressChange.ips\[0\] "10.0.0.300": /),
      expect.stringMatching(/^invalid-mac: addressChange.macs\[0\] "AA:BB": /),
      expect.stringMatching(/^invalid-uid: endpointOffline.uid "bad uid!": /),
      expect.stringMatching(/^oversized: envelope "71680 bytes": /),
    ]);
    await t.ems.attach('A', ['U']);
    await t.converged('after: the consumer went on');
    expect(t.gateway!.tagSync.revision).toBe(revision + 1);
    const metrics = await t.gateway!.registry.getSingleMetricAsString('ztna_tagsync_dead_letter_total');
    expect(metrics).toContain('ztna_tagsync_dead_letter_total{kind="unknown-ems"} 2');
  });

  it('treats duplicated deliveries and JetStream redeliveries as no-ops', async () => {
    const jsm = await t.nc.jetstreamManager();
    await jsm.consumers.add(t.iso.subjects.stream, {
      durable_name: t.iso.subjects.durable('gw1'),
      ack_policy: AckPolicy.Explicit,
      filter_subject: t.iso.subjects.eventsFilter,
      ack_wait: nanos(1000),
    });
    for (let i = 0; i < 5; i++) await t.ems.upsert({ uid: `E${i}`, ips: [`10.0.1.${i}`], ztnaTags: ['T'] });
    const rogue = await t.nc.jetstream().consumers.get(t.iso.subjects.stream, t.iso.subjects.durable('gw1'));
    const taken = await rogue.fetch({ max_messages: 3, expires: 2000 });
    let unacked = 0;
    for await (const _m of taken) if (++unacked === 3) break;
    const dup = await t.ems.publish('E0', { endpointOffline: { uid: 'E0' } });
    t.ems.endpoints.get('E0')!.online = false;
    await t.nc.jetstream().publish(t.iso.subjects.endpointEvents(1, 'E0'), dup, { msgID: 'again' });
    await t.start();
    await t.converged('applied once');
    await waitFor(
      async () => {
        const info = await jsm.consumers.info(t.iso.subjects.stream, t.iso.subjects.durable('gw1'));
        const done =
          info.delivered.consumer_seq >= 10 && info.num_ack_pending === 0 && info.num_pending === 0;
        if (!done)
          throw new Error(JSON.stringify({ delivered: info.delivered, ackPending: info.num_ack_pending }));
        return true;
      },
      { what: 'redelivered messages acked', timeoutMs: 15_000 },
    );
    const skipped = await t.gateway!.registry.getSingleMetricAsString('ztna_tagsync_events_skipped_total');
    expect(skipped).toContain('ztna_tagsync_events_skipped_total{reason="duplicate"} 7');
    await t.converged('still the same');
    expect(t.gateway!.tagSync.revision).toBe(t.sink.revision);
  });

  it('heals lost events (purged stream) and an EMS restart by resyncing from a snapshot', async () => {
    await t.start();
    await t.ems.upsert({ uid: 'A', ips: ['10.0.0.5'], ztnaTags: ['T'] });
    await t.converged('before');
    await t.gateway!.stop();
    await t.ems.upsert({ uid: 'B', ips: ['10.0.0.6'], ztnaTags: ['T'] });
    await t.ems.offline('A');
    const jsm = await t.nc.jetstreamManager();
    await jsm.streams.purge(t.iso.subjects.stream);
    await t.ems.attach('B', ['U']);
    await t.start();
    await t.converged('gap healed');
    t.ems.restart();
    t.ems.endpoints.clear();
    await t.ems.upsert({ uid: 'C', ips: ['10.0.0.7'], ztnaTags: ['V'] });
    await t.converged('new incarnation healed');
    expect(t.gateway!.tagSync.syncStatus().ems[0]).toMatchObject({
      incarnation: t.ems.incarnation,
      appliedSeq: t.ems.seq,
      state: 'in-sync',
    });
  });

  it('keeps going when a Redis reply is lost after the script ran', async () => {
    let lose = 1;
    const lossy = new Proxy(t.redis, {
      get(target, prop, receiver) {
        if (prop === 'call') {
          return async (...args: Parameters<Redis['call']>) => {
            const reply = await (target.call as (...a: unknown[]) => Promise<unknown>)(...args);
            if (args[0] === 'EVALSHA' && lose-- === 1) throw new Error('connection lost before the reply');
            return reply;
          };
        }
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    await t.ems.upsert({ uid: 'A', ips: ['10.0.0.5'], ztnaTags: ['T'] });
    await t.start({}, lossy);
    await t.ems.upsert({ uid: 'B', ips: ['10.0.0.6'], ztnaTags: ['T'] });
    await t.converged('converged despite the lost reply');
    expect(lose).toBeLessThan(1);
  });

  it('marks an EMS that stops answering out of sync after the threshold and flushes when told to', async () => {
    await t.start({ reconcileIntervalMs: 1000, outOfSyncThresholdS: 1, outOfSyncPolicy: 'flush' });
    await t.ems.upsert({ uid: 'A', ips: ['10.0.0.5'], ztnaTags: ['T'] });
    await t.converged('before');
    t.ems.answering = false;
    await waitFor(() => t.gateway!.tagSync.syncStatus().ems[0]?.state === 'out-of-sync', {
      what: 'out-of-sync',
      timeoutMs: 15_000,
    });
    expect(await redisMembership(t.redis, t.iso.keyPrefix, 'gw1')).toEqual(new Map());
    expect(t.gateway!.tagSync.endpointRecords().map((r) => [r.uid, r.outOfSync])).toEqual([['A', true]]);
    t.ems.answering = true;
    await t.converged('back in sync');
    expect(t.gateway!.tagSync.syncStatus().ems[0]?.state).toBe('in-sync');
  });
});
