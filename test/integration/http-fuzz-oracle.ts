/**
 * A seeded HTTP fuzzer and its oracle: requests over every route an OpenAPI document lists, with
 * hostile bodies, queries, path parameters and headers; every answer must be below 500, every error
 * in the one shape `{ "error": { "code", "message" } }` with a bounded message, and no error may
 * change the state `fingerprint` reports.
 */

export interface FuzzRoute {
  readonly method: string;
  /** OpenAPI path, parameters as `{name}`. */
  readonly path: string;
}

export interface FuzzOptions {
  readonly base: string;
  readonly routes: readonly FuzzRoute[];
  readonly seed: number;
  readonly count: number;
  /** The state an error must leave unchanged (compared as JSON before and after each request). */
  readonly fingerprint: () => unknown;
  readonly headers?: Record<string, string>;
}

export interface FuzzReport {
  readonly sent: number;
  readonly errors: number;
  readonly byStatus: Record<number, number>;
  /** What broke the rules, one line each (at most 50 kept). */
  readonly problems: string[];
}

/** The routes of an OpenAPI document (`GET /docs/json`). */
export function routesOf(doc: { paths: Record<string, Record<string, unknown>> }): FuzzRoute[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((m) => ['get', 'post', 'put', 'delete', 'patch'].includes(m))
      .map((method) => ({ method: method.toUpperCase(), path })),
  );
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
      out[pick(['packets', 'command', 'uid', 'ips', 'tags', 'seed', 'count', 'rate', 'name', 'steps', 'x'])] =
        value(depth + 1);
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
  const query = (): string => {
    const parts: string[] = [];
    for (let i = int(4); i > 0; i--) {
      const key = pick([
        'ems',
        'seq',
        'timeoutMs',
        'src',
        'dst',
        'dport',
        'proto',
        'limit',
        'types',
        'waitMs',
        'zz',
      ]);
      const v = key === 'timeoutMs' || key === 'waitMs' ? String(int(200)) : String(scalar());
      parts.push(`${key}=${rand() < 0.1 ? '%E0%A4%A' : encodeURIComponent(v.slice(0, 3000))}`);
    }
    return parts.length > 0 ? `?${parts.join('&')}` : '';
  };

  const report = { sent: 0, errors: 0, byStatus: {} as Record<number, number>, problems: [] as string[] };
  const problem = (line: string): void => void (report.problems.length < 50 && report.problems.push(line));
  for (let i = 0; i < options.count; i++) {
    const route = pick(options.routes);
    const path = route.path.replace(/\{[^}]+\}/g, () => param()) + query();
    const b = route.method === 'GET' ? undefined : body();
    const headers: Record<string, string> = { ...options.headers };
    if (b) headers['content-type'] = b.type;
    if (rand() < 0.02) headers['x-pad'] = 'h'.repeat(20_000);
    if (rand() < 0.05)
      headers['x-console-session'] = String(scalar())
        .replace(/[^\x21-\x7e]/g, '_')
        .slice(0, 200);
    const before = JSON.stringify(options.fingerprint());
    let status: number;
    let text: string;
    try {
      const res = await fetch(`${options.base}${path}`, {
        method: route.method,
        headers,
        ...(b ? { body: b.text } : {}),
        signal: AbortSignal.timeout(10_000),
      });
      status = res.status;
      text = await res.text();
    } catch (err) {
      problem(`#${i} ${route.method} ${path.slice(0, 120)}: no answer (${(err as Error).message})`);
      continue;
    }
    report.sent += 1;
    report.byStatus[status] = (report.byStatus[status] ?? 0) + 1;
    const what = `#${i} ${route.method} ${path.slice(0, 120)} → ${status}`;
    if (status >= 500) problem(`${what}: 5xx ${text.slice(0, 200)}`);
    if (status < 400) continue;
    report.errors += 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      problem(`${what}: error body not JSON: ${text.slice(0, 200)}`);
      continue;
    }
    const error = (parsed as { error?: { code?: unknown; message?: unknown } }).error;
    const keys = Object.keys(parsed as object);
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
    const after = JSON.stringify(options.fingerprint());
    if (after !== before) problem(`${what}: state changed on an error (${before} → ${after})`);
  }
  return report;
}
