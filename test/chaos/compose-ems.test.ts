// The compose target's EMS handle (runner/compose-ems.ts) against a real EMS mock's HTTP API: its seq
// follows the changes, churn starts once and stops for good, and hold() counts an incarnation exactly
// (churn cancelled, events flushed, faults counted) while a change made meanwhile waits for release().
import type { EmsMock } from '@ztna/ems-mock';
import { startNats, type ServerHandle } from '@ztna/test';
import type { NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNats, deleteStream, startMock } from '../integration/ems-fixture.js';
import { ComposeEms } from './runner/compose-ems.js';

describe('ComposeEms over the EMS mock HTTP API', () => {
  let nats: ServerHandle;
  let nc: NatsConnection;
  let mock: EmsMock;
  let ems: ComposeEms;

  beforeAll(async () => {
    nats = await startNats();
    nc = await connectNats(nats.url);
    mock = await startMock(nc, { emsId: 2, httpPort: 0 });
    ems = new ComposeEms(2, mock.httpAddress!, 'chaos-test-token-0123456789');
  });

  afterAll(async () => {
    await mock?.stop();
    await deleteStream(nc, mock.config.subjects.stream);
    await nc?.close();
    await nats?.close();
  });

  it('follows the EMS seq through its changes and refresh()', async () => {
    await ems.refresh();
    expect({ incarnation: ems.incarnation, seq: ems.seq }).toEqual({ incarnation: mock.incarnation, seq: 0 });
    const ips = ['192.168.30.130'];
    expect(await ems.upsertEndpoint({ uid: 'FCT-H', ips, ztnaTags: ['APP'], online: true })).toBe(1);
    expect(await ems.attachTag('FCT-H', 'WEB')).toBe(2);
    expect(await ems.detachTag('FCT-H', 'WEB')).toBe(3);
    expect(ems.seq).toBe(3);
    const state = await ems.state();
    expect(state.endpoints.map((e) => [e.ips, e.ztnaTags])).toEqual([[ips, ['APP']]]);
  });

  it('starts one churn run however often asked, and stops it', async () => {
    const churn = { seed: 5, rate: 500, durationMs: 60_000, endpoints: 50, tags: 4 };
    await ems.startChurn(() => churn);
    await ems.startChurn(() => churn);
    expect(mock.runs().filter((r) => r.status === 'running')).toHaveLength(1);
    await ems.stopChurn();
    expect(mock.runs().map((r) => r.status)).toEqual(['cancelled']);
    await ems.flush();
    expect(mock.unacked).toBe(0);
  });

  it('holds changes while it counts an incarnation: churn cancelled, events flushed, faults counted', async () => {
    const before = await mock.status();
    await ems.setFaults({ seed: 1, drop: 1 });
    await ems.attachTag('FCT-H', 'DROPPED');
    await ems.setFaults({});
    await ems.startChurn(() => ({ seed: 6, rate: 500, durationMs: 60_000, endpoints: 50, tags: 4 }));
    const { retired, release } = await ems.hold();
    expect(mock.runs().some((r) => r.status === 'running')).toBe(false);
    expect(mock.unacked).toBe(0);
    expect(retired).toEqual({
      emsId: 2,
      incarnation: mock.incarnation,
      seq: mock.seq,
      dropped: before.faultsInjected.drop + 1,
      duplicated: before.faultsInjected.duplicate,
    });
    const late = ems.detachTag('FCT-H', 'APP');
    await ems.refresh(); // a call made after the change: it is answered, the held change is not sent
    expect(mock.seq).toBe(retired.seq);
    await ems.startChurn(() => ({ seed: 7, rate: 500, durationMs: 60_000, endpoints: 50, tags: 4 }));
    expect(mock.runs().some((r) => r.status === 'running')).toBe(false);
    release();
    expect(await late).toBe(retired.seq + 1);
    expect(mock.seq).toBe(retired.seq + 1);
  });
});
