import { startContainers } from './containers.js';
import { EmsClient } from './ems-client.js';
import { TestkitError } from './errors.js';
import { GatewayClient } from './gateway-client.js';
import { startInProcess } from './in-process.js';
import { resolveOptions, type ZtnaStackOptions } from './stack-options.js';

/** A running stack: typed clients of every service, the server URLs, and the controls over all of them. */
export interface ZtnaStack extends AsyncDisposable {
  readonly mode: 'in-process' | 'containers';
  /** One client per EMS mock, `ems[0]` is connector id 1. */
  readonly ems: EmsClient[];
  readonly gateways: GatewayClient[];
  readonly natsUrl: string;
  readonly redisUrl: string;
  /**
   * Waits until every gateway has applied every EMS up to that EMS's current seq and processed it
   * (ZTNA_TESTKIT_TIMEOUT after `timeoutMs`, default 10 000).
   */
  waitForSync(options?: { timeoutMs?: number }): Promise<void>;
  /** `clock: 'manual'`: advances every EMS mock, then every gateway, by `ms` (each answers when done). */
  advance(ms: number): Promise<void>;
  /** Resets every EMS mock (no endpoints), waits for the gateways to see it, then resets every gateway. */
  reset(): Promise<void>;
  /** Stops every service and whatever servers the kit started. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts EMS mocks and gateways wired to one NATS and one Redis, and resolves when every service is
 * ready (each gateway synced with each EMS): `mode: 'in-process'` (default, in milliseconds, on
 * throwaway servers or `natsUrl`/`redisUrl`) or `mode: 'containers'` (testcontainers on one network;
 * images from `options.images` or the environment). `await using stack = await startZtnaStack()` stops
 * it at the end of the scope. Rejects with ZTNA_TESTKIT_OPTIONS naming a bad option.
 */
export async function startZtnaStack(options: ZtnaStackOptions = {}): Promise<ZtnaStack> {
  const o = resolveOptions(options);
  let stopParts: () => Promise<void>;
  let natsUrl: string;
  let redisUrl: string;
  let ems: EmsClient[];
  let gateways: GatewayClient[];
  const seqOf = async (emsId: number): Promise<number> => {
    const client = ems.find((e) => e.emsId === emsId);
    if (!client) throw new TestkitError('ZTNA_TESTKIT_OPTIONS', `emsId ${emsId}: no such EMS in this stack`);
    return (await client.state()).seq;
  };
  if (o.mode === 'in-process') {
    const parts = await startInProcess(o);
    ({ natsUrl, redisUrl } = parts);
    stopParts = parts.stop;
    ems = parts.ems.map((m) => new EmsClient(m.httpAddress!, m.config.emsId));
    gateways = parts.gateways.map((g, i) => new GatewayClient(g.url, `gw${i + 1}`, undefined, seqOf));
  } else {
    const parts = await startContainers(o);
    ({ natsUrl, redisUrl } = parts);
    stopParts = parts.stop;
    ems = parts.ems.map((e) => new EmsClient(e.url, e.emsId, e.token));
    gateways = parts.gateways.map((g) => new GatewayClient(g.url, g.gatewayId, g.token, seqOf));
  }
  let stopping: Promise<void> | undefined;
  const stack: ZtnaStack = {
    mode: o.mode,
    ems,
    gateways,
    natsUrl,
    redisUrl,
    waitForSync: async (wait = {}) => {
      for (const e of ems) {
        const { seq } = await e.state();
        await Promise.all(gateways.map((g) => g.waitForSync(e.emsId, seq, wait)));
      }
    },
    advance: async (ms) => {
      for (const e of ems) await e.advance(ms);
      for (const g of gateways) await g.advance(ms);
    },
    reset: async () => {
      for (const e of ems) await e.reset();
      await stack.waitForSync();
      for (const g of gateways) await g.reset();
    },
    stop: () => (stopping ??= stopParts()),
    [Symbol.asyncDispose]: () => stack.stop(),
  };
  try {
    await stack.waitForSync({ timeoutMs: 30_000 });
  } catch (err) {
    await stack.stop();
    throw new TestkitError(
      'ZTNA_TESTKIT_START',
      `startZtnaStack: the gateways did not sync: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
  return stack;
}
