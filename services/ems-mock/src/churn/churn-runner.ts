import { sleep } from '@ztna/service-kit';
import { invalid } from '../errors.js';
import { progressLogger, startRun, type RunContext, type StartedRun } from '../runs/run-context.js';
import type { RunHandle } from '../runs/run-tracker.js';
import { ChurnGenerator, DEFAULT_MIX, type ChurnMix, type ChurnOp } from './churn-generator.js';

export interface ChurnOptions {
  seed: number;
  /** Operations per second; omitted = as fast as the publisher takes them. */
  rate?: number;
  /** Stop after this many ms (at least one of durationMs and count). */
  durationMs?: number;
  /** Stop after this many operations (each produces one event). */
  count?: number;
  mix?: Partial<ChurnMix>;
  /** Population size, default 100, at most 100 000. */
  endpoints?: number;
  /** ZTNA tag pool size, default 8, at most 256. */
  tags?: number;
}

const CHUNK = 512;
const OPS: ChurnOp[] = ['attach', 'detach', 'offline', 'online', 'address'];

/** Validates churn options; throws EMS_ERR_INVALID naming the field and the value. */
export function checkChurnOptions(
  o: ChurnOptions,
): Required<Omit<ChurnOptions, 'rate' | 'durationMs' | 'count'>> & ChurnOptions & { mix: ChurnMix } {
  const int = (field: keyof ChurnOptions, value: unknown, min: number, max: number): void => {
    if (value === undefined) return;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw invalid(field, value, `must be an integer in ${min}..${max}`);
    }
  };
  if (o === null || typeof o !== 'object') throw invalid('churn', o, 'must be an object');
  int('seed', o.seed, 0, 2 ** 32 - 1);
  if (o.seed === undefined) throw invalid('seed', o.seed, 'is required');
  if (o.rate !== undefined && (typeof o.rate !== 'number' || !(o.rate > 0) || o.rate > 10_000_000)) {
    throw invalid('rate', o.rate, 'must be a number in (0, 10000000] operations per second');
  }
  int('durationMs', o.durationMs, 1, 86_400_000);
  int('count', o.count, 1, 100_000_000);
  if (o.durationMs === undefined && o.count === undefined) {
    throw invalid('durationMs', o.durationMs, 'give durationMs or count');
  }
  int('endpoints', o.endpoints, 1, 100_000);
  int('tags', o.tags, 1, 256);
  const mix: ChurnMix = { attach: 0, detach: 0, offline: 0, online: 0, address: 0 };
  for (const [op, weight] of Object.entries(o.mix ?? DEFAULT_MIX)) {
    if (!OPS.includes(op as ChurnOp))
      throw invalid(`mix.${op}`, weight, `unknown operation (${OPS.join(', ')})`);
    if (typeof weight !== 'number' || !(weight >= 0) || weight > 1e6) {
      throw invalid(`mix.${op}`, weight, 'must be a weight in [0, 1000000]');
    }
    mix[op as ChurnOp] = weight;
  }
  if (OPS.every((op) => mix[op] === 0)) throw invalid('mix', o.mix, 'needs at least one weight above 0');
  return { ...o, mix, endpoints: o.endpoints ?? 100, tags: o.tags ?? 8 };
}

/**
 * Starts seeded churn as a tracked run (see {@link churnLoop}). Throws EMS_ERR_INVALID for bad options and
 * EMS_ERR_CONFLICT while another run is active, synchronously.
 */
export function startChurn(ctx: RunContext, options: ChurnOptions): StartedRun {
  checkChurnOptions(options);
  return startRun(ctx, 'churn', (run) => churnLoop(ctx, options, run));
}

/**
 * Registers the population, then performs `count` operations or runs for `durationMs`, paced to `rate`.
 * The operations depend only on the seed and the starting state, never on timing (a duration only
 * decides where the same sequence stops). Waits whenever the unacked backlog is full.
 */
export async function churnLoop(ctx: RunContext, options: ChurnOptions, run: RunHandle): Promise<void> {
  const o = checkChurnOptions(options);
  const generator = new ChurnGenerator(ctx.domain, {
    seed: o.seed,
    mix: o.mix,
    endpoints: o.endpoints,
    tags: o.tags,
  });
  const progress = progressLogger(ctx.logger.child({ runId: run.id }), ctx.clock);
  generator.populate();
  const { clock } = ctx;
  const started = clock.now();
  const total = o.count ?? Number.POSITIVE_INFINITY;
  let done = 0;
  for (;;) {
    const elapsed = clock.now() - started;
    if (done >= total || (o.durationMs !== undefined && elapsed >= o.durationMs) || run.signal.aborted) break;
    const due = o.rate === undefined ? done + CHUNK : Math.floor((o.rate * elapsed) / 1000) + 1;
    const upto = Math.min(total, due, done + CHUNK);
    while (done < upto) {
      generator.step();
      done += 1;
    }
    progress({ operations: done, seq: ctx.domain.seq });
    await ctx.waitForRoom();
    if (o.rate !== undefined && done >= due) {
      await sleep(clock, Math.max(1, ((done + 1) * 1000) / o.rate - (clock.now() - started)), run.signal);
    } else {
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  ctx.logger.info({ runId: run.id, operations: done, seq: ctx.domain.seq }, 'churn finished producing');
}
