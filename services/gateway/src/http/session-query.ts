import { Type, type Static } from '@sinclair/typebox';
import { ipv4ToInt } from '@ztna/proto';
import type { SessionFilter } from '../core/model/engine-api.js';
import type { GatewayConfig } from '../core/model/config.js';
import { GatewayError } from '../errors.js';

/** Query fields of the session views, as `diagnose sys session filter` names them. */
export const SessionQuery = Type.Object(
  {
    src: Type.Optional(Type.String({ format: 'ipv4' })),
    dst: Type.Optional(Type.String({ format: 'ipv4' })),
    sport: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535 })),
    dport: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535 })),
    proto: Type.Optional(Type.Integer({ minimum: 0, maximum: 255 })),
    policy: Type.Optional(Type.Integer({ minimum: 0, maximum: 4294967295 })),
    intf: Type.Optional(Type.String({ minLength: 1, maxLength: 35 })),
  },
  { additionalProperties: false },
);
export type SessionQuery = Static<typeof SessionQuery>;

/** The engine filter of a (schema-checked) query; an unknown `intf` is refused naming the value. */
export function toSessionFilter(q: SessionQuery, config: GatewayConfig): SessionFilter {
  if (q.intf !== undefined && !config.interfaces.has(q.intf)) {
    throw new GatewayError('ZTNA_ERR_CLI_REFERENCE', `querystring.intf "${q.intf}": no such interface`);
  }
  return {
    ...(q.src === undefined ? {} : { src: ipv4ToInt(q.src) }),
    ...(q.dst === undefined ? {} : { dst: ipv4ToInt(q.dst) }),
    ...(q.sport === undefined ? {} : { sport: q.sport }),
    ...(q.dport === undefined ? {} : { dport: q.dport }),
    ...(q.proto === undefined ? {} : { proto: q.proto }),
    ...(q.policy === undefined ? {} : { policy: q.policy }),
    ...(q.intf === undefined ? {} : { intf: q.intf }),
  };
}
