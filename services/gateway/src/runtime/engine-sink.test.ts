import { readFileSync } from 'node:fs';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../fortios/parse.js';
import { FakeClock } from '../core/clock.js';
import { TcpFlag } from '../core/model/engine-api.js';
import { createEngine } from '../core/engine/engine.js';
import type { MembershipChange } from '../core/model/membership.js';
import { SAMPLE_CONFIG_PATH } from '../config.js';
import { EngineSink } from './engine-sink.js';
import { startEngineTicker } from './engine-ticker.js';
import { GatewayMetrics } from '../metrics/gateway-metrics.js';
import { RevocationTracker } from '../metrics/revocation-tracker.js';
import { VerdictObserver } from '../metrics/verdict-observer.js';

const ADDRESS = 'EMS1_ZTNA_APP_SERVERS';
const change = (revision: number, op: 'add' | 'remove', emittedAtMs?: number): MembershipChange => ({
  revision,
  created: revision === 1 ? [{ name: ADDRESS, tag: 'APP_SERVERS', id: 115, emsId: 1, kind: 'ztna-ip' }] : [],
  deltas: [{ address: ADDRESS, member: '192.168.30.108', op }],
  ...(emittedAtMs === undefined ? {} : { emittedAtMs }),
});
const ip = (a: number, b: number, c: number, d: number): number =>
  ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
const ssh = (flags: number) => ({
  proto: 6 as const,
  src: ip(192, 168, 30, 108),
  sport: 54225,
  dst: ip(192, 168, 12, 99),
  dport: 22,
  flags,
  bytes: 60,
});

function setup(audit = false) {
  const clock = new FakeClock();
  const config = parseConfigText(readFileSync(SAMPLE_CONFIG_PATH, 'utf8'));
  const engine = createEngine(config, { clock, dirtySweepDelayMs: 1000, audit });
  const registry = new Registry();
  const metrics = new GatewayMetrics(registry, engine);
  const drops: number[] = [];
  const revocations = new RevocationTracker((ms) => {
    drops.push(ms);
    metrics.revocationToDrop.observe(ms / 1000);
  });
  const sink = new EngineSink(engine, { clock, metrics, revocations });
  const observer = new VerdictObserver(clock, metrics, revocations);
  const send = (flags: number) => {
    const p = ssh(flags);
    const v = engine.process(p);
    observer.one(p, v);
    return v;
  };
  return { clock, engine, registry, sink, send, drops };
}

describe('gateway wiring', () => {
  it('hands revisions to the engine in order, once, and tells listeners what they marked', async () => {
    const { clock, engine, registry, sink, send, drops } = setup();
    engine.applyConfig(
      parseConfigText('config system settings\nset dyn-addr-session-check enable\nend', engine.config),
    );
    const seen: number[] = [];
    sink.onApplied(({ change: c, report }) => seen.push(c.revision * 10 + report.dirty));
    sink.onMembershipChange(change(1, 'add'));
    expect(send(TcpFlag.SYN).action).toBe('accept');
    clock.advance(5);
    sink.onMembershipChange(change(2, 'remove', clock.now() - 5));
    sink.onMembershipChange(change(2, 'add'));
    sink.onMembershipChange(change(1, 'add'));
    expect(seen).toEqual([10, 21]);
    expect(engine.stats().dirty).toBe(1);
    clock.advance(7);
    expect(send(TcpFlag.ACK).action).toBe('deny');
    expect(drops).toEqual([12]);
    expect(send(TcpFlag.ACK).action).toBe('deny');
    expect(drops).toHaveLength(1);
    const text = await registry.metrics();
    expect(text).toMatch(/ztna_gateway_session_marks_total\{trigger="dynamic-address",mark="dirty"\} 1/);
    expect(text).toMatch(/ztna_gateway_revocation_to_dirty_seconds_sum 0\.005/);
    expect(text).toMatch(/ztna_gateway_revocation_to_drop_seconds_sum 0\.012/);
    expect(text).toMatch(/ztna_gateway_packets_total\{action="deny",reason="session-blocked"\} 2/);
    expect(text).toMatch(/ztna_gateway_sessions\{state="block"\} 1/);
  });

  it('the ticker runs the sweep; audit mode counts what it would block and lets the session through', async () => {
    const { clock, engine, registry, sink, send } = setup(true);
    engine.applyConfig(
      parseConfigText('config system settings\nset dyn-addr-session-check enable\nend', engine.config),
    );
    sink.onMembershipChange(change(1, 'add'));
    send(TcpFlag.SYN);
    sink.onMembershipChange(change(2, 'remove'));
    const ticker = startEngineTicker(engine, {
      periodMs: 60_000,
      metrics: new GatewayMetrics(new Registry(), engine),
    });
    clock.advance(1000);
    ticker.tick();
    ticker.stop();
    expect(engine.stats()).toMatchObject({ dirty: 0, block: 0, total: 1 });
    expect(send(TcpFlag.ACK).action).toBe('accept');
    expect(await registry.metrics()).toMatch(/ztna_gateway_audit_would_block 1/);
  });

  it('the revocation tracker forgets the oldest entry beyond its capacity', () => {
    const seen: number[] = [];
    const t = new RevocationTracker((ms) => seen.push(ms), 2);
    for (const member of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      t.revoked({
        revision: 1,
        created: [],
        deltas: [{ address: ADDRESS, member, op: 'remove' }],
        emittedAtMs: 100,
      });
    }
    expect(t.size).toBe(2);
    t.dropped(ip(10, 0, 0, 1), 0, 150);
    t.dropped(ip(10, 0, 0, 3), 0, 160);
    expect(seen).toEqual([60]);
  });
});
