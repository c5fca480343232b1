import { startZtnaStack, type FeedEvent, type ZtnaStack } from '@ztna/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PC108, SSH } from './seed1-endpoint.js';

// GatewayClient.events() on a real in-process stack: the tag that came shows up as a membership event,
// then the session the detach made dirty as a session event; a second iterator replays from an id.

let stack: ZtnaStack;
beforeAll(async () => {
  stack = await startZtnaStack({ clock: 'manual' });
});
afterAll(() => stack?.stop());

/** The next event of `events` that `match` accepts (the iterator stays open: no for-await, which would close it). */
async function next(events: AsyncIterator<FeedEvent>, match: (e: FeedEvent) => boolean): Promise<FeedEvent> {
  for (;;) {
    const { value, done } = await events.next();
    if (done) throw new Error('the event stream ended');
    if (match(value)) return value;
  }
}

describe('testkit GatewayClient.events()', () => {
  it('streams membership and session events and replays from an id', async () => {
    const [ems, gw] = [stack.ems[0]!, stack.gateways[0]!];
    await gw.cli('config system settings\nset dyn-addr-session-check enable\nend');
    const feed = gw.events({ types: ['membership', 'session'], since: 0 });
    await ems.upsertEndpoint(PC108);
    const added = await next(
      feed,
      (e) => e.kind === 'membership' && e.membership.address === 'EMS1_ZTNA_APP_SERVERS',
    );
    expect(added).toMatchObject({ kind: 'membership', membership: { added: ['192.168.30.108'] } });

    await stack.waitForSync();
    expect(await gw.packet({ ...SSH, flags: ['syn'] })).toMatchObject({ action: 'accept' });
    await ems.detachTag('FCT108', 'APP_SERVERS');
    const dirty = await next(feed, (e) => e.kind === 'session' && e.session.transition === 'dirty');
    expect(dirty).toMatchObject({ session: { src: '192.168.30.108', dport: 22 } });
    expect(dirty.id).toBeGreaterThan(added.id);
    await feed.return();

    const replaying = gw.events({ since: added.id });
    const replay = await next(replaying, () => true);
    await replaying.return();
    expect(replay.id).toBeGreaterThan(added.id);
  });
});
