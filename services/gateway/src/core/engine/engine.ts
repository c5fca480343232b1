import { intToIPv4 } from '@ztna/proto';
import { markAddressChange } from '../dirty/address-triggers.js';
import { markConfigChange } from '../dirty/config-triggers.js';
import { DirtyMarker } from '../dirty/dirty-marker.js';
import { GatewayError } from '../../errors.js';
import { formatDynamicList } from '../format/dynamic-list-format.js';
import { formatSessionStat } from '../format/session-stat-format.js';
import { formatSessionBrief, formatSessionList, formatSessionStatus } from '../format/session-list-format.js';
import type { GatewayConfig } from '../model/config.js';
import type { MembershipChange } from '../model/membership.js';
import { PolicyTable } from '../policy/policy-table.js';
import { RouteTable } from '../routes/route-table.js';
import type {
  ConfigApplyReport,
  DynamicAddressView,
  EngineApi,
  ExternalResourceView,
  FqdnAddressView,
  PacketIn,
  SessionFilter,
  SessionStats,
  TriggerReport,
  Verdict,
} from '../model/engine-api.js';
import { EngineContext, type EngineOptions } from '../engine-context.js';
import type { SessionRow } from '../model/session-row.js';
import type { PacketBatch, VerdictBatch } from './packet-batch.js';
import { filteredSlots } from './session-filter.js';
import { sessionRows } from './session-rows.js';
import { PacketPath } from './packet-path.js';
import { sessionClosing } from './session-events.js';
import { VERDICT_REASONS } from './verdict-reasons.js';
import { externalResourceViews, fqdnAddressViews } from './address-views.js';

export type { EngineOptions } from '../engine-context.js';

/** The firewall engine: {@link EngineApi} plus the allocation-free batch form. */
export interface Engine extends EngineApi {
  /**
   * Processes `batch.count` packets into `out` (entries 0…count-1), reading the clock once. Allocates
   * nothing per packet on the established-session path.
   */
  processBatch(batch: PacketBatch, out: VerdictBatch): void;
  /** Re-checks that would have blocked a session while `audit` was on. */
  readonly auditBlocked: number;
}

/**
 * Builds an engine over `config` (validated: throws ZTNA_ERR_CLI_REFERENCE for unknown objects).
 * Time comes only from `options.clock`; expiry and the dirty sweep run in `tick()`.
 */
export function createEngine(config: GatewayConfig, options: EngineOptions): Engine {
  return new FirewallEngine(config, options);
}

class FirewallEngine implements Engine {
  private readonly ctx: EngineContext;
  private readonly path: PacketPath;
  private readonly marker: DirtyMarker;
  private readonly due: number[] = [];
  private readonly onConfigApplied: EngineOptions['onConfigApplied'];

  constructor(config: GatewayConfig, options: EngineOptions) {
    this.onConfigApplied = options.onConfigApplied;
    this.ctx = new EngineContext(config, options);
    this.path = new PacketPath(this.ctx);
    this.marker = new DirtyMarker(this.ctx);
  }

  get config(): GatewayConfig {
    return this.ctx.config;
  }

  get revision(): number {
    return this.ctx.book.revision;
  }

  get auditBlocked(): number {
    return this.ctx.auditBlocked;
  }

  applyConfig(next: GatewayConfig): ConfigApplyReport {
    for (const r of next.staticRoutes.values()) {
      if (!next.interfaces.has(r.device)) {
        throw new GatewayError(
          'ZTNA_ERR_CLI_REFERENCE',
          `router static ${r.seqNum} device: unknown interface "${r.device}"`,
        );
      }
    }
    const routes = new RouteTable(next);
    const policies = new PolicyTable(next, this.ctx.book);
    const old = this.ctx.config;
    const oldRoutes = this.ctx.routes;
    this.ctx.install(next, routes, policies);
    const report = markConfigChange(this.ctx, this.marker, old, oldRoutes);
    this.onConfigApplied?.(report);
    return report;
  }

  process(packet: PacketIn): Verdict {
    const p = this.path;
    p.run(
      packet.proto,
      packet.src >>> 0,
      packet.sport,
      packet.dst >>> 0,
      packet.dport,
      packet.flags,
      packet.bytes,
      packet.srcintf,
      packet.srcMac,
      this.ctx.clock.now(),
    );
    return {
      action: p.action === 1 ? 'accept' : 'deny',
      session: p.serial,
      policyId: p.policyId,
      reason: VERDICT_REASONS[p.reason]!,
    };
  }

  processBatch(batch: PacketBatch, out: VerdictBatch): void {
    const p = this.path;
    const now = this.ctx.clock.now();
    const { proto, src, sport, dst, dport, flags, bytes, srcintf, srcMac } = batch;
    for (let i = 0; i < batch.count; i++) {
      p.run(
        proto[i]!,
        src[i]!,
        sport[i]!,
        dst[i]!,
        dport[i]!,
        flags[i]!,
        bytes[i]!,
        srcintf?.[i],
        srcMac?.[i],
        now,
      );
      out.action[i] = p.action;
      out.session[i] = p.serial;
      out.policyId[i] = p.policyId;
      out.reason[i] = p.reason;
    }
  }

  onMembershipChange(change: MembershipChange): void {
    const referenced = this.ctx.policies.referenced;
    const changed = this.ctx.book.applyMembership(change, (address) => referenced.has(address));
    if (changed === undefined) return;
    markAddressChange(
      this.ctx,
      this.marker,
      'dynamic-address',
      changed,
      this.ctx.config.systemSettings.dynAddrSessionCheck,
    );
  }

  setFqdnAddresses(name: string, ips: readonly number[]): TriggerReport {
    const a = this.ctx.config.addresses.get(name);
    if (a?.type !== 'fqdn')
      throw new GatewayError('ZTNA_ERR_CLI_REFERENCE', `fqdn address: unknown name "${name}"`);
    const changed = this.ctx.book.setFqdn(
      name,
      ips.map((ip) => ip >>> 0),
    );
    return markAddressChange(
      this.ctx,
      this.marker,
      'fqdn',
      changed,
      this.ctx.config.systemSettings.fqdnSessionCheck,
    );
  }

  setExternalResource(name: string, entries: readonly string[]): TriggerReport {
    if (!this.ctx.config.externalResources.has(name)) {
      throw new GatewayError('ZTNA_ERR_CLI_REFERENCE', `external resource: unknown name "${name}"`);
    }
    const changed = this.ctx.book.setExternal(name, entries);
    const check = this.ctx.config.systemSettings.extResourceSessionCheck;
    return markAddressChange(this.ctx, this.marker, 'external-resource', changed, check);
  }

  fqdnAddresses(): readonly FqdnAddressView[] {
    return fqdnAddressViews(this.ctx);
  }

  externalResources(): readonly ExternalResourceView[] {
    return externalResourceViews(this.ctx);
  }

  tick(): void {
    const now = this.ctx.clock.now();
    const t = this.ctx.table;
    const due = this.due;
    due.length = 0;
    t.wheel.due(now, due);
    for (const slot of due) {
      if (!t.live(slot)) continue;
      if (t.cols.deadlineMs[slot]! <= now) {
        sessionClosing(this.ctx, slot, 'expired', 'expiry', now);
        t.delete(slot);
      } else t.wheel.schedule(slot, t.cols.deadlineMs[slot]!);
    }
    this.marker.sweep(now);
  }

  clearSessions(filter?: SessionFilter): number {
    const slots = filteredSlots(this.ctx, filter);
    const now = this.ctx.clock.now();
    for (const s of slots) {
      sessionClosing(this.ctx, s, 'cleared', 'clear', now);
      this.ctx.table.delete(s);
    }
    this.ctx.table.flushCount += 1;
    return slots.length;
  }

  sessions(filter?: SessionFilter): SessionRow[] {
    return sessionRows(this.ctx, filter, this.ctx.clock.now());
  }

  formatSessionList(filter?: SessionFilter): string {
    return formatSessionList(this.sessions(filter));
  }

  formatSessionBrief(filter?: SessionFilter): string {
    return formatSessionBrief(this.sessions(filter));
  }

  formatSessionStatus(): string {
    return formatSessionStatus(this.stats());
  }

  formatSessionStat(): string {
    const t = this.ctx.table;
    const counters = { clash: t.clashCount, flush: t.flushCount, fqdnCount: this.fqdnAddresses().length };
    t.flushCount = 0;
    return formatSessionStat(this.sessions(), counters);
  }

  formatDynamicList(name?: string): string {
    return formatDynamicList(this.dynamicAddresses(), name);
  }

  dynamicAddresses(): readonly DynamicAddressView[] {
    return this.ctx.book.dynamicObjects().map(({ object, members }) => ({
      ...object,
      members: object.kind === 'ztna-mac' ? [...members.macs] : [...members.ips].map(intToIPv4),
    }));
  }

  stats(): SessionStats {
    const t = this.ctx.table;
    return {
      total: t.count,
      mayDirty: t.count,
      dirty: t.dirtyCount,
      persistent: t.persistentCount,
      block: t.blockCount,
    };
  }
}
