import type { ConfigApplyReport, TriggerReport } from '../model/engine-api.js';
import type { EngineContext } from '../engine-context.js';
import type { FirewallPolicy, GatewayConfig } from '../model/config.js';
import type { RouteTable, Route } from '../routes/route-table.js';
import { prefixRange } from '../addresses/address-members.js';
import type { DirtyMarker, MarkMode } from './dirty-marker.js';
import { markShadowed, shadowingPolicies } from './policy-shadow.js';

/**
 * Marks the sessions a config change affects (the new config is already installed in `ctx`; `old`
 * and `oldRoutes` are what it replaced): interfaces whose address or status changed, edited, deleted
 * or reordered policies, and route changes. Sessions are found through the per-policy,
 * per-egress-interface and per-SNAT-address indexes.
 */
export function markConfigChange(
  ctx: EngineContext,
  marker: DirtyMarker,
  old: GatewayConfig,
  oldRoutes: RouteTable,
): ConfigApplyReport {
  const now = ctx.clock.now();
  const triggers = [
    interfaceTrigger(ctx, marker, old, now),
    policyTrigger(ctx, marker, old, now),
    routeTrigger(ctx, marker, oldRoutes, now),
  ].filter((t): t is TriggerReport => t !== undefined);
  marker.afterTrigger(now);
  return { triggers };
}

/**
 * An interface that went down or disappeared: every session leaving it. An interface whose address
 * changed: the SNAT sessions translated to the old address (their re-check then clears them); the
 * connected-route change itself is the route trigger's.
 */
function interfaceTrigger(
  ctx: EngineContext,
  marker: DirtyMarker,
  old: GatewayConfig,
  now: number,
): TriggerReport | undefined {
  const report: TriggerReport = { trigger: 'interface', dirty: 0, persistent: 0 };
  let changed = false;
  for (const before of old.interfaces.values()) {
    const after = ctx.config.interfaces.get(before.name);
    const slots: number[] = [];
    if (after === undefined || after.index !== before.index || after.status !== before.status) {
      ctx.table.byEgress.collect(before.index, slots);
    } else if (after.ip?.host !== before.ip?.host || after.ip?.masklen !== before.ip?.masklen) {
      if (before.ip !== undefined) ctx.table.bySnat.collect(before.ip.host, slots);
    } else {
      continue;
    }
    changed = true;
    for (const s of slots) marker.mark(s, 'dirty', report, now);
  }
  return changed ? report : undefined;
}

/**
 * Policy edits: sessions of an edited or deleted policy are marked; an added, edited or moved policy
 * also marks the sessions of the policies below it that it now matches (it shadows them).
 */
function policyTrigger(
  ctx: EngineContext,
  marker: DirtyMarker,
  old: GatewayConfig,
  now: number,
): TriggerReport | undefined {
  const next = ctx.config.policies;
  const touched = new Map<number, FirewallPolicy>();
  for (const [id, p] of old.policies) {
    const q = next.get(id);
    if (q === undefined) touched.set(id, p);
    else if (JSON.stringify(p) !== JSON.stringify(q)) touched.set(id, q);
  }
  const shadows = shadowingPolicies([...old.policies.keys()], [...next.keys()], new Set(touched.keys()));
  if (touched.size === 0 && shadows.length === 0) return undefined;
  const report: TriggerReport = { trigger: 'policy', dirty: 0, persistent: 0 };
  const setting = ctx.config.systemSettings.firewallSessionDirty;
  const modeOf = (p: FirewallPolicy): MarkMode =>
    (setting === 'check-policy-option' ? p.firewallSessionDirty : setting) === 'check-all'
      ? 'dirty'
      : 'persistent';
  for (const [id, p] of touched) {
    const slots: number[] = [];
    ctx.table.byPolicy.collect(id, slots);
    for (const s of slots) marker.mark(s, modeOf(p), report, now);
  }
  for (const id of shadows) {
    const p = ctx.policies.byId.get(id)!;
    markShadowed(ctx, marker, p, modeOf(p.source), report, now);
  }
  return report;
}

const routeKey = (r: Route): string =>
  `${r.addr}/${r.masklen}/${r.gateway}/${r.devIndex}/${r.distance}/${r.priority}`;

function routeTrigger(
  ctx: EngineContext,
  marker: DirtyMarker,
  oldRoutes: RouteTable,
  now: number,
): TriggerReport | undefined {
  const before = new Map(oldRoutes.routes.map((r) => [routeKey(r), r]));
  const after = new Map(ctx.routes.routes.map((r) => [routeKey(r), r]));
  const changed = [...before]
    .filter(([k]) => !after.has(k))
    .concat([...after].filter(([k]) => !before.has(k)));
  if (changed.length === 0) return undefined;
  const report: TriggerReport = { trigger: 'route', dirty: 0, persistent: 0 };
  const t = ctx.table;
  const c = t.cols;
  const all = [...oldRoutes.routes, ...ctx.routes.routes];
  const seen = new Set<number>();
  for (const [, r] of changed) {
    const [low, high] = prefixRange(r.addr, r.masklen);
    const devices = new Set<number>();
    for (const o of all) {
      const [ol, oh] = prefixRange(o.addr, o.masklen);
      if (ol <= high && oh >= low) devices.add(o.devIndex);
    }
    const slots: number[] = [];
    for (const d of devices) t.byEgress.collect(d, slots);
    for (const s of slots) {
      const dst = c.dst[s]!;
      if (dst < low || dst > high || seen.has(s)) continue;
      seen.add(s);
      const now2 = ctx.routes.lookup(dst);
      if (now2 !== undefined && now2.devIndex === c.dstIntf[s] && now2.gateway === c.gateway[s]) continue;
      marker.mark(s, routeMode(ctx, s), report, now);
    }
  }
  return report;
}

/** preserve-session-route (while the session's route remains) wins; then snat-route-change for SNAT. */
function routeMode(ctx: EngineContext, s: number): MarkMode {
  const c = ctx.table.cols;
  const intf = ctx.interfacesByIndex.get(c.dstIntf[s]!);
  const stillThere = ctx.routes.has(c.routeAddr[s]!, c.routeLen[s]!, c.gateway[s]!, c.dstIntf[s]!);
  if (intf?.preserveSessionRoute && stillThere) return 'persistent';
  if (c.natIp[s] !== 0) return ctx.config.systemGlobal.snatRouteChange ? 'dirty' : 'persistent';
  return 'dirty';
}
