import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { TagSyncObserver } from '../tagsync/ports.js';

/**
 * Prometheus instruments of tag sync on the given (per-instance) registry, as a {@link TagSyncObserver}.
 * `ztna_tagsync_apply_latency_seconds` is EMS emitted time → applied to Redis, per event.
 */
export function tagSyncMetrics(registry: Registry): TagSyncObserver {
  const registers = [registry];
  const applied = new Counter({
    name: 'ztna_tagsync_events_applied_total',
    help: 'EMS events applied',
    registers,
  });
  const skipped = new Counter({
    name: 'ztna_tagsync_events_skipped_total',
    help: 'EMS events that changed nothing (duplicate, stale incarnation, unknown endpoint)',
    labelNames: ['reason'],
    registers,
  });
  const deadLettered = new Counter({
    name: 'ztna_tagsync_dead_letter_total',
    help: 'Messages refused and republished to the dead-letter subject',
    labelNames: ['kind'],
    registers,
  });
  const resyncs = new Counter({
    name: 'ztna_tagsync_resyncs_total',
    help: 'Snapshot resyncs by EMS, cause and outcome',
    labelNames: ['ems', 'cause', 'outcome'],
    registers,
  });
  const resyncSeconds = new Histogram({
    name: 'ztna_tagsync_resync_seconds',
    help: 'Duration of snapshot resyncs',
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10],
    registers,
  });
  const latency = new Histogram({
    name: 'ztna_tagsync_apply_latency_seconds',
    help: 'EMS emitted time to applied in Redis',
    buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5, 1, 5],
    registers,
  });
  const revision = new Gauge({ name: 'ztna_tagsync_revision', help: 'Membership revision', registers });
  const mismatches = new Counter({
    name: 'ztna_tagsync_store_mismatch_total',
    help: 'Batches where Redis changed a different number of members than planned',
    registers,
  });
  return {
    applied: (events, emittedAtMs, appliedAtMs) => {
      applied.inc(events);
      for (const ms of emittedAtMs) if (ms > 0) latency.observe(Math.max(0, appliedAtMs - ms) / 1000);
    },
    skipped: (reason, count) => skipped.inc({ reason }, count),
    deadLettered: (kind) => deadLettered.inc({ kind }),
    resync: (emsId, cause, ok, durationMs) => {
      resyncs.inc({ ems: String(emsId), cause, outcome: ok ? 'ok' : 'failed' });
      if (ok) resyncSeconds.observe(durationMs / 1000);
    },
    revision: (r) => revision.set(r),
    storeMismatch: () => mismatches.inc(),
  };
}
