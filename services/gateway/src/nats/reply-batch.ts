import type { NatsConnection } from 'nats';

/**
 * Publishes the acks and naks of one applied batch, each message to its own reply subject, in order,
 * through the public `nc.publish` (nats.js buffers them and writes them out together). A paired run of
 * `npm run bench -- tagsync-apply` (issue 11) measured a hand-written block of PUB commands through
 * nats.js's private protocol writer at about 10% more events/s and 11% fewer gateway CPU-seconds per
 * event: under the 15% bar for using private internals, so it was removed. Throws, like
 * `nc.publish`, when the connection is closed or draining.
 */
export function publishReplies(
  nc: NatsConnection,
  subjects: readonly string[],
  payloads: readonly Uint8Array[],
): void {
  for (let i = 0; i < subjects.length; i++) nc.publish(subjects[i]!, payloads[i]);
}
