import { preview } from '@ztna/service-kit';
import { TestkitError } from './errors.js';

export interface RequestOptions {
  body?: unknown;
  /** Sent as `text/plain` instead of JSON. */
  text?: string;
  query?: Readonly<Record<string, string | number | boolean | undefined>>;
  headers?: Readonly<Record<string, string>>;
  /** Statuses answered as a value instead of a TestkitError (default: 2xx only). */
  accept?: readonly number[];
}

export interface JsonReply<T> {
  readonly status: number;
  readonly body: T;
}

/**
 * A small JSON client of one service: `Authorization: Bearer <token>` when a token is given, JSON in
 * and out, a non-2xx status (not in `accept`) rejects with a ZTNA_TESTKIT_HTTP TestkitError naming
 * the method, path, status and the service's error code and message. With `timeoutMs`, a request
 * with no answer by then (plus its `waitMs` query, for long polls) rejects the same way.
 */
export class HttpJson {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
    private readonly timeoutMs?: number,
  ) {}

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<JsonReply<T>> {
    const url = new URL(path, this.baseUrl);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = { ...options.headers };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let body: string | undefined;
    if (options.text !== undefined) {
      headers['content-type'] = 'text/plain';
      body = options.text;
    } else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const waitMs = Number(options.query?.waitMs ?? 0);
    const signal = this.timeoutMs === undefined ? undefined : AbortSignal.timeout(this.timeoutMs + waitMs);
    let res: Response;
    try {
      res = await fetch(url, { method, headers, signal, ...(body === undefined ? {} : { body }) });
    } catch (err) {
      throw new TestkitError('ZTNA_TESTKIT_HTTP', `${method} ${url.pathname}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    const raw = await res.text();
    const type = res.headers.get('content-type') ?? '';
    const parsed: unknown = type.includes('json') && raw !== '' ? JSON.parse(raw) : raw;
    if (res.ok || options.accept?.includes(res.status)) return { status: res.status, body: parsed as T };
    const error = (parsed as { error?: { code?: string; message?: string } } | undefined)?.error;
    const what = error ? `${error.code}: ${error.message}` : preview(raw);
    throw new TestkitError('ZTNA_TESTKIT_HTTP', `${method} ${url.pathname} → ${res.status} ${what}`, {
      status: res.status,
      body: parsed,
    });
  }

  async json<T>(method: string, path: string, options?: RequestOptions): Promise<T> {
    return (await this.request<T>(method, path, options)).body;
  }
}
