import type { GatewayConfig } from '../model/config.js';

/** One active route: static, or connected (from an interface address, distance 0). */
export interface Route {
  readonly addr: number;
  readonly masklen: number;
  readonly gateway: number;
  readonly device: string;
  readonly devIndex: number;
  readonly distance: number;
  readonly priority: number;
}

/**
 * Longest-prefix-match routing table built from `router static` and the interface addresses. Among
 * routes to the same prefix the lowest distance, then the lowest priority wins. Routes on a down
 * interface or with `status disable` are left out.
 */
export class RouteTable {
  private readonly levels: Map<number, Route>[] = Array.from({ length: 33 }, () => new Map());
  private readonly lengths: number[];
  readonly routes: readonly Route[];

  constructor(config: GatewayConfig) {
    const routes: Route[] = [];
    for (const intf of config.interfaces.values()) {
      if (!intf.status || intf.ip === undefined) continue;
      const addr = networkOf(intf.ip.host, intf.ip.masklen);
      routes.push({
        addr,
        masklen: intf.ip.masklen,
        gateway: 0,
        device: intf.name,
        devIndex: intf.index,
        distance: 0,
        priority: 0,
      });
    }
    for (const r of config.staticRoutes.values()) {
      const intf = config.interfaces.get(r.device);
      if (!r.status || intf === undefined || !intf.status) continue;
      const addr = networkOf(r.dst.addr, r.dst.masklen);
      routes.push({
        addr,
        masklen: r.dst.masklen,
        gateway: r.gateway,
        device: r.device,
        devIndex: intf.index,
        distance: r.distance,
        priority: r.priority,
      });
    }
    for (const r of routes) {
      const level = this.levels[r.masklen]!;
      const cur = level.get(r.addr);
      if (
        cur === undefined ||
        r.distance < cur.distance ||
        (r.distance === cur.distance && r.priority < cur.priority)
      ) {
        level.set(r.addr, r);
      }
    }
    this.routes = routes;
    this.lengths = [];
    for (let len = 32; len >= 0; len--) if (this.levels[len]!.size > 0) this.lengths.push(len);
  }

  /** The best route to `ip`, or undefined when nothing covers it. */
  lookup(ip: number): Route | undefined {
    for (const len of this.lengths) {
      const r = this.levels[len]!.get(networkOf(ip, len));
      if (r !== undefined) return r;
    }
    return undefined;
  }

  /** Whether the table holds a route with this prefix, gateway and device (preserve-session-route). */
  has(addr: number, masklen: number, gateway: number, devIndex: number): boolean {
    const r = this.levels[masklen]?.get(addr);
    return r !== undefined && r.gateway === gateway && r.devIndex === devIndex;
  }
}

/** `ip` with the host bits of a `/masklen` prefix cleared (unsigned). */
export function networkOf(ip: number, masklen: number): number {
  if (masklen === 0) return 0;
  return (ip & (0xffffffff << (32 - masklen))) >>> 0;
}
