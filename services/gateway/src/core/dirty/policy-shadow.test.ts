import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock.js';
import { TcpFlag } from '../model/engine-api.js';
import type { FirewallPolicy } from '../model/config.js';
import { createEngine } from '../engine/engine.js';
import { seedConfig, seedMembership, sshOrg, sshReply } from '../../../testing/seed-network.js';
import { shadowingPolicies } from './policy-shadow.js';

type P = Partial<FirewallPolicy> & { policyid: number };

const policy3: P = {
  policyid: 3,
  uuidIdx: 15849,
  srcintf: ['port9'],
  dstintf: ['port3'],
  service: ['SSH'],
  ztnaStatus: true,
  ztnaEmsTag: ['EMS1_ZTNA_APP_SERVERS'],
};
const policy1: P = { policyid: 1, uuidIdx: 661, srcintf: ['port40'], dstintf: ['port7'], nat: true };
/** A deny policy from the endpoints' subnet to the server: it matches seed 1's SSH session. */
const deny8 = (extra: Partial<FirewallPolicy> = {}): P => ({
  policyid: 8,
  uuidIdx: 800,
  srcintf: ['port9'],
  dstintf: ['port3'],
  service: ['SSH'],
  action: 'deny',
  ...extra,
});

/** Seed 1's SSH session (policy 3) and the SNAT session of seed 2 (policy 1), under `policies`. */
function start(policies: readonly P[], settings = {}) {
  const clock = new FakeClock();
  const engine = createEngine(seedConfig({ policies, settings }), { clock });
  engine.onMembershipChange(seedMembership(1));
  expect(engine.process(sshOrg(TcpFlag.SYN)).policyId).toBe(3);
  engine.process(sshReply(TcpFlag.SYN | TcpFlag.ACK));
  engine.process(sshOrg(TcpFlag.ACK));
  const snat = engine.process({
    proto: 6,
    src: 0xc0a864b1,
    sport: 54449,
    dst: 0xdf050505,
    dport: 443,
    flags: TcpFlag.SYN,
    bytes: 60,
  });
  expect(snat.policyId).toBe(1);
  return { clock, engine };
}

const apply = (engine: ReturnType<typeof start>['engine'], policies: readonly P[], settings = {}) =>
  engine.applyConfig(seedConfig({ policies, settings })).triggers;

describe('check-all: a policy change marks the sessions it now shadows', () => {
  it('a deny policy added above the session policy: the SSH session goes dirty, then block', () => {
    const { engine, clock } = start([policy3, policy1]);
    expect(apply(engine, [deny8(), policy3, policy1])).toEqual([
      { trigger: 'policy', dirty: 1, persistent: 0 },
    ]);
    expect(engine.sessions().map((r) => [r.policyId, r.dirty])).toEqual([
      [3, true],
      [1, false],
    ]);
    clock.advance(10_000);
    engine.tick();
    expect(engine.process(sshOrg()).reason).toBe('session-blocked');
  });

  it('enabling a disabled policy above marks the sessions it matches', () => {
    const { engine } = start([deny8({ status: false }), policy3, policy1]);
    expect(apply(engine, [deny8(), policy3, policy1])).toEqual([
      { trigger: 'policy', dirty: 1, persistent: 0 },
    ]);
  });

  it('widening a policy above (service HTTPS → HTTPS SSH) marks what the wider policy matches', () => {
    const { engine } = start([deny8({ service: ['HTTPS'] }), policy3, policy1]);
    expect(apply(engine, [deny8({ service: ['HTTPS', 'SSH'] }), policy3, policy1])).toEqual([
      { trigger: 'policy', dirty: 1, persistent: 0 },
    ]);
  });

  it('moving a policy above the session policy marks the sessions; moving it below does not', () => {
    const { engine } = start([policy3, policy1, deny8()]);
    expect(apply(engine, [policy3, deny8(), policy1])).toEqual([
      { trigger: 'policy', dirty: 0, persistent: 0 },
    ]);
    expect(apply(engine, [deny8(), policy3, policy1])).toEqual([
      { trigger: 'policy', dirty: 1, persistent: 0 },
    ]);
  });

  it('a policy that does not match the session (other destination interface) marks nothing', () => {
    const { engine } = start([policy3, policy1]);
    expect(apply(engine, [deny8({ dstintf: ['port7'] }), policy3, policy1])).toEqual([
      { trigger: 'policy', dirty: 0, persistent: 0 },
    ]);
  });

  it('check-new: the shadowed session is marked persistent, not dirty', () => {
    const settings = { firewallSessionDirty: 'check-new' as const };
    const { engine } = start([policy3, policy1], settings);
    expect(apply(engine, [deny8(), policy3, policy1], settings)).toEqual([
      { trigger: 'policy', dirty: 0, persistent: 1 },
    ]);
    expect(engine.sessions()[0]!.persistent).toBe(true);
  });
});

describe('shadowingPolicies', () => {
  it('names added, edited and moved-up policies', () => {
    expect(shadowingPolicies([1, 2, 3], [1, 2, 3], new Set())).toEqual([]);
    expect(shadowingPolicies([1, 2, 3], [4, 1, 2, 3], new Set())).toEqual([4]);
    expect(shadowingPolicies([1, 2, 3], [1, 2, 3], new Set([2]))).toEqual([2]);
    expect(shadowingPolicies([1, 2, 3], [3, 1, 2], new Set())).toEqual([3]);
    expect(shadowingPolicies([1, 2, 3], [2, 3, 1], new Set())).toEqual([2, 3]);
  });
});
