import { describe, expect, it } from 'vitest';
import { inboxPrefixOf, inboxPrefixProblem, natsServerOptions } from './nats-url.js';
import type { NatsConnection } from 'nats';

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

describe('inboxPrefixProblem', () => {
  it('accepts subject tokens without wildcards', () => {
    for (const ok of ['_INBOX', '_INBOX.gw1', '_INBOX_ems-1.a.b'])
      expect(inboxPrefixProblem(ok)).toBeUndefined();
  });

  it('refuses wildcards, empty tokens, spaces and over-long prefixes', () => {
    for (const bad of [
      '',
      '_INBOX.*',
      '_INBOX.>',
      '_INBOX..gw1',
      '_INBOX.gw1.',
      'a b',
      'x'.repeat(129),
      'a.b.c.d.e.f.g.h.i',
    ]) {
      expect(inboxPrefixProblem(bad)).toMatch(/dot-separated tokens/);
    }
  });
});

describe('inboxPrefixOf', () => {
  it('reads the prefix the connection was opened with, undefined when it has none', () => {
    expect(inboxPrefixOf({ options: { inboxPrefix: '_INBOX.gw1' } } as unknown as NatsConnection)).toBe(
      '_INBOX.gw1',
    );
    expect(inboxPrefixOf({ options: {} } as unknown as NatsConnection)).toBeUndefined();
  });
});
