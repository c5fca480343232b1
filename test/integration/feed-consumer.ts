// A third-party service that knows nothing but the gateway's event feed: it follows the SSE stream,
// reconnects with Last-Event-ID, starts over from the snapshot on 410, and keeps its own view of the
// dynamic addresses, the sessions the feed told about, the sync states and the traffic log lines.

/* eslint-disable @typescript-eslint/no-explicit-any -- events are JSON read field by field */

export interface ConsumerView {
  membership: Map<string, Set<string>>;
  /** serial → dirty | persistent | block (sessions allowed again, cleared or expired are dropped). */
  sessions: Map<number, { state: string; policyId: number }>;
  sync: Map<number, string>;
}

export class FeedConsumer {
  readonly view: ConsumerView = { membership: new Map(), sessions: new Map(), sync: new Map() };
  readonly seen: any[] = [];
  lastId = 0;
  gone = 0;
  /** Ids that arrived again or out of order (must stay empty). */
  readonly outOfOrder: number[] = [];
  reconnects = 0;
  private stopped = false;
  private controller: AbortController | undefined;
  private running: Promise<void> | undefined;

  /** @param url where the gateway is now (it moves when the gateway restarts on a new port). */
  constructor(private readonly url: () => string) {}

  start(): void {
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.controller?.abort();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.connect();
      } catch {
        if (this.stopped) return;
      }
      this.reconnects += 1;
      await new Promise((r) => setTimeout(r, 50)); // reconnect backoff of the client, not a wait in a test
    }
  }

  private async connect(): Promise<void> {
    this.controller = new AbortController();
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (this.lastId > 0) headers['last-event-id'] = String(this.lastId);
    const res = await fetch(`${this.url()}/api/v1/events`, { headers, signal: this.controller.signal });
    if (res.status === 410) {
      this.gone += 1;
      await res.text();
      await this.startOver();
      return;
    }
    if (res.status !== 200 || !res.body) throw new Error(`feed: HTTP ${res.status}`);
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of res.body as any as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (data !== undefined) this.apply(JSON.parse(data));
      }
    }
  }

  private async startOver(): Promise<void> {
    const snapshot = (await (await fetch(`${this.url()}/api/v1/events/snapshot`)).json()) as any;
    this.view.membership = new Map(snapshot.addresses.map((a: any) => [a.address, new Set(a.members)]));
    this.view.sessions = new Map(
      snapshot.sessions.map((s: any) => [s.serial, { state: s.state, policyId: s.policyId }]),
    );
    this.view.sync = new Map(snapshot.sync.map((s: any) => [s.emsId, s.state]));
    this.lastId = snapshot.lastEventId;
  }

  private apply(e: any): void {
    if (e.id <= this.lastId) {
      this.outOfOrder.push(e.id);
      return;
    }
    this.lastId = e.id;
    this.seen.push(e);
    if (e.kind === 'membership') {
      const m = e.membership;
      let set = this.view.membership.get(m.address);
      if (!set) this.view.membership.set(m.address, (set = new Set()));
      for (const x of m.added) set.add(x);
      for (const x of m.removed) set.delete(x);
    } else if (e.kind === 'session') {
      const s = e.session;
      if (['dirty', 'persistent', 'block'].includes(s.transition)) {
        this.view.sessions.set(s.serial, { state: s.transition, policyId: s.policyAfter });
      } else {
        this.view.sessions.delete(s.serial);
      }
    } else if (e.kind === 'sync') {
      this.view.sync.set(e.sync.emsId, e.sync.state);
    }
  }
}
