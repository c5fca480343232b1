import type { Static } from '@sinclair/typebox';
import { emsApi } from '@ztna/ems-mock';
import { TestkitError } from './errors.js';
import { HttpJson } from './http-json.js';

export type EndpointInput = Static<typeof emsApi.EndpointBody>;
export type ChurnInput = Static<typeof emsApi.ChurnBody>;
export type FaultsInput = Static<typeof emsApi.FaultsBody>;
export type ChangeReply = Static<typeof emsApi.ChangeReply>;
export type EndpointView = Static<typeof emsApi.EndpointView>;
export type EndpointList = Static<typeof emsApi.EndpointList>;
export type EmsStateReply = Static<typeof emsApi.StateReply>;
export type EmsStatusReply = Static<typeof emsApi.StatusReply>;
export type RunView = Static<typeof emsApi.RunView>;
export type RunStarted = Static<typeof emsApi.RunStarted>;
export type EmsResetReply = Static<typeof emsApi.ResetReply>;
export type FaultsReply = Static<typeof emsApi.FaultsReply>;
export type ClockReply = Static<typeof emsApi.ClockReply>;
export type TagKind = 'ztna' | 'classification';

const enc = encodeURIComponent;

/** A typed client of one EMS mock's admin API; every method is one route (types from its schemas). */
export class EmsClient {
  private readonly http: HttpJson;

  constructor(
    readonly url: string,
    /** EMS connector id (1–7). */
    readonly emsId: number,
    token?: string,
    /** Bound of each request, ms (a long poll's `waitMs` comes on top); default: none. */
    timeoutMs?: number,
  ) {
    this.http = new HttpJson(url, token, timeoutMs);
  }

  /** POST /api/v1/endpoints: registers or updates an endpoint. */
  upsertEndpoint(endpoint: EndpointInput): Promise<ChangeReply> {
    return this.http.json('POST', '/api/v1/endpoints', { body: endpoint });
  }
  endpoints(): Promise<EndpointList> {
    return this.http.json('GET', '/api/v1/endpoints');
  }
  endpoint(uid: string): Promise<EndpointView> {
    return this.http.json('GET', `/api/v1/endpoints/${enc(uid)}`);
  }
  removeEndpoint(uid: string): Promise<ChangeReply> {
    return this.http.json('DELETE', `/api/v1/endpoints/${enc(uid)}`);
  }
  attachTag(uid: string, tag: string, kind?: TagKind): Promise<ChangeReply> {
    return this.http.json('PUT', `/api/v1/endpoints/${enc(uid)}/tags/${enc(tag)}`, { query: { kind } });
  }
  detachTag(uid: string, tag: string, kind?: TagKind): Promise<ChangeReply> {
    return this.http.json('DELETE', `/api/v1/endpoints/${enc(uid)}/tags/${enc(tag)}`, { query: { kind } });
  }
  offline(uid: string): Promise<ChangeReply> {
    return this.http.json('POST', `/api/v1/endpoints/${enc(uid)}/offline`);
  }
  online(uid: string): Promise<ChangeReply> {
    return this.http.json('POST', `/api/v1/endpoints/${enc(uid)}/online`);
  }
  setAddresses(uid: string, addresses: Static<typeof emsApi.IpsBody>): Promise<ChangeReply> {
    return this.http.json('PUT', `/api/v1/endpoints/${enc(uid)}/ips`, { body: addresses });
  }
  /** GET /api/v1/state: every endpoint and the seq the state was taken at. */
  state(): Promise<EmsStateReply> {
    return this.http.json('GET', '/api/v1/state');
  }
  /** GET /api/v1/status: incarnation, seq, unacked events, publisher faults injected (no endpoints). */
  status(): Promise<EmsStatusReply> {
    return this.http.json('GET', '/api/v1/status');
  }
  /** POST /api/v1/scenarios (an object, or YAML text): answers 202 with the run id. */
  startScenario(doc: unknown): Promise<RunStarted> {
    return typeof doc === 'string'
      ? this.http.json('POST', '/api/v1/scenarios', {
          text: doc,
          headers: { 'content-type': 'application/yaml' },
        })
      : this.http.json('POST', '/api/v1/scenarios', { body: doc });
  }
  /** POST /api/v1/churn: answers 202 with the run id. */
  startChurn(options: ChurnInput): Promise<RunStarted> {
    return this.http.json('POST', '/api/v1/churn', { body: options });
  }
  runs(): Promise<{ runs: RunView[] }> {
    return this.http.json('GET', '/api/v1/runs');
  }
  /** GET /api/v1/runs/:id[?waitMs=]: with `waitMs`, answers when the run ends or at that deadline. */
  run(id: string, waitMs?: number): Promise<RunView> {
    return this.http.json('GET', `/api/v1/runs/${enc(id)}`, { query: { waitMs } });
  }
  cancelRun(id: string): Promise<RunView> {
    return this.http.json('POST', `/api/v1/runs/${enc(id)}/cancel`);
  }
  /**
   * Resolves with the run once it has ended (done, failed or cancelled), asking with `?waitMs=` (no
   * polling loop); rejects with ZTNA_TESTKIT_TIMEOUT after `timeoutMs` (default 60 000).
   */
  async waitForRun(id: string, options: { timeoutMs?: number } = {}): Promise<RunView> {
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    for (;;) {
      const left = deadline - Date.now();
      const view = await this.run(id, Math.max(0, Math.min(left, emsApi.MAX_RUN_WAIT_MS)));
      if (view.status !== 'running') return view;
      if (Date.now() >= deadline) {
        throw new TestkitError(
          'ZTNA_TESTKIT_TIMEOUT',
          `run ${id} still running after ${options.timeoutMs ?? 60_000} ms`,
        );
      }
    }
  }
  /** POST /api/v1/reset: no endpoints (or a new incarnation), faults off; the new seq and incarnation. */
  reset(options: { newIncarnation?: boolean } = {}): Promise<EmsResetReply> {
    return this.http.json('POST', '/api/v1/reset', { body: options });
  }
  faults(): Promise<FaultsReply> {
    return this.http.json('GET', '/api/v1/faults');
  }
  setFaults(faults: FaultsInput): Promise<FaultsReply> {
    return this.http.json('PUT', '/api/v1/faults', { body: faults });
  }
  clock(): Promise<ClockReply> {
    return this.http.json('GET', '/api/v1/clock');
  }
  /** POST /api/v1/clock/advance (CLOCK=manual): answers after due churn/scenario steps ran and were acked. */
  advance(ms: number): Promise<ClockReply> {
    return this.http.json('POST', '/api/v1/clock/advance', { body: { ms } });
  }
  /** GET /readyz: NATS connected, the event stream answering and taking the events. */
  async ready(): Promise<boolean> {
    return (await this.http.request('GET', '/readyz', { accept: [503] })).status === 200;
  }
  /** GET /metrics: Prometheus text. */
  metrics(): Promise<string> {
    return this.http.json('GET', '/metrics');
  }
}
