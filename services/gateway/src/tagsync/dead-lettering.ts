import { describeRefusal, type RefusalKind } from './event-check.js';
import type { InboundMessage, TagSyncDeps } from './tag-sync-deps.js';

/**
 * Dead-letters the messages tag sync refuses: counts each with the observer, logs the first of each kind,
 * and publishes it unchanged with the reason.
 */
export class DeadLettering {
  private readonly loggedKinds = new Set<RefusalKind>();

  constructor(private readonly deps: Pick<TagSyncDeps, 'deadLetters' | 'observer' | 'logger'>) {}

  send(m: InboundMessage, refusal: Parameters<typeof describeRefusal>[0]): void {
    const reason = describeRefusal(refusal);
    this.deps.observer.deadLettered(refusal.kind, refusal);
    if (!this.loggedKinds.has(refusal.kind)) {
      this.loggedKinds.add(refusal.kind);
      this.deps.logger.warn(
        { subject: m.subject, reason },
        'event refused and dead-lettered (logged once per kind)',
      );
    }
    this.deps.deadLetters.publish(m.subject, m.data, reason);
  }
}
