import type { EmsMock } from '@ztna/ems-mock';
import type { ChaosEms, ChurnSettings, EmsStateView, RetiredIncarnation } from './chaos-stack.js';

/** An EMS mock of this process as a {@link ChaosEms}; `replace()` swaps in the mock of a new incarnation. */
export class LocalEms implements ChaosEms {
  private churn: { id: string; done: Promise<unknown> } | undefined;

  constructor(private mock: EmsMock) {}

  get emsId(): number {
    return this.mock.config.emsId;
  }
  get incarnation(): string {
    return this.mock.incarnation;
  }
  get seq(): number {
    return this.mock.seq;
  }

  async refresh(): Promise<void> {}

  async state(): Promise<EmsStateView> {
    return this.mock.state();
  }

  flush(): Promise<void> {
    return this.mock.flush();
  }

  async upsertEndpoint(endpoint: Parameters<ChaosEms['upsertEndpoint']>[0]): Promise<number> {
    this.mock.domain.upsertEndpoint({ ...endpoint, macs: [] });
    return this.mock.seq;
  }

  async attachTag(uid: string, tag: string): Promise<number> {
    this.mock.domain.attachTags(uid, [tag]);
    return this.mock.seq;
  }

  async detachTag(uid: string, tag: string): Promise<number> {
    this.mock.domain.detachTags(uid, [tag]);
    return this.mock.seq;
  }

  async startChurn(next: () => ChurnSettings): Promise<void> {
    if (this.mock.runs().some((r) => r.status === 'running')) return;
    this.churn = this.mock.startChurn({ ...next() });
  }

  async stopChurn(): Promise<void> {
    const run = this.churn;
    if (!run) return;
    this.churn = undefined;
    if (this.mock.runs().some((r) => r.id === run.id && r.status === 'running')) this.mock.cancelRun(run.id);
    await run.done.catch(() => undefined);
  }

  async setFaults(settings: Parameters<ChaosEms['setFaults']>[0]): Promise<void> {
    this.mock.setFaults(settings);
  }

  /** Stops the mock (flushing its events) and tells what its incarnation produced. */
  async retire(): Promise<RetiredIncarnation> {
    await this.mock.stop();
    const status = await this.mock.status();
    return {
      emsId: status.emsId,
      incarnation: status.incarnation,
      seq: status.seq,
      dropped: status.faultsInjected.drop,
      duplicated: status.faultsInjected.duplicate,
    };
  }

  /** Takes the mock of a new incarnation (the old one retired). */
  replace(mock: EmsMock): void {
    this.mock = mock;
    this.churn = undefined;
  }
}
