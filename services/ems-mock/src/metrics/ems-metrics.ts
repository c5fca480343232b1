import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { EVENT_KINDS, type EventKind } from '../domain/endpoint-record.js';

const byKind = (): Record<EventKind, number> =>
  Object.fromEntries(EVENT_KINDS.map((kind) => [kind, 0])) as Record<EventKind, number>;

/** Sets a counter labelled by kind to the totals counted locally. */
function fold(counter: Counter<'kind'>, counts: Readonly<Record<EventKind, number>>): void {
  counter.reset();
  for (const kind of EVENT_KINDS) if (counts[kind] > 0) counter.inc({ kind }, counts[kind]);
}

/** The EMS mock's Prometheus metrics, on a registry of its own so that several mocks share a process. */
export class EmsMetrics {
  readonly registry = new Registry();
  readonly published: Counter<'kind'>;
  readonly publishLatency: Histogram;
  readonly unacked: Gauge;
  readonly retries: Counter;
  readonly reordered: Counter;
  readonly faults: Counter<'fault'>;
  readonly events: Counter<'kind'>;
  /** Produced events by kind, counted without a label lookup per event and read at scrape time. */
  readonly produced = byKind();
  /** Events acked by JetStream by kind, counted like `produced`. */
  readonly acked = byKind();

  constructor(emsId: number, unackedNow: () => number) {
    this.registry.setDefaultLabels({ ems_id: String(emsId) });
    const registers = [this.registry];
    const { produced, acked } = this;
    this.events = new Counter({
      name: 'ems_events_produced_total',
      help: 'Events produced by the domain, by kind',
      labelNames: ['kind'],
      registers,
      collect() {
        fold(this, produced);
      },
    });
    this.published = new Counter({
      name: 'ems_events_published_total',
      help: 'Events published and acked by JetStream, by kind',
      labelNames: ['kind'],
      registers,
      collect() {
        fold(this, acked);
      },
    });
    // prom-client's own Histogram: a paired `npm run bench -- ems-publish` (issue 11) measured the
    // hand-written bucket histogram it replaces at 10% less mock CPU per event and no events/s gain.
    this.publishLatency = new Histogram({
      name: 'ems_publish_latency_seconds',
      help: 'Time from the last publish of an event to its JetStream ack',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.unacked = new Gauge({
      name: 'ems_publish_unacked',
      help: 'Events produced and not yet acked by JetStream',
      registers,
      collect() {
        this.set(unackedNow());
      },
    });
    this.retries = new Counter({
      name: 'ems_publish_retries_total',
      help: 'Publishes sent again after a failure, a timeout or a reconnect (same message id)',
      registers,
    });
    this.reordered = new Counter({
      name: 'ems_publish_reordered_total',
      help: 'Events JetStream stored after a later event of the same EMS (seen from the acks)',
      registers,
    });
    this.faults = new Counter({
      name: 'ems_faults_injected_total',
      help: 'Publisher-side faults injected on purpose, by fault',
      labelNames: ['fault'],
      registers,
    });
  }
}
