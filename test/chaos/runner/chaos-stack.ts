import type { FaultSettings } from '@ztna/ems-mock';
import type { Subjects } from '@ztna/proto';
import { waitFor } from '@ztna/test';
import type { Redis } from 'ioredis';
import type { NatsConnection } from 'nats';
import type { GatewayClient } from './gateway-client.js';

/** What the judge reads of an EMS's state (the in-process `EmsState`, or `GET /api/v1/state`). */
export interface EmsStateView {
  readonly emsId: number;
  readonly incarnation: string;
  readonly seq: number;
  readonly endpoints: readonly {
    readonly online: boolean;
    readonly ips: string[];
    readonly macs: string[];
    readonly ztnaTags: string[];
    readonly classificationTags: string[];
  }[];
}

/** Seeded churn of one EMS, as the runner starts it. */
export interface ChurnSettings {
  readonly seed: number;
  readonly rate: number;
  readonly durationMs: number;
  readonly endpoints: number;
  readonly tags: number;
}

/**
 * One EMS as the runner drives and judges it: in this process (local target) or over its HTTP API
 * (compose target). `incarnation` and `seq` are the last known values: `refresh()` and every change
 * made through the handle update them. Changes resolve with the EMS seq after the change.
 */
export interface ChaosEms {
  readonly emsId: number;
  readonly incarnation: string;
  readonly seq: number;
  refresh(): Promise<void>;
  /** The full state; exact only while the EMS is quiet (no churn, flushed). */
  state(): Promise<EmsStateView>;
  /** Resolves when every event produced so far is acked by JetStream. */
  flush(): Promise<void>;
  upsertEndpoint(endpoint: {
    uid: string;
    ips: string[];
    ztnaTags: string[];
    online: boolean;
  }): Promise<number>;
  attachTag(uid: string, tag: string): Promise<number>;
  detachTag(uid: string, tag: string): Promise<number>;
  /**
   * Starts seeded churn, unless the churn this handle started last is still running; `next` is asked
   * for the settings only when a run starts (so a run's seed follows the runs started before it).
   */
  startChurn(next: () => ChurnSettings): Promise<void>;
  /** Cancels the churn this handle started, resolving once it has ended. */
  stopChurn(): Promise<void>;
  /** Publisher-side faults (`{}` turns them off). */
  setFaults(settings: Partial<FaultSettings>): Promise<void>;
}

/** One gateway as the runner drives and judges it: `client` talks to its HTTP API. */
export interface ChaosGateway {
  readonly id: string;
  /** `dyn-addr-session-check` of this gateway. */
  readonly dynAddrSessionCheck: boolean;
  readonly client: GatewayClient;
  /** Start of the current process (epoch ms). */
  readonly startedAt: number;
  /** Exits the runner did not ask for: code/signal and when. */
  readonly crashes: readonly { at: number; code: number | null; signal: string | null }[];
}

/** NATS or Redis with the fault controls the runner uses (a throwaway server, or a compose container). */
export interface FaultableServer {
  /** Stops the server (NATS keeps its JetStream files; Redis comes back empty). */
  stop(): Promise<void>;
  /** Starts it again and waits until it answers. */
  start(): Promise<void>;
  /** Freezes it: connections stay open, requests time out. */
  pause(): Promise<void>;
  unpause(): Promise<void>;
  /** 'reset': clients are cut off; 'one-way': what clients send arrives, the server's answers are swallowed. */
  cutOff(mode: 'reset' | 'one-way'): void | Promise<void>;
  restore(): void | Promise<void>;
}

/** An EMS incarnation that has ended, with its final seq and the publisher faults it injected. */
export interface RetiredIncarnation {
  readonly emsId: number;
  readonly incarnation: string;
  readonly seq: number;
  readonly dropped: number;
  readonly duplicated: number;
}

/**
 * What the runner needs of a stack, whichever the target: the servers with their fault controls, the
 * EMS and gateway handles, and direct connections to NATS and Redis for judging only (they bypass every
 * fault the runner can, and are never used by the system under test).
 */
export interface ChaosStack {
  readonly target: 'local' | 'compose';
  readonly nats: FaultableServer;
  readonly redis: FaultableServer;
  readonly subjects: Subjects;
  /** The gateways' Redis key prefix. */
  readonly keyPrefix: string;
  readonly directRedis: Redis;
  readonly directNats: NatsConnection;
  /** The running EMS, connector i + 1 at index i; empty after `stopEms()`. */
  readonly ems: readonly ChaosEms[];
  readonly gateways: readonly ChaosGateway[];
  /** Every incarnation each EMS has had, with its final seq (updated by restartEms and stopEms). */
  readonly incarnations: readonly RetiredIncarnation[];
  /** Restarts EMS `index` (a new incarnation): its events so far are flushed and counted first. */
  restartEms(index: number): Promise<void>;
  /** SIGKILL of gateway `index` (no crash recorded). */
  killGateway(index: number): Promise<void>;
  startGateway(index: number): Promise<void>;
  /** Stops every EMS (flushing its events) and records its last incarnation. */
  stopEms(): Promise<void>;
  /** Resident set size of each process of the run, MB (undefined when it is not running). */
  processes(): { name: string; rssMb: number | undefined }[];
  close(): Promise<void>;
}

/** Polls until every gateway answers its readiness probe. */
export async function gatewaysReady(stack: ChaosStack, timeoutMs = 60_000): Promise<void> {
  await waitFor(
    async () => {
      for (const gw of stack.gateways) if (!(await gw.client.ready())) return false;
      return true;
    },
    { what: 'every gateway ready', timeoutMs, intervalMs: 100 },
  );
}
