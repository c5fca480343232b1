// The event feed's outlets on a real stack: SSE replay with Last-Event-ID, the JSON long-poll (and the
// consumer example of docs/EVENTS.md), 410 for an id the gateway does not have, syslog over UDP to a
// collector the test starts, and the JetStream stream.
import { createSocket } from 'node:dgram';
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { ztna, gatewayEventsFilter } from '@ztna/proto';
import { Latch, startNats, startRedis, waitFor, type ServerHandle } from '@ztna/test';
import { AckPolicy, DeliverPolicy } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followAddress } from '../../docs/examples/feed-consumer.js';
import { seedEndpoints, startStack, type Stack } from './e2e-stack.js';
import { FeedConsumer } from './feed-consumer.js';

const denied = (sport: number) => ({
  proto: 'tcp',
  src: '192.168.30.200',
  sport,
  dst: '192.168.12.99',
  dport: 22,
  flags: ['syn'],
});

describe('event feed outlets', () => {
  let nats: ServerHandle;
  let redis: ServerHandle;
  let stack: Stack;
  let sport = 30_000;
  const deny = async (n: number): Promise<void> => {
    const packets = Array.from({ length: n }, () => denied(sport++));
    const r = await stack.gwApi('POST', '/api/v1/packets', { packets });
    expect(r.status).toBe(200);
  };

  beforeAll(async () => {
    [nats, redis] = await Promise.all([startNats(), startRedis()]);
    stack = await startStack({ natsUrl: nats.url, redisUrl: redis.url });
    await stack.cli('config log setting\nset fwpolicy-implicit-log enable\nend');
  });

  afterAll(async () => {
    await stack?.close();
    await Promise.all([nats?.close(), redis?.close()]);
  });

  it('replays exactly the missed events, in order, on a reconnect with Last-Event-ID', async () => {
    const all = new FeedConsumer(() => stack.service.url);
    all.start();
    const start = stack.service.feed!.lastId;
    const first = new AbortController();
    const res = await fetch(`${stack.service.url}/api/v1/events?types=log`, {
      headers: { accept: 'text/event-stream', 'last-event-id': String(start) },
      signal: first.signal,
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await deny(5);
    const ids: number[] = [];
    const decoder = new TextDecoder();
    let text = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      const frames = [...text.matchAll(/id: (\d+)\nevent: log\ndata: /g)];
      if (frames.length >= 3) {
        ids.push(...frames.slice(0, 3).map((m) => Number(m[1])));
        break;
      }
    }
    first.abort();
    await deny(7);
    await waitFor(() => all.lastId === stack.service.feed!.lastId, { what: 'continuous client caught up' });
    const replay = await fetch(`${stack.service.url}/api/v1/events?types=log`, {
      headers: { accept: 'text/event-stream', 'last-event-id': String(ids[2]) },
    });
    const want = all.seen.filter((e) => e.id > ids[2]! && e.kind === 'log').map((e) => e.id as number);
    expect(want).toHaveLength(9);
    let got: number[] = [];
    text = '';
    for await (const chunk of replay.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      got = [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
      if (got.length >= want.length) break;
    }
    await replay.body?.cancel();
    expect(got).toEqual(want);
    await all.stop();
    expect(all.outOfOrder).toEqual([]);
  });

  it('answers 410 with the oldest id for an id it does not have, and long-polls JSON', async () => {
    const stale = await stack.gwApi('GET', '/api/v1/events?since=1', undefined, {
      accept: 'text/event-stream',
    });
    expect(stale.status).toBe(410);
    expect(stale.body.error).toMatchObject({
      code: 'ZTNA_ERR_GONE',
      oldestId: stack.service.feed!.ring.oldestId,
    });
    const since = stack.service.feed!.lastId;
    const poll = stack.gwApi('GET', `/api/v1/events?since=${since}&waitMs=10000&types=log`);
    await deny(1);
    const page = (await poll).body;
    expect(page.events).toHaveLength(1);
    expect(page.events[0]).toMatchObject({
      kind: 'log',
      id: since + 1,
      log: { action: 'deny', policyId: 0 },
    });
    expect(page.lastEventId).toBe(since + 1);
    const bad = await stack.gwApi('GET', '/api/v1/events?types=sessions&waitMs=1');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/types/);
  });

  it('answers HEAD with the stream headers at once, and the connection serves the next request', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const ask = (method: string, path: string) =>
      new Promise<{ status: number; type: string | undefined; body: string }>((resolve, reject) => {
        const req = request(`${stack.service.url}${path}`, { method, agent, timeout: 5_000 }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], body }));
        });
        req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer in 5 s`)));
        req.on('error', reject);
        req.end();
      });
    try {
      const head = await ask('HEAD', '/api/v1/events?types=log');
      expect(head).toMatchObject({ status: 200, body: '' });
      expect(head.type).toMatch(/^text\/event-stream/);
      const next = await ask('GET', '/healthz');
      expect(next.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it('runs the consumer example of docs/EVENTS.md', async () => {
    const doc = readFileSync(new URL('../../docs/EVENTS.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('../../docs/examples/feed-consumer.ts', import.meta.url), 'utf8');
    expect(doc).toContain(example.trim());
    await stack.synced(await seedEndpoints(stack));
    const members = await followAddress(stack.service.url, 'EMS1_ZTNA_APP_SERVERS', (m) => m.size === 4);
    expect([...members].sort()).toEqual([
      '192.168.30.108',
      '192.168.30.126',
      '192.168.30.35',
      '192.168.30.47',
    ]);
  });

  it('sends the traffic log lines as syslog to a loopback UDP collector', async () => {
    const collector = createSocket('udp4');
    const received = new Latch<string>();
    collector.on('message', (m) => {
      if (m.toString().includes('srcport=40001')) received.open(m.toString());
    });
    await new Promise<void>((resolve) => collector.bind(0, '127.0.0.1', resolve));
    const port = collector.address().port;
    await stack.cli(
      `config log syslogd setting\nset status enable\nset server 127.0.0.1\nset port ${port}\nset mode udp\nend`,
    );
    sport = 40_001;
    await deny(1);
    const line = await received.wait(10_000, 'syslog datagram');
    collector.close();
    expect(line).toMatch(
      /^<189>date=\d{4}-\d\d-\d\d time=\d\d:\d\d:\d\d devname="FW-FGT-VM" devid="FGVM02TM00000001" eventtime=\d+ tz="\+0000" logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip=192\.168\.30\.200 srcport=40001 /,
    );
    expect(line).toContain('action="deny" policyid=0 policytype="policy" service="SSH"');
  });

  it('publishes every event to JetStream on <prefix>.gw.<id>.events.<kind>', async () => {
    await deny(1);
    const { gatewayId, subjectPrefix, feedStreamName } = stack.config;
    const lastId = stack.service.feed!.lastId;
    const jsm = await stack.nc.jetstreamManager();
    await waitFor(async () => (await jsm.streams.info(feedStreamName)).state.messages > 0, {
      what: 'events in the stream',
    });
    const info = await jsm.streams.info(feedStreamName);
    expect(info.config.subjects).toContain(gatewayEventsFilter(subjectPrefix));
    const name = `t-${Date.now()}`;
    await jsm.consumers.add(feedStreamName, {
      durable_name: name,
      ack_policy: AckPolicy.None,
      deliver_policy: DeliverPolicy.All,
      filter_subject: `${subjectPrefix}.gw.${gatewayId}.events.log`,
    });
    const consumer = await stack.nc.jetstream().consumers.get(feedStreamName, name);
    let event: ztna.v1.GatewayEvent | undefined;
    await waitFor(
      async () => {
        const m = await consumer.next({ expires: 1000 });
        if (m) event = ztna.v1.GatewayEvent.decode(m.data);
        return event !== undefined && Number(event.id) === lastId;
      },
      { what: `event ${lastId} in JetStream` },
    );
    expect(event!.log?.line).toMatch(/action="deny" policyid=0/);
    expect(event!.gatewayId).toBe(gatewayId);
  });

  it('counts events no stream takes as dropped (publish-failed), and publishes again once it is back', async () => {
    const { feedStreamName } = stack.config;
    const jsm = await stack.nc.jetstreamManager();
    const info = await jsm.streams.info(feedStreamName);
    const dropped = async (): Promise<number> => {
      const text = await (await fetch(`${stack.service.url}/metrics`)).text();
      const m = /ztna_gateway_feed_dropped_total\{sink="jetstream",reason="publish-failed"\} (\d+)/.exec(
        text,
      );
      return Number(m?.[1] ?? 0);
    };
    const before = await dropped();
    await jsm.streams.delete(feedStreamName);
    await deny(3);
    // each of the 3 log events is refused (the server's 503: no stream takes the subject) and counted
    await waitFor(async () => (await dropped()) >= before + 3, { what: 'dropped events counted' });
    await jsm.streams.add(info.config);
    await deny(1);
    await waitFor(async () => (await jsm.streams.info(feedStreamName)).state.messages === 1, {
      what: 'the next event in the stream again',
    });
  });
});
