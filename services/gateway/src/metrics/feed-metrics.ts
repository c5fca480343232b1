import { Counter, Gauge, type Registry } from 'prom-client';

/** The event feed's metrics on a gateway's registry. */
export class FeedMetrics {
  readonly events: Counter<'kind'>;
  readonly dropped: Counter<'sink' | 'reason'>;
  readonly sseCutOff: Counter;
  readonly syslogSent: Counter;
  readonly sseClients: Gauge;

  constructor(registry: Registry, pending: () => number) {
    this.events = new Counter({
      name: 'ztna_gateway_feed_events_total',
      help: 'Gateway events produced, by kind (membership, session, sync, log)',
      labelNames: ['kind'],
      registers: [registry],
    });
    this.dropped = new Counter({
      name: 'ztna_gateway_feed_dropped_total',
      help: 'Events not delivered to a sink (jetstream, syslog), by reason; the gateway itself lost nothing',
      labelNames: ['sink', 'reason'],
      registers: [registry],
    });
    this.sseCutOff = new Counter({
      name: 'ztna_gateway_feed_sse_cutoff_total',
      help: 'SSE clients disconnected because they fell too far behind',
      registers: [registry],
    });
    this.syslogSent = new Counter({
      name: 'ztna_gateway_feed_syslog_sent_total',
      help: 'Traffic log lines sent to the syslog server',
      registers: [registry],
    });
    this.sseClients = new Gauge({
      name: 'ztna_gateway_feed_sse_clients',
      help: 'Open SSE connections on GET /api/v1/events',
      registers: [registry],
    });
    new Gauge({
      name: 'ztna_gateway_feed_publish_pending',
      help: 'Events queued for JetStream and not yet acknowledged',
      registers: [registry],
      collect() {
        this.set(pending());
      },
    });
  }
}
