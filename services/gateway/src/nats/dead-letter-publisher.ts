import { DEAD_LETTER_REASON_HEADER } from '@ztna/proto';
import { headers, type JetStreamClient } from 'nats';
import type { Logger } from 'pino';
import type { DeadLetterSink } from '../tagsync/ports.js';
import { DEAD_LETTER_SUBJECT_HEADER } from './dead-letter-stream.js';

/**
 * Republishes refused messages, unchanged, with a JetStream publish to the gateway's dead-letter subject
 * (kept by its dead-letter stream) with the reason and the original subject as headers. The publish
 * goes out before the original is acked on the same connection, so the stream has it first; a publish
 * JetStream refuses is logged (once until one succeeds again) and handed to `onRefused` (e.g. to create
 * the stream again).
 */
export class NatsDeadLetters implements DeadLetterSink {
  private failing = false;

  constructor(
    private readonly js: JetStreamClient,
    private readonly subject: string,
    private readonly logger: Logger,
    private readonly onRefused: () => void = () => undefined,
  ) {}

  publish(subject: string, data: Uint8Array, reason: string): void {
    const h = headers();
    h.set(DEAD_LETTER_REASON_HEADER, reason.replace(/[\r\n]/g, ' '));
    h.set(DEAD_LETTER_SUBJECT_HEADER, subject);
    this.js.publish(this.subject, data, { headers: h }).then(
      () => {
        this.failing = false;
      },
      (err: unknown) => {
        if (!this.failing) this.logger.error({ err, subject: this.subject }, 'dead letter not kept');
        this.failing = true;
        this.onRefused();
      },
    );
  }
}
