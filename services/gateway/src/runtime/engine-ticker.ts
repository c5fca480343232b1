import { every, systemClock, type Clock } from '@ztna/service-kit';
import type { EngineApi } from '../core/model/engine-api.js';
import type { GatewayMetrics } from '../metrics/gateway-metrics.js';

/** Default period of the engine timer: expiry and the dirty sweep, ms. */
export const DEFAULT_TICK_MS = 100;

export interface EngineTicker {
  /** Runs one tick now (also what the timer does). */
  tick(): void;
  stop(): void;
}

/**
 * Calls `engine.tick()` every `periodMs` on `clock` (default the system clock, timer unref'd; a
 * manual clock ticks as it is advanced) and counts the dirty sessions the sweep re-checked. A
 * throwing tick is reported to `onError` and the timer keeps going.
 */
export function startEngineTicker(
  engine: EngineApi,
  options: {
    periodMs?: number;
    metrics?: GatewayMetrics;
    onError?: (err: unknown) => void;
    clock?: Clock;
  } = {},
): EngineTicker {
  const periodMs = options.periodMs ?? DEFAULT_TICK_MS;
  if (!(periodMs > 0)) throw new RangeError(`engine tick period must be > 0 ms, got ${periodMs}`);
  const tick = (): void => {
    const dirtyBefore = engine.stats().dirty;
    engine.tick();
    options.metrics?.sweptRechecks(dirtyBefore - engine.stats().dirty);
  };
  const timer = every(options.clock ?? systemClock, periodMs, tick, {
    ref: false,
    ...(options.onError ? { onError: options.onError } : {}),
  });
  return { tick, stop: () => timer.cancel() };
}
