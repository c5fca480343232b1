import { describe, expect, it } from 'vitest';
import { natsServerOptions } from './nats-url.js';

describe('natsServerOptions', () => {
  it('lifts user and password out of the URL', () => {
    expect(natsServerOptions('nats://gateway:p%40ss@nats:4222')).toEqual({
      servers: ['nats://nats:4222'],
      user: 'gateway',
      pass: 'p@ss',
    });
  });

  it('reads a lone user part as a token and keeps every server', () => {
    expect(natsServerOptions('nats://s3cret@a:4222, nats://b:4223')).toEqual({
      servers: ['nats://a:4222', 'nats://b:4223'],
      token: 's3cret',
    });
  });

  it('leaves a URL without credentials as it is', () => {
    expect(natsServerOptions('nats://127.0.0.1:4222')).toEqual({ servers: ['nats://127.0.0.1:4222'] });
  });

  it('names the value that does not parse', () => {
    expect(() => natsServerOptions('nats://ok:1,::bad')).toThrow(/NATS URL "::bad": not a URL/);
  });
});
