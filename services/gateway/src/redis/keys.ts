/**
 * Redis key layout of one gateway. Every key carries the Cluster hash tag `{<gatewayId>}` so that one
 * Lua script may touch all of them; several gateways share one Redis by their ids.
 *
 * `<prefix>:{<gw>}:rev`         string  membership revision (INCR per applied batch)
 * `<prefix>:{<gw>}:applied`     hash    emsId → `<incarnation>|<seq>|<sinceMs>`
 * `<prefix>:{<gw>}:ids`         hash    address name → ID
 * `<prefix>:{<gw>}:idseq`       string  next free address ID
 * `<prefix>:{<gw>}:ep:<emsId>`  hash    uid → ztna.v1.Endpoint bytes
 * `<prefix>:{<gw>}:addr:<name>` set     members (IPv4 or MAC) of one dynamic address
 */
export interface GatewayKeys {
  readonly base: string;
  readonly revision: string;
  readonly applied: string;
  readonly ids: string;
  readonly idSeq: string;
  endpoints(emsId: number): string;
  address(name: string): string;
}

/** Builds the key layout; `prefix` defaults to `ztna`. */
export function gatewayKeys(gatewayId: string, prefix = 'ztna'): GatewayKeys {
  const base = `${prefix}:{${gatewayId}}`;
  return {
    base,
    revision: `${base}:rev`,
    applied: `${base}:applied`,
    ids: `${base}:ids`,
    idSeq: `${base}:idseq`,
    endpoints: (emsId) => `${base}:ep:${emsId}`,
    address: (name) => `${base}:addr:${name}`,
  };
}
