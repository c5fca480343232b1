import { describe, expect, it } from 'vitest';
import { gatewayKeys } from './keys.js';
import type { RedisClient } from './redis-client.js';
import { RedisStore } from './redis-store.js';

const execAbort = (): Error =>
  Object.assign(new Error('EXECABORT Transaction discarded because of previous errors.'), {
    previousErrors: [new Error('MOVED 10567 127.0.0.1:7002')],
  });

/** Just enough of a client for the store's load and revision calls. */
function fakeRedis(fail: () => Error | undefined): RedisClient {
  const multi = {
    get: () => multi,
    hgetall: () => multi,
    hgetallBuffer: () => multi,
    exec: async () => {
      const err = fail();
      if (err) throw err;
      return [
        [null, '4'],
        [null, {}],
        [null, {}],
        [null, '0'],
        [null, {}],
      ];
    },
  };
  return {
    multi: () => multi,
    get: async () => {
      const err = fail();
      if (err) throw err;
      return '4';
    },
  } as unknown as RedisClient;
}

describe('RedisStore failures', () => {
  it('names the real cause instead of EXECABORT, until the next call succeeds', async () => {
    let failing = true;
    const store = new RedisStore(
      fakeRedis(() => (failing ? execAbort() : undefined)),
      gatewayKeys('gw1', 'ztna'),
    );
    await expect(store.load([1])).rejects.toMatchObject({
      code: 'ZTNA_ERR_UNAVAILABLE',
      message: 'redis MULTI on ztna:{gw1}: MOVED 10567 127.0.0.1:7002 (transaction aborted)',
    });
    expect(store.failure).toBe('MULTI on ztna:{gw1}: MOVED 10567 127.0.0.1:7002 (transaction aborted)');
    failing = false;
    await expect(store.revision()).resolves.toBe(4);
    expect(store.failure).toBeUndefined();
    await expect(store.load([1])).resolves.toMatchObject({ revision: 4 });
  });
});
