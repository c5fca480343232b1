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
