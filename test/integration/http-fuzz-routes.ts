/** The route catalogue of the HTTP fuzz: routes and their documented waits, from an OpenAPI document. */

export interface FuzzRoute {
  readonly method: string;
  /** OpenAPI path, parameters as `{name}`. */
  readonly path: string;
  /** Query parameters the route documents (fuzzed besides a fixed set of hostile names). */
  readonly query?: readonly string[];
  /** Its documented waits: integer query parameters named `waitMs` or `timeoutMs`. */
  readonly waits?: readonly WaitParam[];
}

export interface WaitParam {
  readonly name: string;
  /** Documented bounds and default, ms. */
  readonly minimum: number;
  readonly maximum: number;
  readonly default?: number;
}

interface OpenApiParameter {
  in?: string;
  name?: string;
  schema?: { type?: string; minimum?: number; maximum?: number; default?: number };
}

export const WAIT_PARAM = /^(wait|timeout)Ms$/;

/** The routes of an OpenAPI document (`GET /docs/json`) with their query parameters and waits. */
export function routesOf(doc: { paths: Record<string, Record<string, unknown>> }): FuzzRoute[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([m]) => ['get', 'post', 'put', 'delete', 'patch'].includes(m))
      .map(([method, op]) => {
        const params = ((op as { parameters?: OpenApiParameter[] }).parameters ?? []).filter(
          (p) => p.in === 'query' && typeof p.name === 'string',
        );
        const waits = params.flatMap(({ name, schema }): WaitParam[] =>
          WAIT_PARAM.test(name!) && schema?.type === 'integer' && schema.maximum !== undefined
            ? [
                {
                  name: name!,
                  minimum: schema.minimum ?? 0,
                  maximum: schema.maximum,
                  default: schema.default,
                },
              ]
            : [],
        );
        return { method: method.toUpperCase(), path, query: params.map((p) => p.name!), waits };
      }),
  );
}

/**
 * The wait a request asks of its route: per documented wait parameter the value sent when it is one
 * in range, the documented default when absent, the documented maximum when it was sent malformed or
 * repeated (the parser decides); a single value out of range or not an integer must be refused.
 */
export function documentedWait(
  route: FuzzRoute,
  sent: ReadonlyMap<string, readonly (string | null)[]>,
): { waitMs: number; refuse: boolean } {
  let waitMs = 0;
  let refuse = false;
  for (const w of route.waits ?? []) {
    const values = sent.get(w.name) ?? [];
    const one = values.length === 1 ? values[0] : undefined;
    const n = typeof one === 'string' && /^\d+$/.test(one) ? Number(one) : NaN;
    if (values.length === 0) waitMs = Math.max(waitMs, w.default ?? 0);
    else if (n >= w.minimum && n <= w.maximum) waitMs = Math.max(waitMs, n);
    else if (typeof one === 'string') refuse = true;
    else waitMs = Math.max(waitMs, w.maximum);
  }
  return { waitMs, refuse };
}
