import { isMac, ztna } from '@ztna/proto';
import type { Msg, NatsConnection, Subscription } from 'nats';
import type { Engine } from '../core/engine/engine.js';
import {
  createPacketBatch,
  createVerdictBatch,
  type PacketBatch,
  type VerdictBatch,
} from '../core/engine/packet-batch.js';
import { decodePacketBatch } from '../traffic/packet-decoder.js';
import { encodeVerdictBatch } from '../traffic/verdict-encoder.js';

/** Largest number of packets one NATS request may carry. */
export const MAX_NATS_PACKETS = 65_536;
const DEFAULT_PAYLOAD_BYTES = 60;

/** What the responder reports per batch (metrics and revocation timing). */
export interface BatchObserver {
  batch(batch: PacketBatch, out: VerdictBatch): void;
}

export interface PacketResponder {
  readonly subject: string;
  /** Batches answered (refused ones included). */
  readonly batches: number;
  stop(): Promise<void>;
}

/**
 * Answers `subject` (use `subjects.packets(gatewayId)`): each request is a protobuf PacketBatch, each
 * reply a VerdictBatch with `verdicts[i]` for `packets[i]`. A batch with an invalid packet is refused as
 * a whole (`error` names `packets[i].<field>` and the value). Packets go through `engine.processBatch`
 * with reused buffers.
 */
export function startPacketResponder(
  nc: NatsConnection,
  subject: string,
  engine: Engine,
  options: { observer?: BatchObserver } = {},
): PacketResponder {
  let capacity = 1024;
  let batch = createPacketBatch(capacity, true);
  let out = createVerdictBatch(capacity);
  let batches = 0;

  const target = {
    reserve: (n: number): PacketBatch => {
      if (n > capacity) {
        while (capacity < n) capacity *= 2;
        batch = createPacketBatch(capacity, true);
        out = createVerdictBatch(capacity);
      }
      return batch;
    },
  };

  const answer = (msg: Msg): void => {
    batches += 1;
    let reply: Uint8Array;
    try {
      const n = decodePacketBatch(msg.data, target, MAX_NATS_PACKETS);
      const problem = check(batch, engine.config.interfaces);
      if (problem === undefined) {
        engine.processBatch(batch, out);
        options.observer?.batch(batch, out);
        reply = encodeVerdictBatch(out, n);
      } else {
        reply = refuse(problem);
      }
    } catch (err) {
      reply = refuse(`invalid PacketBatch: ${err instanceof Error ? err.message : String(err)}`);
    }
    msg.respond(reply);
  };

  const sub: Subscription = nc.subscribe(subject, {
    callback: (err, msg) => (err ? undefined : answer(msg)),
  });
  return {
    subject,
    get batches() {
      return batches;
    },
    stop: async () => {
      if (!nc.isClosed() && !sub.isClosed()) await sub.drain();
    },
  };
}

function refuse(error: string): Uint8Array {
  return ztna.v1.VerdictBatch.encode({ verdicts: [], error }).finish();
}

/** The first packet the engine cannot take (field and value), or undefined. */
function check(batch: PacketBatch, interfaces: ReadonlyMap<string, unknown>): string | undefined {
  for (let i = 0; i < batch.count; i++) {
    const proto = batch.proto[i]!;
    if (proto !== 1 && proto !== 6 && proto !== 17) return `packets[${i}].proto: unknown protocol ${proto}`;
    const flags = batch.flags[i]!;
    if (flags > 31 || (proto !== 6 && flags !== 0)) {
      return `packets[${i}].flags: ${flags} is not valid for protocol ${proto}`;
    }
    if (batch.bytes[i] === 0) batch.bytes[i] = DEFAULT_PAYLOAD_BYTES;
    const srcintf = batch.srcintf![i];
    if (srcintf !== undefined && !interfaces.has(srcintf)) {
      return `packets[${i}].srcintf: no interface ${JSON.stringify(srcintf)}`;
    }
    const srcMac = batch.srcMac![i];
    if (srcMac !== undefined && !isMac(srcMac))
      return `packets[${i}].srcMac: invalid MAC ${JSON.stringify(srcMac)}`;
  }
  return undefined;
}
