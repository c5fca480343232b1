import { DEAD_LETTER_REASON_HEADER } from '@ztna/proto';
import { headers, type NatsConnection } from 'nats';
import type { DeadLetterSink } from '../tagsync/ports.js';

/** Header naming the subject a dead-lettered message arrived on. */
export const DEAD_LETTER_SUBJECT_HEADER = 'Ztna-Dlq-Subject';

/** Republishes refused messages, unchanged, to the gateway's dead-letter subject with the reason. */
export class NatsDeadLetters implements DeadLetterSink {
  constructor(
    private readonly nc: NatsConnection,
    private readonly subject: string,
  ) {}

  publish(subject: string, data: Uint8Array, reason: string): void {
    const h = headers();
    h.set(DEAD_LETTER_REASON_HEADER, reason.replace(/[\r\n]/g, ' '));
    h.set(DEAD_LETTER_SUBJECT_HEADER, subject);
    this.nc.publish(this.subject, data, { headers: h });
  }
}
