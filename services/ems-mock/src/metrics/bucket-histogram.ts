import type { Metric, Registry } from 'prom-client';

interface HistogramValue {
  value: number;
  labels: { le?: number | string };
  metricName: string;
}

/**
 * A Prometheus histogram without labels whose `observe()` is a bucket search and three additions, for
 * values recorded once per published event (prom-client's Histogram hashes its labels on every call).
 * It registers on `registry` and is exported in the same text format as a prom-client Histogram.
 */
export class BucketHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly upperBounds: readonly number[];
  /** Observations per bucket, not cumulative; the last slot is +Inf. */
  private readonly counts: Float64Array;
  private sum = 0;
  private count = 0;

  constructor(
    readonly name: string,
    readonly help: string,
    buckets: readonly number[],
    registry: Registry,
  ) {
    this.upperBounds = [...buckets].sort((a, b) => a - b);
    this.counts = new Float64Array(this.upperBounds.length + 1);
    // The registry only calls get() and reset() of what it holds; prom-client types it as its own classes.
    registry.registerMetric(this as unknown as Metric);
  }

  observe(value: number): void {
    const bounds = this.upperBounds;
    let i = 0;
    while (i < bounds.length && value > (bounds[i] as number)) i += 1;
    this.counts[i] = (this.counts[i] as number) + 1;
    this.sum += value;
    this.count += 1;
  }

  reset(): void {
    this.counts.fill(0);
    this.sum = 0;
    this.count = 0;
  }

  /** The metric as prom-client's Registry reads it (cumulative buckets, then +Inf, sum and count). */
  get(): Promise<{
    name: string;
    help: string;
    type: 'histogram';
    aggregator: 'sum';
    values: HistogramValue[];
  }> {
    const bucket = `${this.name}_bucket`;
    const values: HistogramValue[] = [];
    let cumulative = 0;
    this.upperBounds.forEach((le, i) => {
      cumulative += this.counts[i] as number;
      values.push({ value: cumulative, labels: { le }, metricName: bucket });
    });
    values.push({ value: this.count, labels: { le: '+Inf' }, metricName: bucket });
    values.push({ value: this.sum, labels: {}, metricName: `${this.name}_sum` });
    values.push({ value: this.count, labels: {}, metricName: `${this.name}_count` });
    return Promise.resolve({
      name: this.name,
      help: this.help,
      type: this.type,
      aggregator: this.aggregator,
      values,
    });
  }
}
