import { Redis } from 'ioredis';
import { connect, type NatsConnection } from 'nats';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmsMock, type EmsMock } from '@ztna/ems-mock';
import { startNats, startRedis, waitFor, type ServerHandle } from '@ztna/test';
import { createGateway, type Gateway } from '@ztna/gateway';
import { silentObserver } from '../../services/gateway/src/tagsync/ports.js';
import {
  deleteKeys,
  expectedMembership,
  isolation,
  redisMembership,
  sorted,
  testConfig,
} from './tagsync-fixture.js';

const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

interface SyncReply {
  ems: { id: number; serial: string; state: string; appliedSeq: number; lastHeartbeatAt: string | null }[];
}

describe('an EMS connector added and deleted through the console (live fctems edits)', () => {
  let natsServer: ServerHandle;
  let redisServer: ServerHandle;
  let nc: NatsConnection;
  let redis: Redis;
  let ems1: EmsMock;
  let ems2: EmsMock;
  let gateway: Gateway;
  const iso = isolation();
  const unknownEms: string[] = [];

  beforeAll(async () => {
    [natsServer, redisServer] = await Promise.all([startNats(), startRedis()]);
    nc = await connect({ servers: natsServer.url });
    redis = new Redis(redisServer.url);
    ems1 = await createEmsMock({ nc, logger }, { emsId: 1, subjects: iso.subjects });
    ems2 = await createEmsMock({ nc, logger }, { emsId: 2, subjects: iso.subjects });
    const observer = {
      ...silentObserver,
      deadLettered: (kind: string, refusal: { problem: { value: unknown } }) => {
        if (kind === 'unknown-ems') unknownEms.push(String(refusal.problem.value));
      },
    };
    gateway = await createGateway(
      { nc, redis, logger, observer },
      testConfig(iso, { connectors: [{ id: 1, serial: ems1.config.serial, name: 'ems1' }] }),
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await ems1?.stop();
    await ems2?.stop();
    await deleteKeys(redis, iso.keyPrefix);
    redis?.disconnect();
    await nc?.close();
    await Promise.all([natsServer?.close(), redisServer?.close()]);
  });

  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${gateway.url}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };
  const cli = async (command: string): Promise<string> =>
    (await api<{ output: string }>('POST', '/api/v1/cli', { command })).output;
  const bothEms = (): Map<string, string[]> =>
    new Map([...expectedMembership(ems1.state()), ...expectedMembership(ems2.state())]);
  const engineMembership = (): Map<string, string[]> =>
    new Map(gateway.engine.dynamicAddresses().map((a) => [a.name, [...a.members].sort()]));
  /** Waits until Redis and the engine both hold `want` (non-empty addresses), failing with what they held. */
  const membershipIs = async (want: () => Map<string, string[]>, what: string): Promise<void> => {
    await Promise.all([ems1.flush(), ems2.flush()]);
    await waitFor(
      async () => {
        const expected = JSON.stringify(sorted(want()));
        const inRedis = JSON.stringify(sorted(await redisMembership(redis, iso.keyPrefix, 'gw1')));
        const inEngine = JSON.stringify(sorted(engineMembership()));
        if (inRedis !== expected || inEngine !== expected) {
          throw new Error(`want ${expected}; redis ${inRedis}; engine ${inEngine}`);
        }
        return true;
      },
      { what, timeoutMs: 20_000 },
    );
  };

  it('consumes EMS 2 once `edit 2` adds it: snapshot first, then the stream, in /sync and the console', async () => {
    ems1.domain.upsertEndpoint({ uid: 'A1', ips: ['10.1.0.1'], ztnaTags: ['APP'] });
    ems2.domain.upsertEndpoint({
      uid: 'B1',
      ips: ['10.2.0.1'],
      ztnaTags: ['APP'],
      macs: ['0c:37:96:06:d7:5d'],
    });
    ems2.domain.upsertEndpoint({ uid: 'B2', ips: ['10.2.0.2'], ztnaTags: ['DB'] });
    await membershipIs(() => expectedMembership(ems1.state()), 'EMS 1 only before the edit');
    await waitFor(() => unknownEms.length >= 2, { what: 'EMS 2 events refused as unknown-ems' });

    const output = await cli(
      [
        'config endpoint-control fctems',
        'edit 2',
        'set name "ems2"',
        'set server "192.168.30.11"',
        `set serial-number "${ems2.config.serial}"`,
        'next',
        'end',
      ].join('\n'),
    );
    expect(output).toBe('');
    await membershipIs(bothEms, 'EMS 2 snapshot applied');
    ems2.domain.attachTags('B2', ['APP']);
    ems2.domain.setOffline('B1');
    await membershipIs(bothEms, 'EMS 2 events applied after the snapshot');

    const sync = await waitFor(
      async () => {
        const reply = await api<SyncReply>('GET', '/api/v1/sync');
        const two = reply.ems.find((e) => e.id === 2);
        if (two?.state !== 'in-sync' || two.appliedSeq !== ems2.seq || two.lastHeartbeatAt === null) {
          throw new Error(`EMS 2 at seq ${ems2.seq}; /sync ${JSON.stringify(reply.ems)}`);
        }
        return reply;
      },
      { what: 'EMS 2 in sync with a heartbeat heard', timeoutMs: 10_000 },
    );
    expect(sync.ems.map((e) => [e.id, e.serial, e.state])).toEqual([
      [1, ems1.config.serial, 'in-sync'],
      [2, ems2.config.serial, 'in-sync'],
    ]);
    const fcnacd = await cli('diagnose test application fcnacd 2');
    expect(fcnacd).toContain(
      `FortiClient EMS number 2:\n\tname: ems2 confirmed: yes\n\tfetched-serial-number: ${ems2.config.serial}\n\tWebsocket status: connected\n`,
    );
    expect(await cli('execute fctems verify ems2')).toBe('Server certificate already verified.\n');
  });

  it('stops consuming EMS 2 once `delete 2`: its members are dropped and later events change nothing', async () => {
    const output = await cli('config endpoint-control fctems\ndelete 2\nend');
    expect(output).toBe('');
    await membershipIs(() => expectedMembership(ems1.state()), 'EMS 2 members dropped');
    expect(engineMembership().has('EMS2_ZTNA_APP')).toBe(true); // the object stays, without members
    const sync = await api<SyncReply>('GET', '/api/v1/sync');
    expect(sync.ems.map((e) => e.id)).toEqual([1]);

    const refused = unknownEms.length;
    ems2.domain.upsertEndpoint({ uid: 'B3', ips: ['10.2.0.3'], ztnaTags: ['APP'] });
    ems1.domain.upsertEndpoint({ uid: 'A2', ips: ['10.1.0.2'], ztnaTags: ['APP'] });
    await ems2.flush();
    await waitFor(() => unknownEms.length > refused, { what: 'the new EMS 2 event refused as unknown-ems' });
    await membershipIs(() => expectedMembership(ems1.state()), 'EMS 1 still consumed, EMS 2 not');
    expect(await redis.smembers(`${iso.keyPrefix}:{gw1}:addr:EMS2_ZTNA_APP`)).toEqual([]);
  });
});
