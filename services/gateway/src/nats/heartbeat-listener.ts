import type { NatsConnection, Subscription } from 'nats';
import type { EmsConnector } from '../tagsync/event-check.js';
import { checkHeartbeat } from '../tagsync/heartbeat-check.js';
import type { EmsHeartbeat } from '../tagsync/heartbeat-watch.js';
import type { Logger } from '../tagsync/tag-sync.js';

export interface HeartbeatListener {
  /** Heartbeats taken and refused so far. */
  readonly counts: { readonly taken: number; readonly refused: number };
  stop(): void;
}

/**
 * Subscribes to every EMS's heartbeat (`subjects.heartbeatFilter`) and hands each valid one to
 * `onHeartbeat` (tag sync). A refused heartbeat is counted and logged once (the first, naming the field
 * and value); a failing `onHeartbeat` is logged. Core NATS: nothing is replayed after a reconnect.
 */
export function listenForHeartbeats(
  nc: NatsConnection,
  options: {
    readonly subject: string;
    /** The connectors consumed, read at every heartbeat (they change with live `fctems` edits). */
    readonly connectors: Pick<ReadonlyMap<number, EmsConnector>, 'get'>;
    readonly onHeartbeat: (hb: EmsHeartbeat) => Promise<unknown>;
    readonly logger: Logger;
  },
): HeartbeatListener {
  const counts = { taken: 0, refused: 0 };
  const sub: Subscription = nc.subscribe(options.subject, {
    callback: (err, msg) => {
      if (err) return;
      const checked = checkHeartbeat(msg.data, msg.subject, options.connectors);
      if ('problem' in checked) {
        if (counts.refused++ === 0) {
          options.logger.warn(
            { subject: msg.subject, problem: checked.problem },
            'heartbeat refused (logged once)',
          );
        }
        return;
      }
      counts.taken += 1;
      options.onHeartbeat(checked.heartbeat).catch((error: unknown) => {
        options.logger.warn(
          { err: error, emsId: checked.heartbeat.emsId },
          'resync after a heartbeat failed',
        );
      });
    },
  });
  return {
    counts,
    stop: () => {
      if (!nc.isClosed()) sub.unsubscribe();
    },
  };
}
