import { isMac, ztna } from '@ztna/proto';
import type { Msg, NatsConnection, Subscription } from 'nats';
import type { Engine } from '../engine/engine.js';
import {
  createPacketBatch,
  createVerdictBatch,
  type PacketBatch,
  type VerdictBatch,
} from '../engine/packet-batch.js';
import { VERDICT_REASONS } from '../engine/verdict-reasons.js';
import { parseIpv4 } from './ipv4-parse.js';

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

  const answer = (msg: Msg): void => {
    batches += 1;
    let reply: Uint8Array;
    try {
      const decoded = ztna.v1.PacketBatch.decode(msg.data);
      const n = decoded.packets.length;
      if (n > MAX_NATS_PACKETS)
        throw new Error(`packets: ${n} packets, at most ${MAX_NATS_PACKETS} per batch`);
      if (n > capacity) {
        while (capacity < n) capacity *= 2;
        batch = createPacketBatch(capacity, true);
        out = createVerdictBatch(capacity);
      }
      const problem = fill(batch, decoded.packets, engine.config.interfaces);
      reply = problem === undefined ? process(n) : refuse(problem);
    } catch (err) {
      reply = refuse(`invalid PacketBatch: ${err instanceof Error ? err.message : String(err)}`);
    }
    msg.respond(reply);
  };

  const process = (n: number): Uint8Array => {
    engine.processBatch(batch, out);
    options.observer?.batch(batch, out);
    const verdicts = new Array<ztna.v1.IVerdict>(n);
    for (let i = 0; i < n; i++) {
      verdicts[i] = {
        action: out.action[i] === 1 ? ztna.v1.Action.ACTION_ACCEPT : ztna.v1.Action.ACTION_DENY,
        session: out.session[i]!,
        policyId: out.policyId[i]!,
        reason: VERDICT_REASONS[out.reason[i]!]!,
      };
    }
    return ztna.v1.VerdictBatch.encode({ verdicts }).finish();
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

/** Copies decoded packets into the batch; returns the first problem (field and value) or undefined. */
function fill(
  batch: PacketBatch,
  packets: readonly ztna.v1.IPacket[],
  interfaces: ReadonlyMap<string, unknown>,
): string | undefined {
  batch.count = packets.length;
  for (let i = 0; i < packets.length; i++) {
    const p = packets[i]!;
    const proto = p.proto ?? 0;
    if (proto !== 1 && proto !== 6 && proto !== 17) return `packets[${i}].proto: unknown protocol ${proto}`;
    const src = parseIpv4(p.src ?? '');
    if (src < 0) return `packets[${i}].src: invalid IPv4 ${JSON.stringify(p.src ?? '')}`;
    const dst = parseIpv4(p.dst ?? '');
    if (dst < 0) return `packets[${i}].dst: invalid IPv4 ${JSON.stringify(p.dst ?? '')}`;
    const sport = p.sport ?? 0;
    const dport = p.dport ?? 0;
    if (sport > 65535) return `packets[${i}].sport: ${sport} is not a port 0-65535`;
    if (dport > 65535) return `packets[${i}].dport: ${dport} is not a port 0-65535`;
    const flags = p.flags ?? 0;
    if (flags > 31 || (proto !== 6 && flags !== 0))
      return `packets[${i}].flags: ${flags} is not valid for protocol ${proto}`;
    const srcintf = p.srcintf ?? '';
    if (srcintf !== '' && !interfaces.has(srcintf))
      return `packets[${i}].srcintf: no interface ${JSON.stringify(srcintf)}`;
    const srcMac = p.srcMac ?? '';
    if (srcMac !== '' && !isMac(srcMac)) return `packets[${i}].srcMac: invalid MAC ${JSON.stringify(srcMac)}`;
    batch.proto[i] = proto;
    batch.src[i] = src;
    batch.dst[i] = dst;
    batch.sport[i] = sport;
    batch.dport[i] = dport;
    batch.flags[i] = flags;
    batch.bytes[i] = p.bytes || DEFAULT_PAYLOAD_BYTES;
    batch.srcintf![i] = srcintf === '' ? undefined : srcintf;
    batch.srcMac![i] = srcMac === '' ? undefined : srcMac;
  }
  return undefined;
}
