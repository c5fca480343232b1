import type { NatsConnection } from 'nats';

/** The part of nats.js's connection internals a batch write needs (present in the 2.x line). */
interface ProtocolWriter {
  sendCommand(cmd: Uint8Array): void;
}

const CRLF = Buffer.from('\r\n');

/**
 * Publishes many small messages without reply subjects — the acks and naks of one applied batch — as
 * one block of `PUB` commands handed to the connection's outbound buffer in one piece. Through
 * `nc.publish` each ack costs a protocol line encoded on its own; here the whole batch is written into
 * one buffer. Falls back to `nc.publish` per message when the connection does not expose the nats.js
 * 2.x protocol writer. Like `nc.publish`, it throws when the connection is closed or draining.
 */
export function publishReplies(
  nc: NatsConnection,
  subjects: readonly string[],
  payloads: readonly Uint8Array[],
): void {
  if (subjects.length === 0) return;
  const writer = protocolWriter(nc);
  if (!writer || nc.isDraining()) {
    subjects.forEach((subject, i) => nc.publish(subject, payloads[i]));
    return;
  }
  if (nc.isClosed()) throw new Error('NATS connection closed: acks not sent');
  let size = 0;
  for (let i = 0; i < subjects.length; i++) {
    const length = payloads[i]!.length;
    size += 4 + Buffer.byteLength(subjects[i]!) + 1 + String(length).length + 2 + length + 2;
  }
  const block = Buffer.allocUnsafe(size);
  let at = 0;
  for (let i = 0; i < subjects.length; i++) {
    const payload = payloads[i]!;
    at += block.write(`PUB ${subjects[i]!} ${payload.length}\r\n`, at, 'utf8');
    block.set(payload, at);
    at += payload.length;
    block.set(CRLF, at);
    at += 2;
  }
  writer.sendCommand(block);
}

function protocolWriter(nc: NatsConnection): ProtocolWriter | undefined {
  const protocol = (nc as { protocol?: Partial<ProtocolWriter> }).protocol;
  return typeof protocol?.sendCommand === 'function' ? (protocol as ProtocolWriter) : undefined;
}
