import { ztna } from '@ztna/proto';
import type { NatsConnection } from 'nats';

/** What a heartbeat reports: read at every beat, so it follows restarts and new events. */
export interface HeartbeatSource {
  readonly emsId: number;
  readonly serial: string;
  readonly incarnation: string;
  readonly seq: number;
  /**
   * False while JetStream refuses the EMS's events: no heartbeat is sent then, so gateways see the EMS
   * stale (and out of sync after their threshold) instead of resyncing around a stream that takes nothing.
   */
  readonly publishing: boolean;
}

export interface HeartbeatPublisher {
  /** Publishes one heartbeat now (besides the periodic ones). */
  beat(): void;
  stop(): void;
}

/**
 * Publishes the EMS's id, incarnation and last produced seq as a {@link ztna.v1.Heartbeat} on `subject`
 * every `intervalMs` (core NATS, fire and forget; nothing is sent while NATS is away or while
 * `source.publishing` is false). `intervalMs` 0
 * publishes nothing. Time for `sent_at_ms` comes from `clock` (epoch ms).
 */
export function startHeartbeat(
  nc: NatsConnection,
  subject: string,
  source: HeartbeatSource,
  options: { intervalMs: number; clock: () => number },
): HeartbeatPublisher {
  const beat = (): void => {
    if (nc.isClosed() || !source.publishing) return;
    const data = ztna.v1.Heartbeat.encode({
      emsId: source.emsId,
      emsSerial: source.serial,
      incarnation: source.incarnation,
      seq: source.seq,
      sentAtMs: options.clock(),
      intervalMs: options.intervalMs,
    }).finish();
    try {
      nc.publish(subject, data);
    } catch {
      // Closed or draining between the check and the publish: the next beat tries again.
    }
  };
  if (options.intervalMs <= 0) return { beat: () => undefined, stop: () => undefined };
  const timer = setInterval(beat, options.intervalMs);
  timer.unref();
  beat();
  return { beat, stop: () => clearInterval(timer) };
}
