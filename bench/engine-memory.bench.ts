// Heap held by 1,000,000 sessions: V8 heap plus the typed arrays' backing stores (counted as
// arrayBuffers, outside heapUsed), measured after a full GC.
import { benchEngine, mb, openSessions } from './engine-bench-support.js';

/** One client address per session: the worst case for the per-IP indexes. */
const distinctClients = (i: number): [number, number] => [0x0a000001 + i, 10_000 + (i % 50_000)];

const SESSIONS = 1_000_000;
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc (npm run bench does)');

const usage = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers, total: m.heapUsed + m.arrayBuffers };
};

const before = usage();
const { engine } = benchEngine();
const start = process.hrtime.bigint();
openSessions(engine, SESSIONS, 0, distinctClients);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const after = usage();
const held = after.total - before.total;
console.log(
  `sessions: ${engine.stats().total.toLocaleString('en-US')} (opened with 3 packets each in ${seconds.toFixed(1)} s)`,
);
console.log(
  `heapUsed: ${mb(after.heap - before.heap)} MB, typed-array buffers: ${mb(after.buffers - before.buffers)} MB`,
);
console.log(`held in total: ${mb(held)} MB = ${Math.round(held / SESSIONS)} bytes/session (limit 400 MB)`);
console.log(`rss: ${mb(process.memoryUsage().rss)} MB`);
