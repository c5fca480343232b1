import type { ChaosEms, ChaosGateway, ChaosStack } from './chaos-stack.js';
import type { Judge } from './judge.js';

/** When each EMS reached each seq (sampled), to age the oldest event a gateway has not applied. */
class SeqHistory {
  private readonly points: { at: number; incarnation: string; seq: number }[] = [];

  note(mock: ChaosEms, at: number): void {
    const last = this.points.at(-1);
    if (!last || last.seq !== mock.seq || last.incarnation !== mock.incarnation) {
      this.points.push({ at, incarnation: mock.incarnation, seq: mock.seq });
      if (this.points.length > 20_000) this.points.splice(0, 10_000);
    }
  }

  /** How long ago the EMS first went past `applied` (0 when nothing is unapplied). */
  ageOfOldestUnapplied(incarnation: string | null, applied: number, now: number): number {
    const current = this.points.at(-1);
    if (!current || (current.incarnation === incarnation && current.seq <= applied)) return 0;
    // only the current incarnation counts: a gateway on an older one is behind since the EMS restarted
    const first = this.points.find(
      (p) =>
        p.incarnation === current.incarnation && (incarnation !== current.incarnation || p.seq > applied),
    );
    return first ? now - first.at : 0;
  }
}

/**
 * Polls the stack every `periodMs` and checks the continuous invariants: bounded staleness (only while
 * `calm()` says no fault is in force or healing), revisions never going back within a gateway process,
 * no membership delta applied twice (`ztna_tagsync_store_mismatch_total`), RSS bounds and unexpected exits.
 */
export class Monitor {
  private readonly histories = new Map<number, SeqHistory>();
  private readonly revisions = new Map<string, { startedAt: number; revision: number }>();
  private readonly stale = new Set<string>();
  private readonly reported = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private lastMetricsAt = 0;
  private crashesSeen = 0;
  private readonly resyncsOf = new Map<string, number>();
  /** Largest lag seen in the current one-second window, ms; resyncs so far. */
  lagMs = 0;
  resyncs = 0;

  constructor(
    private readonly stack: ChaosStack,
    private readonly judge: Judge,
    private readonly options: { stalenessBoundMs: number; rssLimitMb: number; calm: () => boolean },
  ) {}

  start(periodMs = 250): void {
    this.timer = setInterval(() => {
      this.polling ??= this.poll().finally(() => (this.polling = undefined));
    }, periodMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.polling;
  }

  private async poll(): Promise<void> {
    await Promise.all(this.stack.ems.map((mock) => mock.refresh().catch(() => undefined)));
    const now = Date.now();
    for (const mock of this.stack.ems) {
      let h = this.histories.get(mock.emsId);
      if (!h) this.histories.set(mock.emsId, (h = new SeqHistory()));
      h.note(mock, now);
    }
    const calm = this.options.calm();
    await Promise.all(
      this.stack.gateways.map((gw) => this.pollGateway(gw, now, calm).catch(() => undefined)),
    );
    this.checkResources();
    if (now - this.lastMetricsAt >= 2000) {
      this.lastMetricsAt = now;
      await this.scrape().catch(() => undefined);
    }
  }

  private async pollGateway(gw: ChaosGateway, now: number, calm: boolean): Promise<void> {
    const sync = await gw.client.sync();
    const seen = this.revisions.get(gw.id);
    this.judge.checked('exactly-once');
    if (seen && seen.startedAt === gw.startedAt && sync.revision < seen.revision) {
      this.judge.violate(
        'exactly-once',
        `${gw.id}: revision went back`,
        `from ${seen.revision} to ${sync.revision}`,
      );
    }
    this.revisions.set(gw.id, { startedAt: gw.startedAt, revision: sync.revision });
    for (const mock of this.stack.ems) {
      const e = sync.ems.find((x) => x.id === mock.emsId);
      const lag = this.histories
        .get(mock.emsId)!
        .ageOfOldestUnapplied(e?.incarnation ?? null, e?.appliedSeq ?? 0, now);
      this.lagMs = Math.max(this.lagMs, lag);
      const key = `${gw.id}/${mock.emsId}`;
      if (!calm) {
        this.stale.delete(key);
        continue;
      }
      this.judge.checked('staleness');
      if (lag > this.options.stalenessBoundMs && !this.stale.has(key)) {
        this.stale.add(key);
        this.judge.violate(
          'staleness',
          `${gw.id}: EMS ${mock.emsId} events unapplied for ${lag} ms with no fault in force`,
          `EMS ${mock.incarnation}/${mock.seq}, gateway ${e?.incarnation}/${e?.appliedSeq} ${e?.state}; bound ${this.options.stalenessBoundMs} ms`,
        );
      } else if (lag <= this.options.stalenessBoundMs) this.stale.delete(key);
    }
  }

  private checkResources(): void {
    const limit = this.options.rssLimitMb;
    const processes = this.stack.processes();
    this.judge.checked('resources', processes.length);
    for (const p of processes) {
      if (p.rssMb !== undefined && p.rssMb > limit && !this.reported.has(p.name)) {
        this.reported.add(p.name);
        this.judge.violate('resources', `${p.name} RSS over ${limit} MB`, `${p.rssMb.toFixed(0)} MB`);
      }
    }
    const crashes = this.stack.gateways.flatMap((gw) => gw.crashes.map((c) => ({ gw: gw.id, ...c })));
    for (const c of crashes.slice(this.crashesSeen)) {
      this.judge.violate(
        'resources',
        `${c.gw} exited without being told to`,
        `code ${c.code} signal ${c.signal}`,
      );
    }
    this.crashesSeen = crashes.length;
  }

  private async scrape(): Promise<void> {
    for (const gw of this.stack.gateways) {
      const mismatches = await gw.client.metric('ztna_tagsync_store_mismatch_total');
      const key = `${gw.id}@${gw.startedAt}`;
      const resyncs = await gw.client.metric('ztna_tagsync_resyncs_total');
      this.resyncs += Math.max(0, resyncs - (this.resyncsOf.get(key) ?? 0));
      this.resyncsOf.set(key, resyncs);
      this.judge.checked('exactly-once');
      if (mismatches > 0 && !this.reported.has(key)) {
        this.reported.add(key);
        this.judge.violate(
          'exactly-once',
          `${gw.id}: a membership delta applied twice (or not at all)`,
          `ztna_tagsync_store_mismatch_total ${mismatches}: Redis changed a different number of members than planned`,
        );
      }
    }
  }
}
