import { expectedMembership, redisMembership, sorted } from '../../integration/tagsync-fixture.js';
import type { ChaosStack, EmsStateView } from './chaos-stack.js';

/** Where one gateway differs from the EMS truth, or undefined when Redis, its mirror and the EMS agree. */
export interface Difference {
  readonly gateway: string;
  readonly what: string;
}

type Membership = [string, string[]][];

/** The members every dynamic address must have, over every EMS (online endpoints only). */
export function emsTruth(states: readonly EmsStateView[]): Membership {
  const all = new Map<string, string[]>();
  for (const state of states) for (const [k, v] of expectedMembership(state)) all.set(k, v);
  return sorted(all);
}

/** A short description of how two memberships differ (first few addresses), for evidence. */
export function describeDiff(want: Membership, got: Membership): string {
  const w = new Map(want);
  const g = new Map(got);
  const out: string[] = [];
  for (const name of new Set([...w.keys(), ...g.keys()])) {
    const a = new Set(w.get(name) ?? []);
    const b = new Set(g.get(name) ?? []);
    const missing = [...a].filter((m) => !b.has(m));
    const extra = [...b].filter((m) => !a.has(m));
    if (missing.length + extra.length > 0) {
      out.push(
        `${name}: missing ${missing.slice(0, 3).join(' ') || '-'} extra ${extra.slice(0, 3).join(' ') || '-'}`,
      );
    }
    if (out.length >= 4) break;
  }
  return out.join('; ');
}

/**
 * Compares every gateway with the EMS truth once: applied seq and incarnation of each EMS, Redis
 * membership (read directly, bypassing the fault proxy) and the gateway's in-memory mirror. Returns the
 * differences found (empty when converged). The EMS must be quiet (flushed, no churn) for an exact answer.
 */
export async function compareWithTruth(stack: ChaosStack): Promise<Difference[]> {
  const states = await Promise.all(stack.ems.map((mock) => mock.state()));
  const want = emsTruth(states);
  const wantText = JSON.stringify(want);
  const out: Difference[] = [];
  for (const gw of stack.gateways) {
    try {
      const sync = await gw.client.sync();
      for (const ems of states) {
        const e = sync.ems.find((x) => x.id === ems.emsId);
        if (e?.incarnation !== ems.incarnation || e.appliedSeq !== ems.seq || e.state !== 'in-sync') {
          out.push({
            gateway: gw.id,
            what: `EMS ${ems.emsId} at ${ems.incarnation}/${ems.seq}, gateway ${e?.incarnation}/${e?.appliedSeq} ${e?.state}`,
          });
        }
      }
      const inRedis = sorted(await redisMembership(stack.directRedis, stack.keyPrefix, gw.id));
      if (JSON.stringify(inRedis) !== wantText) {
        out.push({ gateway: gw.id, what: `Redis differs from the EMS: ${describeDiff(want, inRedis)}` });
      }
      const mirror = sorted(
        new Map((await gw.client.dynamicAddresses()).map((a) => [a.name, [...a.members].sort()])),
      );
      if (JSON.stringify(mirror) !== wantText) {
        out.push({ gateway: gw.id, what: `mirror differs from the EMS: ${describeDiff(want, mirror)}` });
      }
    } catch (err) {
      out.push({ gateway: gw.id, what: `not answering: ${(err as Error).message}` });
    }
  }
  return out;
}
