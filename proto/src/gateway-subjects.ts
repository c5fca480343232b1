import protobuf from 'protobufjs/minimal.js';
import { ztna } from '../gen/ztna.js';

/** The kinds of gateway events: the last token of their subject and the SSE `event:` name. */
export const GATEWAY_EVENT_KINDS = ['membership', 'session', 'sync', 'log'] as const;
export type GatewayEventKind = (typeof GATEWAY_EVENT_KINDS)[number];

const TOKEN = /^[A-Za-z0-9_-]+$/;

/**
 * Subject of one gateway's events of one kind: `<prefix>.gw.<gatewayId>.events.<kind>`. Throws a
 * RangeError naming the value when the gateway id is not one subject token.
 */
export function gatewayEventSubject(prefix: string, gatewayId: string, kind: GatewayEventKind): string {
  if (!TOKEN.test(gatewayId)) throw new RangeError(`gateway id: invalid subject token "${gatewayId}"`);
  return `${prefix}.gw.${gatewayId}.events.${kind}`;
}

/** Filter of a gateway's events (`gatewayId` `*` = every gateway): `<prefix>.gw.<id>.events.>`. */
export function gatewayEventsFilter(prefix: string, gatewayId = '*'): string {
  return `${prefix}.gw.${gatewayId}.events.>`;
}

/**
 * Encodes `count` gateway events from `from` as one protobuf buffer and returns each event's own
 * message as a view into it (one writer and one allocation per batch instead of one per event).
 */
export function encodeGatewayEvents(
  events: readonly ztna.v1.IGatewayEvent[],
  from: number,
  count: number,
): Uint8Array[] {
  const writer = protobuf.Writer.create();
  const ends: number[] = [];
  for (let i = from; i < from + count; i++) {
    ztna.v1.GatewayEvent.encode(events[i]!, writer);
    ends.push(writer.len);
  }
  const buffer = writer.finish();
  return ends.map((end, i) => buffer.subarray(i === 0 ? 0 : ends[i - 1], end));
}
