import type { NatsConnection } from 'nats';

/** Tracks whether a NATS connection is up from its status events. */
export function watchNatsStatus(nc: NatsConnection): { readonly connected: boolean; stop(): void } {
  let connected = !nc.isClosed();
  let stopped = false;
  void (async () => {
    for await (const s of nc.status()) {
      if (stopped) break;
      if (s.type === 'disconnect') connected = false;
      else if (s.type === 'reconnect') connected = true;
    }
  })();
  void nc.closed().then(() => (connected = false));
  return {
    get connected() {
      return connected && !nc.isClosed();
    },
    stop: () => {
      stopped = true;
    },
  };
}
