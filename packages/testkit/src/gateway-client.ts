import type { Static } from '@sinclair/typebox';
import type { FeedEvent, gatewayApi } from '@ztna/gateway';
import { TestkitError } from './errors.js';
import { feedEvents, type EventsOptions } from './event-stream.js';
import { HttpJson } from './http-json.js';

export type PacketsInput = Static<typeof gatewayApi.PacketsBody>;
export type PacketInput = PacketsInput['packets'][number];
export type VerdictsReply = Static<typeof gatewayApi.VerdictsReply>;
export type Verdict = VerdictsReply['verdicts'][number];
export type SessionQuery = Static<typeof gatewayApi.SessionQuery>;
export type SessionsReply = Static<typeof gatewayApi.SessionsReply>;
export type SessionView = Static<typeof gatewayApi.SessionViewSchema>;
export type SyncReply = Static<typeof gatewayApi.SyncReply>;
export type DynamicAddressesReply = Static<typeof gatewayApi.DynamicAddresses>;
export type SyncWaitReply = Static<typeof gatewayApi.WaitReply>;
export type CliReply = Static<typeof gatewayApi.CliReply>;
export type DeadLettersReply = Static<typeof gatewayApi.DeadLettersReply>;
export type MonitorReply = Static<typeof gatewayApi.MonitorEnvelope>;
export type GatewayResetReply = Static<typeof gatewayApi.GatewayResetReply>;
export type GatewayClockReply = Static<typeof gatewayApi.ClockReply>;

/** A typed client of one gateway's API; every method is one route (types from its schemas). */
export class GatewayClient {
  private readonly http: HttpJson;

  constructor(
    readonly url: string,
    readonly gatewayId: string,
    private readonly token?: string,
    /** The current seq of an EMS, for `waitForSync(emsId)` without a seq (the stack wires it). */
    private readonly emsSeq?: (emsId: number) => Promise<number>,
  ) {
    this.http = new HttpJson(url, token);
  }

  /** POST /api/v1/packets: one verdict per packet, in order. */
  packets(packets: PacketInput[]): Promise<VerdictsReply> {
    return this.http.json('POST', '/api/v1/packets', { body: { packets } });
  }
  /** One packet's verdict. */
  async packet(packet: PacketInput): Promise<Verdict> {
    return (await this.packets([packet])).verdicts[0]!;
  }
  /**
   * POST /api/v1/cli: runs FortiOS console text and resolves with what the console printed. `session`
   * names a console session of its own (`x-console-session`): config blocks and filters persist in it.
   */
  async cli(text: string, session?: string): Promise<string> {
    const reply = await this.http.json<CliReply>('POST', '/api/v1/cli', {
      text,
      ...(session === undefined ? {} : { headers: { 'x-console-session': session } }),
    });
    return reply.output;
  }
  /** GET /api/v1/sessions: the sessions matching every given field, and the counters by state. */
  sessions(query: SessionQuery = {}): Promise<SessionsReply> {
    return this.http.json('GET', '/api/v1/sessions', { query });
  }
  /** GET /api/v1/sync: tag sync state per EMS connector. */
  sync(): Promise<SyncReply> {
    return this.http.json('GET', '/api/v1/sync');
  }
  /** GET /api/v1/dead-letters: the newest `limit` (1–1000, default 50) refused messages, newest first. */
  deadLetters(limit?: number): Promise<DeadLettersReply> {
    return this.http.json('GET', '/api/v1/dead-letters', { query: limit === undefined ? {} : { limit } });
  }
  dynamicAddresses(): Promise<DynamicAddressesReply> {
    return this.http.json('GET', '/api/v1/dynamic-addresses');
  }
  /**
   * Resolves once the gateway has applied EMS `emsId` up to `seq` (default: the EMS's current seq,
   * asked from it) and its engine has processed that revision; rejects with ZTNA_TESTKIT_TIMEOUT after
   * `timeoutMs` (default 10 000, at most 120 000) naming what was applied.
   */
  async waitForSync(
    emsId: number,
    seq?: number,
    options: { timeoutMs?: number } = {},
  ): Promise<SyncWaitReply> {
    let target = seq;
    if (target === undefined) {
      if (!this.emsSeq) {
        throw new TestkitError(
          'ZTNA_TESTKIT_OPTIONS',
          `waitForSync(${emsId}): seq is required outside a stack`,
        );
      }
      target = await this.emsSeq(emsId);
    }
    const timeoutMs = options.timeoutMs ?? 10_000;
    const reply = await this.http.request<SyncWaitReply | { error: { message: string } }>(
      'GET',
      '/api/v1/sync/wait',
      { query: { ems: emsId, seq: target, timeoutMs }, accept: [408] },
    );
    if (reply.status === 408) {
      const message = (reply.body as { error: { message: string } }).error.message;
      throw new TestkitError('ZTNA_TESTKIT_TIMEOUT', `gateway ${this.gatewayId}: ${message}`, {
        status: 408,
        body: reply.body,
      });
    }
    return reply.body as SyncWaitReply;
  }
  /**
   * GET /api/v1/events (SSE): the event feed as an async iterator (`for await (const e of gw.events())`),
   * reconnecting with `Last-Event-ID`; `since` replays the ring first. See `feedEvents` and docs/EVENTS.md.
   */
  events(options?: EventsOptions): AsyncGenerator<FeedEvent, void, undefined> {
    return feedEvents(this.url, this.token, options);
  }
  /** GET /api/v2/monitor/firewall/session (FortiOS REST shape). */
  monitorSessions(query: SessionQuery = {}): Promise<MonitorReply> {
    return this.http.json('GET', '/api/v2/monitor/firewall/session', { query });
  }
  /** GET /api/v2/monitor/firewall/address-dynamic (FortiOS REST shape). */
  monitorAddressDynamic(): Promise<MonitorReply> {
    return this.http.json('GET', '/api/v2/monitor/firewall/address-dynamic');
  }
  /** POST /api/v1/reset: startup config back, sessions and console state gone; counters kept. */
  reset(): Promise<GatewayResetReply> {
    return this.http.json('POST', '/api/v1/reset');
  }
  clock(): Promise<GatewayClockReply> {
    return this.http.json('GET', '/api/v1/clock');
  }
  /** POST /api/v1/clock/advance (CLOCK=manual): answers after the sweep, timers and tag sync work ran. */
  advance(ms: number): Promise<GatewayClockReply> {
    return this.http.json('POST', '/api/v1/clock/advance', { body: { ms } });
  }
  /** GET /readyz: NATS, Redis, the mirror and the consumer. */
  async ready(): Promise<boolean> {
    return (await this.http.request('GET', '/readyz', { accept: [503] })).status === 200;
  }
  /** GET /metrics: Prometheus text. */
  metrics(): Promise<string> {
    return this.http.json('GET', '/metrics');
  }
}
