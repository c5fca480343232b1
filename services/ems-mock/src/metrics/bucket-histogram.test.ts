import { Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { BucketHistogram } from './bucket-histogram.js';

const BUCKETS = [0.001, 0.01, 0.1, 1];

describe('BucketHistogram', () => {
  it('exports the same text as a prom-client Histogram fed the same values', async () => {
    const ours = new Registry();
    const theirs = new Registry();
    for (const registry of [ours, theirs]) registry.setDefaultLabels({ ems_id: '3' });
    const fast = new BucketHistogram('lat_seconds', 'Latency', BUCKETS, ours);
    const reference = new Histogram({
      name: 'lat_seconds',
      help: 'Latency',
      buckets: BUCKETS,
      registers: [theirs],
    });
    for (const v of [0, 0.001, 0.0011, 0.05, 0.1, 0.7, 1, 3, 12]) {
      fast.observe(v);
      reference.observe(v);
    }
    expect(await ours.metrics()).toBe(await theirs.metrics());
    expect(await ours.metrics()).toContain('lat_seconds_bucket{le="0.01",ems_id="3"} 3');
    expect(await ours.metrics()).toContain('lat_seconds_count{ems_id="3"} 9');
    const withoutExemplars = async (registry: Registry) =>
      (await registry.getMetricsAsJSON()).map((m) => ({
        ...m,
        values: m.values.map(({ value, labels, metricName }: Record<string, unknown>) => ({
          value,
          labels,
          metricName,
        })),
      }));
    expect(await withoutExemplars(ours)).toEqual(await withoutExemplars(theirs));
  });

  it('starts again from zero on reset', async () => {
    const registry = new Registry();
    const fast = new BucketHistogram('h', 'h', BUCKETS, registry);
    fast.observe(0.5);
    registry.resetMetrics();
    expect(await registry.getSingleMetricAsString('h')).toContain('h_count 0');
  });
});
