import { describe, expect, it } from 'vitest';
import { parseRedisUrl, redisCause } from './redis-client.js';

describe('parseRedisUrl', () => {
  it('takes one URL apart', () => {
    expect(parseRedisUrl('redis://:s3cret@127.0.0.1:6380/2')).toEqual({
      seeds: [{ host: '127.0.0.1', port: 6380 }],
      password: 's3cret',
      tls: false,
      db: 2,
    });
  });

  it('takes comma-separated seed nodes with one set of credentials, the scheme of the first', () => {
    expect(parseRedisUrl('rediss://app:p%40ss@r1:7000, r2:7001,redis://r3')).toEqual({
      seeds: [
        { host: 'r1', port: 7000 },
        { host: 'r2', port: 7001 },
        { host: 'r3', port: 6379 },
      ],
      username: 'app',
      password: 'p@ss',
      tls: true,
      db: 0,
    });
  });

  it('names the entry that does not parse', () => {
    expect(() => parseRedisUrl('http://x:1')).toThrow(/REDIS_URL entry "http:\/\/x:1": must be a redis/);
    expect(() => parseRedisUrl('redis://a:1,http://b:2')).toThrow(/entry "http:\/\/b:2"/);
    expect(() => parseRedisUrl(' , ')).toThrow(/no node/);
    expect(() => parseRedisUrl(`redis://${'x'.repeat(300)}:abc`)).toThrow(/…"/);
  });
});

describe('redisCause', () => {
  it('replaces EXECABORT by the errors that aborted the transaction', () => {
    const err = Object.assign(new Error('EXECABORT Transaction discarded because of previous errors.'), {
      previousErrors: [new Error('MOVED 5461 127.0.0.1:7001'), new Error('MOVED 5461 127.0.0.1:7001')],
    });
    expect(redisCause(err)).toBe('MOVED 5461 127.0.0.1:7001 (transaction aborted)');
  });

  it('keeps other messages, cut to a bounded length', () => {
    expect(redisCause(new Error('CLUSTERDOWN The cluster is down'))).toBe('CLUSTERDOWN The cluster is down');
    expect(redisCause(new Error('x'.repeat(500)))).toHaveLength(201);
    expect(redisCause('plain')).toBe('plain');
  });
});
