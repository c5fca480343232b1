import type { EngineContext } from '../engine-context.js';
import type { TriggerReport } from '../model/engine-api.js';
import { matches, type CompiledPolicy, type PolicyQuery } from '../policy/policy-table.js';
import type { DirtyMarker, MarkMode } from './dirty-marker.js';

/** ICMP sessions are matched against services as an echo request (as the re-check does). */
const ICMP_ECHO = 8;

/**
 * The policies that may now take sessions away from policies below them: added, edited (enabled,
 * widened, …) or moved above a policy that used to precede them. `oldOrder` and `newOrder` are policy
 * ids in evaluation order; `edited` holds ids whose definition changed.
 */
export function shadowingPolicies(
  oldOrder: readonly number[],
  newOrder: readonly number[],
  edited: ReadonlySet<number>,
): number[] {
  const oldPos = new Map(oldOrder.map((id, i) => [id, i]));
  const out: number[] = [];
  let minOldBelow = Number.POSITIVE_INFINITY;
  const jumped = new Set<number>();
  for (let i = newOrder.length - 1; i >= 0; i--) {
    const id = newOrder[i]!;
    const pos = oldPos.get(id);
    if (pos !== undefined) {
      if (minOldBelow < pos) jumped.add(id);
      minOldBelow = Math.min(minOldBelow, pos);
    }
  }
  for (const id of newOrder) {
    if (!oldPos.has(id) || edited.has(id) || jumped.has(id)) out.push(id);
  }
  return out;
}

/**
 * Marks the sessions of policies below `shadow` (in the installed order) that `shadow` now matches:
 * FortiOS's check-all re-checks every session a policy change can take over. Candidates come from the
 * per-egress-interface index when the policy names its dstintf, else from the per-policy index of the
 * policies below it — never from a walk of the whole table. `mode` is the knob of the changed policy.
 */
export function markShadowed(
  ctx: EngineContext,
  marker: DirtyMarker,
  shadow: CompiledPolicy,
  mode: MarkMode,
  report: TriggerReport,
  nowMs: number,
): void {
  if (!shadow.source.status) return;
  const ordered = ctx.policies.ordered;
  const at = ordered.indexOf(shadow);
  if (at < 0 || at === ordered.length - 1) return;
  const below = new Set<number>();
  for (let i = at + 1; i < ordered.length; i++) below.add(ordered[i]!.id);
  const t = ctx.table;
  const c = t.cols;
  const slots: number[] = [];
  if (shadow.dstintf !== undefined && shadow.dstintf.size < below.size) {
    for (const dev of shadow.dstintf) t.byEgress.collect(dev, slots);
  } else {
    for (const id of below) t.byPolicy.collect(id, slots);
  }
  const q: PolicyQuery = { proto: 0, src: 0, dst: 0, dport: 0, srcIntf: 0, dstIntf: 0, srcMac: undefined };
  for (const s of slots) {
    if (!below.has(c.policyId[s]!)) continue;
    q.proto = c.proto[s]!;
    q.src = c.src[s]!;
    q.dst = c.dst[s]!;
    q.dport = q.proto === 1 ? ICMP_ECHO : c.dport[s]!;
    q.srcIntf = c.srcIntf[s]!;
    q.dstIntf = c.dstIntf[s]!;
    q.srcMac = ctx.macName(c.macId[s]!);
    if (matches(shadow, q)) marker.mark(s, mode, report, nowMs);
  }
}
