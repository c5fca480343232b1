import { EmsClient, TestkitError } from '@ztna/testkit';
import { waitFor } from '@ztna/test';
import type { ChaosEms, ChurnSettings, EmsStateView, RetiredIncarnation } from './chaos-stack.js';

/** Bound of each call to the EMS API, ms. */
const CALL_MS = 10_000;

/**
 * An EMS mock container as a {@link ChaosEms}, over its HTTP API (`GET /api/v1/status` for seq,
 * incarnation, unacked events and injected faults). While `hold()` is in force, changes wait: the
 * runner counts an incarnation's events only once nothing can add to them.
 */
export class ComposeEms implements ChaosEms {
  incarnation = '';
  seq = 0;
  private readonly client: EmsClient;
  private churnRun: string | undefined;
  private held: Promise<void> | undefined;
  private inFlight = 0;

  constructor(
    readonly emsId: number,
    readonly url: string,
    token: string,
  ) {
    this.client = new EmsClient(url, emsId, token, CALL_MS);
  }

  async refresh(): Promise<void> {
    const s = await this.client.status();
    this.incarnation = s.incarnation;
    this.seq = s.seq;
  }

  async state(): Promise<EmsStateView> {
    const s = await this.client.state();
    this.incarnation = s.incarnation;
    this.seq = s.seq;
    return s;
  }

  /** Polls the status until no produced event awaits its JetStream ack (at most 60 s, then throws). */
  async flush(): Promise<void> {
    await waitFor(
      async () => {
        const s = await this.client.status();
        return s.unacked === 0 ? s : undefined;
      },
      { what: `EMS ${this.emsId} flushed (unacked 0)`, timeoutMs: 60_000, intervalMs: 50 },
    );
  }

  upsertEndpoint(e: Parameters<ChaosEms['upsertEndpoint']>[0]): Promise<number> {
    return this.change(() =>
      this.client.upsertEndpoint({ uid: e.uid, ips: e.ips, macs: [], tags: e.ztnaTags, online: e.online }),
    );
  }

  attachTag(uid: string, tag: string): Promise<number> {
    return this.change(() => this.client.attachTag(uid, tag));
  }

  detachTag(uid: string, tag: string): Promise<number> {
    return this.change(() => this.client.detachTag(uid, tag));
  }

  async startChurn(next: () => ChurnSettings): Promise<void> {
    if (this.held) return;
    if (this.churnRun && (await this.client.run(this.churnRun)).status === 'running') return;
    try {
      this.churnRun = (await this.client.startChurn({ ...next() })).id;
    } catch (err) {
      // 409: a run is already active on the EMS (one this handle lost track of)
      if (!(err instanceof TestkitError && /→ 409/.test(err.message))) throw err;
    }
  }

  async stopChurn(): Promise<void> {
    const id = this.churnRun;
    if (!id) return;
    this.churnRun = undefined;
    const run = await this.client.cancelRun(id);
    if (run.status === 'running') await this.client.waitForRun(id, { timeoutMs: 60_000 });
  }

  async setFaults(settings: Parameters<ChaosEms['setFaults']>[0]): Promise<void> {
    await this.client.setFaults(settings);
  }

  /** GET /readyz answers 200. */
  ready(): Promise<boolean> {
    return this.client.ready();
  }

  /**
   * Holds every change (they wait), waits for those in flight, stops the churn and flushes; resolves
   * with the incarnation's final count and a function that lets changes through again.
   */
  async hold(): Promise<{ retired: RetiredIncarnation; release: () => void }> {
    let release!: () => void;
    this.held = new Promise<void>((r) => (release = r));
    const done = (): void => {
      this.held = undefined;
      release();
    };
    try {
      await waitFor(() => this.inFlight === 0, {
        what: `EMS ${this.emsId} changes in flight`,
        timeoutMs: 30_000,
      });
      await this.stopChurn();
      await this.flush();
      const s = await this.client.status();
      return {
        retired: {
          emsId: s.emsId,
          incarnation: s.incarnation,
          seq: s.seq,
          dropped: s.faultsInjected.drop,
          duplicated: s.faultsInjected.duplicate,
        },
        release: done,
      };
    } catch (err) {
      done();
      throw err;
    }
  }

  /** One change through the API, after any hold; the last known seq follows its answer. */
  private async change(call: () => Promise<{ seq: number }>): Promise<number> {
    while (this.held) await this.held;
    this.inFlight += 1;
    try {
      const { seq } = await call();
      this.seq = Math.max(this.seq, seq);
      return seq;
    } finally {
      this.inFlight -= 1;
    }
  }
}
