import { Type, type Static } from '@sinclair/typebox';
import type { FortiosIdentity } from '../../core/model/fortios-identity.js';

/** Most results one monitor reply carries (`count` is capped at it; FortiOS pages the rest). */
export const MONITOR_MAX_COUNT = 1000;

/** Query parameters every FortiOS monitor path accepts (FortiOS 7.4 REST API reference, monitor). */
export const MonitorQuery = Type.Object({
  vdom: Type.Optional(Type.String({ minLength: 1, maxLength: 31 })),
  count: Type.Optional(Type.Integer({ minimum: 1, maximum: MONITOR_MAX_COUNT })),
  start: Type.Optional(Type.Integer({ minimum: 0, maximum: 4294967295 })),
  mkey: Type.Optional(Type.String({ minLength: 1, maxLength: 79 })),
});
export type MonitorQuery = Static<typeof MonitorQuery>;

/** FortiOS's success envelope; extra keys (FortiOS adds some per path) are allowed. */
export const MonitorEnvelope = Type.Object(
  {
    http_method: Type.String(),
    results: Type.Unknown(),
    vdom: Type.String(),
    path: Type.String(),
    name: Type.String(),
    action: Type.String(),
    status: Type.Literal('success'),
    serial: Type.String(),
    version: Type.String(),
    build: Type.Integer(),
  },
  { additionalProperties: true },
);

/** FortiOS's error envelope: `status: "error"` and the HTTP status repeated as `http_status`. */
export const MonitorError = Type.Object(
  {
    http_method: Type.String(),
    status: Type.Literal('error'),
    http_status: Type.Integer(),
    vdom: Type.String(),
    path: Type.String(),
    name: Type.String(),
    action: Type.String(),
    serial: Type.String(),
    version: Type.String(),
    build: Type.Integer(),
  },
  { additionalProperties: true },
);

/** The only VDOM the simulator has. */
export const ROOT_VDOM = 'root';

/** Builds the envelopes of one monitor path for `identity`. */
export function monitorReplies(identity: FortiosIdentity, path: string, name: string) {
  const common = {
    http_method: 'GET',
    vdom: ROOT_VDOM,
    path,
    name,
    action: '',
    serial: identity.serial,
    version: identity.version,
    build: identity.build,
  };
  return {
    ok: (results: unknown) => ({ ...common, results, status: 'success' as const }),
    error: (httpStatus: number) => ({ ...common, status: 'error' as const, http_status: httpStatus }),
  };
}

/**
 * The page of `items` a monitor query asks for: from `start` (default 0), at most `count` (default and
 * cap {@link MONITOR_MAX_COUNT}).
 */
export function page<T>(items: readonly T[], query: Pick<MonitorQuery, 'start' | 'count'>): T[] {
  const start = query.start ?? 0;
  return items.slice(start, start + Math.min(query.count ?? MONITOR_MAX_COUNT, MONITOR_MAX_COUNT));
}
