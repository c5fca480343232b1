/** One packet as the gateway's `POST /api/v1/packets` takes it. */
export interface PacketJson {
  proto: 'tcp';
  src: string;
  sport: number;
  dst: string;
  dport: number;
  flags: ('syn' | 'ack' | 'fin' | 'rst')[];
}

export interface VerdictJson {
  action: 'accept' | 'deny';
  session?: number;
  policyId: number;
  reason: string;
}

export interface SyncJson {
  revision: number;
  ems: { id: number; incarnation: string | null; appliedSeq: number; state: string }[];
}

export interface SessionJson {
  serial: number;
  src: string;
  sport: number;
  state: string[];
  policyId: number;
}

export interface DynamicAddressJson {
  name: string;
  members: string[];
}

/** A failed call: the gateway did not answer, or answered with an unexpected status. */
export class GatewayCallError extends Error {
  readonly code = 'CHAOS_ERR_GATEWAY_CALL';
}

/** A typed client of one gateway's HTTP API (Bearer `token` when given); every call is bounded by `timeoutMs`. */
export class GatewayClient {
  constructor(
    readonly url: string,
    private readonly token?: string,
    private readonly timeoutMs = 5_000,
  ) {}

  /** True when `GET /readyz` answers 200 (within 2 s). */
  async ready(): Promise<boolean> {
    return (await this.raw('GET', '/readyz', undefined, 2_000)).status === 200;
  }

  sync(): Promise<SyncJson> {
    return this.call('GET', '/api/v1/sync');
  }

  dynamicAddresses(): Promise<DynamicAddressJson[]> {
    return this.call('GET', '/api/v1/dynamic-addresses');
  }

  /** Resolves true once EMS `ems` is applied up to `seq` (engine included), false on the gateway's timeout. */
  async waitApplied(ems: number, seq: number, timeoutMs: number): Promise<boolean> {
    const res = await this.raw(
      'GET',
      `/api/v1/sync/wait?ems=${ems}&seq=${seq}&timeoutMs=${timeoutMs}`,
      undefined,
      timeoutMs + 5_000,
    );
    if (res.status === 408) return false;
    if (res.status !== 200) throw new GatewayCallError(`sync wait: HTTP ${res.status} from ${this.url}`);
    return true;
  }

  async packets(packets: PacketJson[]): Promise<VerdictJson[]> {
    return (await this.call<{ verdicts: VerdictJson[] }>('POST', '/api/v1/packets', { packets })).verdicts;
  }

  async sessions(src: string): Promise<SessionJson[]> {
    return (await this.call<{ sessions: SessionJson[] }>('GET', `/api/v1/sessions?src=${src}`)).sessions;
  }

  /** The value of one Prometheus counter or gauge (sum over its labels), 0 when absent. */
  async metric(name: string): Promise<number> {
    const res = await this.raw('GET', '/metrics');
    const text = await res.text();
    let sum = 0;
    for (const line of text.split('\n')) {
      if (line.startsWith(name) && (line[name.length] === ' ' || line[name.length] === '{')) {
        sum += Number(line.slice(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.raw(method, path, body);
    if (res.status !== 200)
      throw new GatewayCallError(`${method} ${path}: HTTP ${res.status} from ${this.url}`);
    return (await res.json()) as T;
  }

  private async raw(
    method: string,
    path: string,
    body?: unknown,
    timeoutMs = this.timeoutMs,
  ): Promise<Response> {
    try {
      return await fetch(`${this.url}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(this.token === undefined ? {} : { authorization: `Bearer ${this.token}` }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new GatewayCallError(`${method} ${path} on ${this.url}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }
}
