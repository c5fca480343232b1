import { GatewayError } from '../errors.js';
import type { EndpointRecord, MembershipChange } from '../core/model/membership.js';
import type { EndpointState } from './endpoint-state.js';
import { EmsStatus, GAP_RESYNC_SPACING_MS, type EmsSyncState } from './ems-status.js';
import type { EmsHeartbeat } from './heartbeat-watch.js';
import { planBatch, type Decision, type Sequenced } from './batch-plan.js';
import { checkEnvelope, describeRefusal, type EmsConnector, type Refusal } from './event-check.js';
import { AsyncLock } from './lock.js';
import { dropRecords, type MembershipDraft } from './membership-draft.js';
import { MembershipMirror } from './membership-mirror.js';
import { dynamicAddressList, fullChange, mirrorChange, type DynamicAddressMembers } from './mirror-views.js';
import type { InboundMessage, TagSyncConfig, TagSyncDeps } from './tag-sync-deps.js';
import { DeadLettering } from './dead-lettering.js';
import { ForgeryGuard } from './forgery-guard.js';
import { connectorChanges } from './fctems-connectors.js';
import type { ResyncCause } from './sequencer.js';
import { diffSnapshot } from './snapshot-diff.js';
import { emsSyncViews, endpointRecordList, type EmsSyncView } from './sync-views.js';

export type { InboundMessage, Logger, TagSyncConfig, TagSyncDeps } from './tag-sync-deps.js';
export type { EmsSyncView } from './sync-views.js';

/**
 * Tag sync: applies EMS events and snapshots to the store atomically, one revision per store write, and
 * hands each revision to the sink in order. The adapters feed it batches and act on its decisions.
 */
export class TagSync {
  private mirror = new MembershipMirror();
  private lastEmitted = 0;
  private readonly lock = new AsyncLock();
  private readonly status = new Map<number, EmsStatus>();
  private readonly byId: Map<number, EmsConnector>;
  private started = false;
  private readonly inFlight = new Map<number, Promise<boolean>>();
  private readonly flushed = new Map<number, EndpointState[]>();
  private readonly letters: DeadLettering;
  private readonly toldState = new Map<number, EmsSyncState>();
  private readonly forgeries = new ForgeryGuard();

  constructor(
    private readonly deps: TagSyncDeps,
    private readonly config: TagSyncConfig,
  ) {
    this.byId = new Map(config.connectors.map((c) => [c.id, c]));
    this.letters = new DeadLettering(deps);
    const now = deps.clock.now();
    for (const c of config.connectors) this.status.set(c.id, new EmsStatus(c, now));
  }

  /** The EMS connectors consumed now, by id (a live view: {@link setConnectors} changes it). */
  get connectors(): ReadonlyMap<number, EmsConnector> {
    return this.byId;
  }

  get revision(): number {
    return this.mirror.revision;
  }

  /** Loads the mirror from the store, hands it to the sink as one change, and owes a resync to every EMS without state. */
  async start(): Promise<void> {
    await this.lock.run(async () => {
      this.mirror = MembershipMirror.fromLoaded(await this.deps.store.load([...this.byId.keys()]));
      this.lastEmitted = this.mirror.revision;
      if (this.mirror.revision > 0) this.emit(fullChange(this.mirror));
      this.oweMissing();
      this.started = true;
    });
  }

  /**
   * Makes `next` the connectors consumed (a live `config endpoint-control fctems` edit); a connector whose
   * serial changed counts as removed and added, one only renamed keeps its state. An added one takes the path of a startup
   * connector: what the store holds for it is loaded, then a snapshot is owed (`no-state`, or `reconcile`
   * over stored state) and tried at once; its events, heartbeats and snapshots are taken from now on.
   * A removed one is no longer consumed (its events are dead-lettered as `unknown-ems`, as those of any
   * unconfigured EMS) and its endpoint records are dropped, so its dynamic addresses lose their members
   * while the address objects stay. Source: the FortiOS log reference, 45120
   * LOG_ID_EC_INVALID_EMS_TAG_REFERENCED "EMS Tag dynamic firewall address cannot be removed" (FortiOS
   * removes an EMS's tag addresses with its connector, except those still referenced), and the FortiADC
   * CLI reference (`config endpoint-control tag`: tags still in use stay after the connector is deleted);
   * the simulator keeps every object, since policies may name it, and drops only the members. Resolves when the store holds the change and the first snapshot
   * attempt of every added connector has ended; rejects when the store is unavailable.
   */
  async setConnectors(next: readonly EmsConnector[]): Promise<void> {
    const { removed, added } = connectorChanges(this.byId, next);
    for (const c of next) {
      const s = this.status.get(c.id);
      if (s === undefined || s.connector.serial !== c.serial) continue;
      this.byId.set(c.id, c);
      s.connector = c;
    }
    for (const emsId of removed) {
      this.byId.delete(emsId);
      this.status.delete(emsId);
      this.toldState.delete(emsId);
      this.flushed.delete(emsId);
    }
    const now = this.deps.clock.now();
    for (const c of added) {
      this.byId.set(c.id, c);
      this.status.set(c.id, new EmsStatus(c, now));
    }
    if (removed.length + added.length > 0) {
      this.deps.logger.info(
        { added: added.map((c) => c.id), removed, consumed: [...this.byId.keys()] },
        'EMS connectors changed',
      );
    }
    // before start() the load of the mirror takes every connector as it is then
    if (!this.started) return;
    for (const emsId of removed) await this.commitWith((draft) => dropRecords(draft, emsId));
    if (added.length === 0) return;
    await this.lock.run(async () => {
      const stored = await this.deps.store.load(added.map((c) => c.id));
      const holds = stored.applied.size > 0 || [...stored.records.values()].some((r) => r.size > 0);
      if (holds || stored.revision !== this.mirror.revision) await this.reload();
    });
    await Promise.all(
      added.map((c) => {
        const s = this.status.get(c.id);
        if (s === undefined) return false;
        const cause = this.mirror.applied.has(c.id) ? 'reconcile' : 'no-state';
        s.owe(cause);
        this.tellState(c.id, cause);
        return this.resync(c.id, cause);
      }),
    );
  }

  /** Decides every message of a batch, in order; throws (deciding nothing) when the store is unavailable. */
  async handleBatch(messages: readonly InboundMessage[]): Promise<Decision[]> {
    const decisions: Decision[] = messages.map(() => 'ack');
    let rest: Sequenced[] = [];
    messages.forEach((m, index) => {
      const checked = checkEnvelope(m.data, m.subject, this.byId);
      const refuted = 'refusal' in checked ? undefined : this.forgeries.known(checked.envelope);
      if ('refusal' in checked) this.letters.send(m, checked.refusal);
      else if (refuted) this.refuse(m, checked.envelope.emsId, refuted);
      else rest.push({ index, envelope: checked.envelope });
    });
    const now = this.deps.clock.now();
    for (const { envelope } of rest) this.status.get(envelope.emsId)?.eventSeen(now);
    const blocked = new Set<number>();
    const resynced = new Set<number>();
    while (rest.length > 0) {
      const events = rest;
      const { stop, emitted } = await this.commitWith((draft) => {
        // a connector removed while this batch waited: its events are nak'ed, then refused as unknown-ems
        for (const { envelope } of events) if (!this.status.has(envelope.emsId)) blocked.add(envelope.emsId);
        return planBatch(draft, events, { blocked, decisions, observer: this.deps.observer });
      });
      if (emitted.length > 0) this.deps.observer.applied(emitted.length, emitted, this.deps.clock.now());
      if (!stop) break;
      const { emsId, cause } = stop;
      if (resynced.has(emsId)) {
        // Still out of order right after a snapshot confirmed the EMS's state: it never produced this
        // event (a seq beyond its snapshot, or not its incarnation). Dead-lettered, never applied.
        const { index, envelope } = rest[stop.at]!;
        const refusal = this.forgeries.refute(envelope, cause, this.mirror.applied.get(emsId));
        this.refuse(messages[index]!, emsId, refusal);
        rest = rest.slice(stop.at + 1);
        continue;
      }
      rest = rest.slice(stop.at);
      const s = this.status.get(emsId);
      if (s === undefined) {
        blocked.add(emsId);
        continue;
      }
      if (cause === 'gap' && !s.gapResyncDue(this.deps.clock.now(), GAP_RESYNC_SPACING_MS)) {
        blocked.add(emsId);
        continue;
      }
      s.owe(cause);
      this.tellState(emsId, cause);
      if (await this.resync(emsId, cause)) resynced.add(emsId);
      else blocked.add(emsId);
    }
    return decisions;
  }

  /** Runs due work: owed resyncs (with backoff), periodic reconciles, out-of-sync transitions. */
  async maintain(): Promise<void> {
    const now = this.deps.clock.now();
    const work: Promise<unknown>[] = [];
    for (const [emsId, s] of this.status) {
      const threshold = this.config.outOfSyncThresholdMsOf?.(emsId) ?? this.config.outOfSyncThresholdMs;
      if (s.crossesThreshold(now, threshold) || s.lostHeartbeat(now, threshold)) {
        work.push(this.goOutOfSync(emsId));
      }
      if (s.attemptDue(now)) work.push(this.resync(emsId, s.pendingCause ?? 'recovery'));
      else if (s.pendingCause === undefined && s.reconcileDue(now, this.config.reconcileIntervalMs)) {
        work.push(this.resync(emsId, 'reconcile'));
      }
    }
    await Promise.all(work);
  }

  /**
   * Takes one EMS heartbeat: an EMS heard again after going out of sync is owed a resync; a heartbeat
   * ahead of the applied state with no progress for two heartbeats starts one now (resolves true when
   * it applied). Heartbeats of unconfigured EMS are ignored.
   */
  heartbeat(hb: EmsHeartbeat): Promise<boolean> {
    const s = this.status.get(hb.emsId);
    if (!s) return Promise.resolve(false);
    if (s.state === 'out-of-sync') s.owe('recovery');
    const applied = this.mirror.applied.get(hb.emsId);
    const cause = s.heartbeats.observe(hb, applied, this.deps.clock.now());
    // a resync already owed runs on its own backoff: the heartbeat adds no snapshot request to it
    if (cause === undefined || s.pendingCause !== undefined) return Promise.resolve(false);
    this.deps.logger.warn(
      { emsId: hb.emsId, cause, heartbeatSeq: hb.seq, appliedSeq: applied?.seq },
      'EMS heartbeat ahead and no progress for two heartbeats; resyncing',
    );
    s.owe(cause);
    return this.resync(hb.emsId, cause);
  }

  /** Compares the store's revision with the mirror's and reloads when they differ (e.g. Redis came back empty). */
  async checkStore(): Promise<void> {
    await this.lock.run(async () => {
      if ((await this.deps.store.revision()) !== this.mirror.revision) await this.reload();
    });
  }

  /**
   * Fetches a snapshot and applies its difference in one revision. Returns false when the EMS did not
   * answer or a retry is not due yet; concurrent calls for one EMS share one attempt.
   */
  resync(emsId: number, cause: ResyncCause): Promise<boolean> {
    const running = this.inFlight.get(emsId);
    if (running) return running;
    const s = this.status.get(emsId);
    if (s === undefined) return Promise.resolve(false);
    if (s.pendingCause !== undefined && !s.attemptDue(this.deps.clock.now())) return Promise.resolve(false);
    const attempt = this.runResync(emsId, cause, s).finally(() => this.inFlight.delete(emsId));
    this.inFlight.set(emsId, attempt);
    return attempt;
  }

  syncStatus(): { revision: number; ems: EmsSyncView[] } {
    return {
      revision: this.mirror.revision,
      ems: emsSyncViews(this.status.values(), this.mirror, (id) => this.forgeries.view(id)),
    };
  }

  dynamicAddresses(): DynamicAddressMembers[] {
    return dynamicAddressList(this.mirror);
  }

  /** Endpoint records for `diagnose endpoint record list`, optionally only those holding `ip`. */
  endpointRecords(ip?: string): EndpointRecord[] {
    return endpointRecordList(this.status.values(), this.mirror, this.flushed, ip);
  }

  private async runResync(emsId: number, cause: ResyncCause, s: EmsStatus): Promise<boolean> {
    const started = this.deps.clock.now();
    let snapshot;
    try {
      snapshot = await this.deps.snapshots.fetch(emsId);
    } catch (err) {
      s.failed(this.deps.clock.now(), cause);
      this.tellState(emsId, cause);
      this.deps.observer.resync(emsId, cause, false, this.deps.clock.now() - started);
      this.deps.logger.warn({ err, emsId, cause }, 'EMS snapshot request failed; retrying with backoff');
      return false;
    }
    const current = await this.commitWith((draft) => {
      if (this.status.get(emsId) !== s) return false; // the connector was removed or replaced meanwhile
      const applied = draft.appliedState(emsId);
      const behind = applied?.incarnation === snapshot.incarnation && applied.seq > snapshot.seq;
      if (!behind) diffSnapshot(draft, snapshot);
      return true;
    });
    if (!current) return false;
    this.flushed.delete(emsId);
    if (snapshot.tenant !== undefined) s.tenant = snapshot.tenant;
    s.synced(this.deps.clock.now());
    this.tellState(emsId, 'snapshot');
    this.deps.observer.resync(emsId, cause, true, this.deps.clock.now() - started);
    this.deps.logger.info(
      { emsId, cause, seq: snapshot.seq, incarnation: snapshot.incarnation },
      'EMS resynced',
    );
    return true;
  }

  private async goOutOfSync(emsId: number): Promise<void> {
    const s = this.status.get(emsId)!;
    s.state = 'out-of-sync';
    this.tellState(emsId, 'threshold');
    this.deps.logger.warn({ emsId, policy: this.config.outOfSyncPolicy }, 'EMS out of sync');
    if (this.config.outOfSyncPolicy !== 'flush') return;
    const records = [...(this.mirror.records.get(emsId)?.values() ?? [])];
    await this.commitWith((draft) => dropRecords(draft, emsId));
    this.flushed.set(emsId, records);
  }

  private async commitWith<T>(build: (draft: MembershipDraft) => T): Promise<T> {
    return this.lock.run(async () => {
      for (let attempt = 1; ; attempt++) {
        const draft = this.mirror.draft();
        const out = build(draft);
        if (draft.isEmpty) return out;
        const plan = draft.plan();
        const result = await this.deps.store.apply(plan, this.mirror.revision, this.lastEmitted + 1);
        if ('conflict' in result) {
          if (attempt >= 3) {
            throw new GatewayError('ZTNA_ERR_UNAVAILABLE', `store revision keeps moving: ${result.conflict}`);
          }
          await this.reload();
          continue;
        }
        if (result.effective !== plan.deltas.length) {
          this.deps.observer.storeMismatch(plan.deltas.length, result.effective);
        }
        this.mirror.commit(draft, result.revision);
        const change: MembershipChange = {
          revision: result.revision,
          created: plan.created,
          deltas: plan.deltas,
        };
        this.emit(plan.emittedAtMs === undefined ? change : { ...change, emittedAtMs: plan.emittedAtMs });
        return out;
      }
    });
  }

  /** Replaces the mirror with what the store holds and hands the difference to the sink (caller holds the lock). */
  private async reload(): Promise<void> {
    const before = this.mirror;
    const preferred = new Map(before.preferredIds);
    for (const a of before.addresses.values()) preferred.set(a.name, a.id);
    const after = MembershipMirror.fromLoaded(await this.deps.store.load([...this.byId.keys()]), preferred);
    if (after.revision <= this.lastEmitted) {
      const bumped = await this.deps.store.apply(after.draft().plan(), after.revision, this.lastEmitted + 1);
      if ('conflict' in bumped)
        throw new GatewayError('ZTNA_ERR_UNAVAILABLE', 'store changed while reloading');
      after.revision = bumped.revision;
    }
    this.mirror = after;
    this.deps.logger.warn({ revision: after.revision }, 'store differed from the mirror; reloaded');
    this.emit(mirrorChange(before, after, after.revision));
    this.oweMissing();
  }

  private emit(change: MembershipChange): void {
    this.lastEmitted = change.revision;
    this.deps.observer.revision(change.revision);
    try {
      this.deps.sink.onMembershipChange(change);
    } catch (err) {
      this.deps.logger.error({ err, revision: change.revision }, 'membership sink failed');
    }
  }

  private oweMissing(): void {
    for (const [emsId, s] of this.status) {
      if (this.mirror.applied.has(emsId)) continue;
      s.owe('no-state');
      this.tellState(emsId, 'no-state');
    }
  }

  /** Tells the event sink the EMS's state when it differs from what it was last told. */
  private tellState(emsId: number, cause: string): void {
    const events = this.deps.events;
    const s = this.status.get(emsId);
    if (events === undefined || s === undefined || this.toldState.get(emsId) === s.state) return;
    this.toldState.set(emsId, s.state);
    const { seq: appliedSeq = 0, incarnation = '' } = this.mirror.applied.get(emsId) ?? {};
    events.syncState({
      emsId,
      state: s.state,
      appliedSeq,
      incarnation,
      cause,
      timeMs: this.deps.clock.now(),
    });
  }

  /** Dead-letters an event the EMS's own snapshot refuted, counting it for `/sync`. */
  private refuse(m: InboundMessage, emsId: number, refusal: Refusal): void {
    this.forgeries.counted(emsId, describeRefusal(refusal));
    this.letters.send(m, refusal);
  }
}
