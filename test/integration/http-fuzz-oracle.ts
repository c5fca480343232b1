/**
 * A seeded HTTP fuzzer and its oracle: requests over every route an OpenAPI document lists, with
 * hostile bodies, queries, path parameters and headers; every answer must be below 500, every error
 * in the one shape `{ "error": { "code", "message" } }` with a bounded message, no error may change
 * the state `fingerprint` reports, and every request is answered within its route's documented wait
 * (a `waitMs`/`timeoutMs` query parameter: the value sent, its default, refused at once when out of
 * range) plus a fixed allowance. A `text/event-stream` answer is a stream: its status and content type
 * are checked, then the body is dropped.
 */
import { documentedWait, WAIT_PARAM, type FuzzRoute } from './http-fuzz-routes.js';

export { routesOf, type FuzzRoute, type WaitParam } from './http-fuzz-routes.js';

export interface FuzzOptions {
  readonly base: string;
  readonly routes: readonly FuzzRoute[];
  readonly seed: number;
  readonly count: number;
  /**
   * The state an error must leave unchanged, compared as JSON before and after the request; a cheap
   * digest (taken before every request, again after an error).
   */
  readonly fingerprint: () => unknown;
  readonly headers?: Record<string, string>;
  /**
   * An error body the product answers on purpose besides the one shape (FortiOS's own envelope on its
   * REST monitor paths); `route` is the OpenAPI path. Default: none.
   */
  readonly foreignError?: (route: string, status: number, body: unknown) => boolean;
  /** GET requests in flight at once (default 4); any other method runs alone. */
  readonly concurrency?: number;
  /** Any request's answer within this plus its documented wait, ms (default 10 000). */
  readonly answerMs?: number;
}

export interface FuzzReport {
  readonly sent: number;
  readonly errors: number;
  readonly byStatus: Record<number, number>;
  /** Answers that were event streams (status and type checked, body dropped). */
  readonly streams: number;
  /** What broke the rules, one line each (at most 50 kept). */
  readonly problems: string[];
}

/** mulberry32: small, seedable, good enough to pick mutations. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CODE = /^[A-Z]+_ERR_[A-Z_]+$/;
const MESSAGE_LIMIT = 2_000;

/** Runs the fuzzer; resolves with what it saw (never throws for a bad answer: the caller asserts). */
export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const rand = prng(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const int = (n: number): number => Math.floor(rand() * n);
  const scalar = (): unknown =>
    pick<() => unknown>([
      () => int(2000) - 1000,
      () => 1e308 * (rand() < 0.5 ? 10 : 1),
      () => 'x'.repeat(pick([0, 1, 65, 300, 70_000])),
      () => '192.168.30.' + int(300),
      () => pick(['tcp', 'udp', 'all', 'APP_SERVERS', 'aa:bb:cc:dd:ee:ff', 'édit "x"', '%zz', '\u0000']),
      () => rand() < 0.5,
      () => null,
    ])();
  const value = (depth: number): unknown => {
    const r = rand();
    if (depth > 3 || r < 0.5) return scalar();
    if (r < 0.75) return Array.from({ length: int(4) }, () => value(depth + 1));
    const out: Record<string, unknown> = {};
    for (let i = int(4); i > 0; i--) {
      out[
        pick([
          'packets',
          'command',
          'uid',
          'ips',
          'tags',
          'seed',
          'count',
          'rate',
          'name',
          'steps',
          'ms',
          'x',
        ])
      ] = value(depth + 1);
    }
    return out;
  };
  const body = (): { text: string; type: string } | undefined =>
    pick<() => { text: string; type: string } | undefined>([
      () => undefined,
      () => ({ text: JSON.stringify(value(0)), type: 'application/json' }),
      () => ({ text: JSON.stringify(value(0)), type: 'application/json' }),
      () => ({ text: `${'['.repeat(5000)}${']'.repeat(5000)}`, type: 'application/json' }),
      () => ({ text: '{"__proto__":{"x":1},"constructor":{"prototype":{}}}', type: 'application/json' }),
      () => ({ text: '{"a":', type: 'application/json' }),
      () => ({ text: '', type: 'application/json' }),
      () => ({ text: 'diagnose sys session list', type: 'text/plain' }),
      () => ({ text: '<x/>', type: 'application/xml' }),
      () => ({ text: 'steps: [', type: 'application/yaml' }),
    ])();
  const param = (): string =>
    pick([() => 'r1', () => 'x'.repeat(5000), () => '%zz', () => '..%2F..', () => String(int(10))])();
  /** The query string, and the values sent per wait parameter (null: sent malformed). */
  const query = (route: FuzzRoute): { text: string; waits: Map<string, (string | null)[]> } => {
    const parts: string[] = [];
    const waits = new Map<string, (string | null)[]>();
    const documented = route.query ?? [];
    for (let i = int(4); i > 0; i--) {
      const key = documented.length > 0 && rand() < 0.5 ? pick(documented) : pick(QUERY_KEYS);
      const v = !WAIT_PARAM.test(key)
        ? String(scalar())
        : rand() < 0.85
          ? String(int(200))
          : pick(['-1', String(2 ** 31), '1.5', 'soon']);
      const malformed = rand() < 0.1;
      parts.push(`${key}=${malformed ? '%E0%A4%A' : encodeURIComponent(v.slice(0, 3000))}`);
      waits.set(key, [...(waits.get(key) ?? []), malformed ? null : v]);
    }
    return { text: parts.length > 0 ? `?${parts.join('&')}` : '', waits };
  };
  const make = (i: number): FuzzRequest => {
    const route = pick(options.routes);
    const q = query(route);
    const method = route.method === 'GET' && rand() < 0.05 ? 'HEAD' : route.method;
    const b = route.method === 'GET' ? undefined : body();
    const headers: Record<string, string> = { ...options.headers };
    if (b) headers['content-type'] = b.type;
    if (rand() < 0.02) headers['x-pad'] = 'h'.repeat(20_000);
    if (rand() < 0.05)
      headers['x-console-session'] = String(scalar())
        .replace(/[^\x21-\x7e]/g, '_')
        .slice(0, 200);
    if (route.method === 'GET' && rand() < 0.15) headers.accept = 'text/event-stream';
    if (route.method === 'GET' && rand() < 0.1)
      headers['last-event-id'] = pick([() => String(int(10)), () => String(2 ** 32 + int(10)), () => 'x'])();
    const path = route.path.replace(/\{[^}]+\}/g, () => param()) + q.text;
    return {
      i,
      route: route.path,
      method,
      path,
      headers,
      ...(b ? { body: b.text } : {}),
      ...documentedWait(route, q.waits),
    };
  };

  const answerMs = options.answerMs ?? 10_000;
  const report = {
    sent: 0,
    errors: 0,
    streams: 0,
    byStatus: {} as Record<number, number>,
    problems: [] as string[],
  };
  const problem = (line: string): void => void (report.problems.length < 50 && report.problems.push(line));
  const send = async (r: FuzzRequest): Promise<void> => {
    const before = JSON.stringify(options.fingerprint());
    let status: number;
    let text = '';
    const leave = new AbortController();
    try {
      const res = await fetch(`${options.base}${r.path}`, {
        method: r.method,
        headers: r.headers,
        ...(r.body === undefined ? {} : { body: r.body }),
        signal: AbortSignal.any([leave.signal, AbortSignal.timeout(answerMs + r.waitMs)]),
      });
      status = res.status;
      if (res.headers.get('content-type')?.startsWith('text/event-stream')) {
        leave.abort(); // a stream: its status and type are the answer; aborting closes the connection
        report.streams += 1;
        if (status !== 200) problem(`#${r.i} ${r.method} ${r.path.slice(0, 120)} → ${status}: event stream`);
      } else {
        text = await res.text();
      }
    } catch (err) {
      const bound = `${answerMs + r.waitMs} ms`;
      problem(
        `#${r.i} ${r.method} ${r.path.slice(0, 120)}: no answer in ${bound} (${(err as Error).message})`,
      );
      return;
    }
    report.sent += 1;
    report.byStatus[status] = (report.byStatus[status] ?? 0) + 1;
    const what = `#${r.i} ${r.method} ${r.path.slice(0, 120)} → ${status}`;
    if (status >= 500) problem(`${what}: 5xx ${text.slice(0, 200)}`);
    if (r.refuse && status < 400) problem(`${what}: a wait outside its documented range was accepted`);
    if (status < 400) return;
    report.errors += 1;
    if (r.method !== 'HEAD') {
      const foreign = (body: unknown): boolean => options.foreignError?.(r.route, status, body) ?? false;
      checkShape(text, what, foreign, problem);
    }
    const after = JSON.stringify(options.fingerprint());
    if (after !== before) problem(`${what}: state changed on an error (${before} → ${after})`);
  };

  // GETs (and HEADs) run `concurrency` at a time; any other method waits for them and runs alone, so
  // the fingerprint around an error can only move by that request.
  const safe = (r: FuzzRequest): boolean => r.method === 'GET' || r.method === 'HEAD';
  let made = 0;
  let next: FuzzRequest | undefined;
  const take = (): FuzzRequest => {
    const r = next!;
    next = made < options.count ? make(made++) : undefined;
    return r;
  };
  take();
  while (next !== undefined) {
    if (!safe(next)) {
      await send(take());
      continue;
    }
    const worker = async (): Promise<void> => {
      while (next !== undefined && safe(next)) await send(take());
    };
    await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  }
  return report;
}

interface FuzzRequest {
  readonly i: number;
  readonly route: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  /** How long the route documents it may wait for this query, ms. */
  readonly waitMs: number;
  /** A wait parameter was sent out of its documented range: the request must be refused. */
  readonly refuse: boolean;
}

const QUERY_KEYS = [
  'ems',
  'seq',
  'since',
  'timeoutMs',
  'src',
  'dst',
  'dport',
  'proto',
  'limit',
  'types',
  'waitMs',
  'zz',
];

function checkShape(
  text: string,
  what: string,
  foreign: (body: unknown) => boolean,
  problem: (line: string) => void,
): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    problem(`${what}: error body not JSON: ${text.slice(0, 200)}`);
    return;
  }
  const error = (parsed as { error?: { code?: unknown; message?: unknown } }).error;
  const keys = typeof parsed === 'object' && parsed !== null ? Object.keys(parsed) : [];
  if (foreign(parsed)) return;
  if (
    keys.length !== 1 ||
    typeof error?.code !== 'string' ||
    !CODE.test(error.code) ||
    typeof error.message !== 'string'
  ) {
    problem(`${what}: not the one error shape: ${text.slice(0, 200)}`);
  } else if (error.message.length > MESSAGE_LIMIT) {
    problem(`${what}: message of ${error.message.length} characters`);
  }
}
