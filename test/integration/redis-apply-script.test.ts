import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, uniqueId, type ServerHandle } from '@ztna/test';
import { APPLY_SCRIPT, ScriptArgs, packPairs } from '@ztna/gateway/testing';

describe('the apply script on a real Redis', () => {
  let server: ServerHandle;
  let redis: Redis;

  beforeAll(async () => {
    server = await startRedis();
    redis = new Redis(server.url);
  });

  afterAll(async () => {
    redis?.disconnect();
    await server?.close();
  });

  const run = async (args: ScriptArgs): Promise<unknown> =>
    redis.eval(APPLY_SCRIPT, args.keys.length, ...args.keys, ...args.argv);

  it('writes packed field/value pairs byte for byte, more than one HSET chunk of them, with the revision', async () => {
    const prefix = uniqueId('apply');
    const pairs: [string, Uint8Array][] = Array.from({ length: 5003 }, (_, i) => [
      i === 7 ? 'Ünïcode-uid' : `EP${i}`,
      createHash('sha256')
        .update(String(i))
        .digest()
        .subarray(0, i % 40),
    ]);
    const args = new ScriptArgs(`${prefix}:revision`, 0, 1);
    args.op('P', `${prefix}:endpoints`, [packPairs(pairs)]);
    args.op('A', `${prefix}:addr:T`, ['10.0.0.1', '10.0.0.2']);
    expect(await run(args)).toEqual([1, 2]);
    const stored = await redis.hgetallBuffer(`${prefix}:endpoints`);
    expect(Object.keys(stored)).toHaveLength(5003);
    for (const [field, value] of pairs) expect(stored[field]?.equals(Buffer.from(value)), field).toBe(true);
    expect(await redis.get(`${prefix}:revision`)).toBe('1');
  });

  it('writes nothing when the revision moved', async () => {
    const prefix = uniqueId('apply');
    await redis.set(`${prefix}:revision`, '5');
    const args = new ScriptArgs(`${prefix}:revision`, 4, 1);
    args.op('P', `${prefix}:endpoints`, [packPairs([['EP1', new Uint8Array([1, 2, 3])]])]);
    expect(await run(args)).toEqual([-1, 5]);
    expect(await redis.exists(`${prefix}:endpoints`)).toBe(0);
  });
});
