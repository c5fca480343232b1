import type { ztna } from '@ztna/proto';
import { describe, expect, it } from 'vitest';
import { EmsDomain } from '../domain/ems-domain.js';
import { EmsError } from '../errors.js';
import { ChurnGenerator, DEFAULT_MIX, churnUid } from './churn-generator.js';
import { checkChurnOptions } from './churn-runner.js';

function churn(seed: number, steps: number): ztna.v1.IEnvelope[] {
  const events: ztna.v1.IEnvelope[] = [];
  const domain = new EmsDomain(
    { emsId: 1, serial: 'S', tenant: 't' },
    'i',
    { emit: (e) => events.push(e) },
    () => 0,
  );
  const generator = new ChurnGenerator(domain, { seed, mix: { ...DEFAULT_MIX }, endpoints: 30, tags: 4 });
  generator.populate();
  for (let i = 0; i < steps; i += 1) generator.step();
  return events;
}

describe('ChurnGenerator', () => {
  it('produces exactly one event per step, the same for the same seed', () => {
    const a = churn(5, 500);
    expect(a).toHaveLength(30 + 500);
    expect(a.map((e) => e.seq)).toEqual(Array.from({ length: 530 }, (_, i) => i + 1));
    expect(churn(5, 500)).toEqual(a);
    expect(churn(6, 500)).not.toEqual(a);
  });

  it('follows the mix', () => {
    const events = churn(9, 1000).slice(30);
    const tagEvents = events.filter((e) => e.tagsAttached || e.tagsDetached).length;
    expect(tagEvents / events.length).toBeGreaterThan(0.6);
    expect(events.some((e) => e.endpointOffline)).toBe(true);
    expect(events.some((e) => e.addressChange)).toBe(true);
    expect(churnUid(7)).toBe('churn-00007');
  });

  it('validates options naming the field and value', () => {
    expect(() => checkChurnOptions({ seed: 1, count: 5, mix: { attach: -1 } })).toThrow(/mix.attach -1/);
    expect(() => checkChurnOptions({ seed: 1 })).toThrow(EmsError);
    expect(checkChurnOptions({ seed: 1, count: 5, mix: { detach: 1 } }).mix).toEqual({
      attach: 0,
      detach: 1,
      offline: 0,
      online: 0,
      address: 0,
    });
  });
});
