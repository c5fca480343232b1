import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { ManualClock, systemClock } from './clock.js';
import { clockRoutes } from './clock-routes.js';
import { installErrorHandling } from './error-reply.js';
import { advanceInSteps, clockControl, every } from './manual-time.js';

describe('manual time', () => {
  it('every() repeats on the clock until cancelled, and survives a throwing callback', () => {
    const clock = new ManualClock(0);
    const seen: number[] = [];
    const errors: unknown[] = [];
    const timer = every(
      clock,
      100,
      () => {
        seen.push(clock.now());
        if (seen.length === 2) throw new Error('boom');
      },
      { onError: (err) => errors.push(err) },
    );
    clock.advance(350);
    timer.cancel();
    clock.advance(1000);
    expect(seen).toEqual([100, 200, 300]);
    expect(errors).toHaveLength(1);
    expect(() => every(clock, 0, () => undefined)).toThrow(RangeError);
  });

  it('advanceInSteps lets async work a timer started set the next timer before time moves on', async () => {
    const clock = new ManualClock(0);
    const steps: number[] = [];
    const step = async (): Promise<void> => {
      await Promise.resolve();
      steps.push(clock.now());
      if (steps.length < 5) clock.setTimeout(() => void step(), 1000);
    };
    clock.setTimeout(() => void step(), 1000);
    const now = await advanceInSteps(clock, 4500, () => clock.settle());
    expect(now).toBe(4500);
    expect(steps).toEqual([1000, 2000, 3000, 4000]);
  });

  it('POST /api/v1/clock/advance moves a manual clock; 409 on the system clock; ms is bounded', async () => {
    const clock = new ManualClock(1000);
    const fired: number[] = [];
    clock.setTimeout(() => fired.push(clock.now()), 500);
    const app = Fastify();
    installErrorHandling(app, { prefix: 'T', logger: { error: () => undefined } });
    await app.register(clockRoutes, { control: clockControl(clock), codePrefix: 'T' });
    const ok = await app.inject({ method: 'POST', url: '/api/v1/clock/advance', payload: { ms: 600 } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ mode: 'manual', nowMs: 1600, now: new Date(1600).toISOString() });
    expect(fired).toEqual([1500]);
    const big = await app.inject({
      method: 'POST',
      url: '/api/v1/clock/advance',
      payload: { ms: 3_600_001 },
    });
    expect(big.statusCode).toBe(400);
    expect(big.json().error).toMatchObject({ code: 'T_ERR_INVALID' });
    expect(big.json().error.message).toContain('3600001');

    const real = Fastify();
    await real.register(clockRoutes, { control: clockControl(systemClock), codePrefix: 'T' });
    const refused = await real.inject({ method: 'POST', url: '/api/v1/clock/advance', payload: { ms: 1 } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('T_ERR_CLOCK');
    expect((await real.inject({ method: 'GET', url: '/api/v1/clock' })).json().mode).toBe('system');
  });
});
