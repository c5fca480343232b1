// Shared set-up for the engine benchmarks: a two-interface gateway and packet batches.
import { FakeClock, testConfig, type TestConfigInput } from '@ztna/gateway/testing/engine';
import {
  TcpFlag,
  createEngine,
  createPacketBatch,
  createVerdictBatch,
  type Engine,
  type PacketBatch,
} from '@ztna/gateway/engine';

export const SERVER = 0xac100001; // 172.16.0.1
const CLIENT_BASE = 0x0a000000; // 10.0.0.0/8

/** Client address and port of session `i` (unique 5-tuples, 10.0.0.0/8, 1000 ports per address). */
export const clientOf = (i: number): [number, number] => [
  CLIENT_BASE + 1 + Math.floor(i / 1000),
  10_000 + (i % 1000),
];

export function benchEngine(
  extra: TestConfigInput = {},
  dirtySweepDelayMs?: number,
): { engine: Engine; clock: FakeClock } {
  const clock = new FakeClock();
  const config = testConfig({
    interfaces: [
      { name: 'lan', index: 1, ip: '10.0.0.1/8' },
      { name: 'wan', index: 2, ip: '172.16.0.2/24' },
    ],
    policies: [{ policyid: 1, srcintf: ['lan'], dstintf: ['wan'], service: ['HTTPS'] }],
    ...extra,
  });
  const engine = createEngine(config, {
    clock,
    initialCapacity: 1 << 16,
    ...(dirtySweepDelayMs === undefined ? {} : { dirtySweepDelayMs }),
  });
  return { engine, clock };
}

/** Fills `batch` with packets of sessions `from … from+count-1` in the given direction and flags. */
export function fill(
  batch: PacketBatch,
  from: number,
  count: number,
  dir: 0 | 1,
  flags: number,
  client = clientOf,
): void {
  for (let k = 0; k < count; k++) {
    const [ip, port] = client(from + k);
    batch.proto[k] = 6;
    batch.src[k] = dir === 0 ? ip : SERVER;
    batch.sport[k] = dir === 0 ? port : 443;
    batch.dst[k] = dir === 0 ? SERVER : ip;
    batch.dport[k] = dir === 0 ? 443 : port;
    batch.flags[k] = flags;
    batch.bytes[k] = 100;
  }
  batch.count = count;
}

/** Opens `n` TCP sessions (SYN, SYN/ACK, ACK) in batches of 4096. */
export function openSessions(engine: Engine, n: number, from = 0, client = clientOf): void {
  const size = 4096;
  const batch = createPacketBatch(size);
  const out = createVerdictBatch(size);
  for (let i = from; i < from + n; i += size) {
    const count = Math.min(size, from + n - i);
    fill(batch, i, count, 0, TcpFlag.SYN, client);
    engine.processBatch(batch, out);
    fill(batch, i, count, 1, TcpFlag.SYN | TcpFlag.ACK, client);
    engine.processBatch(batch, out);
    fill(batch, i, count, 0, TcpFlag.ACK, client);
    engine.processBatch(batch, out);
  }
}

export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
