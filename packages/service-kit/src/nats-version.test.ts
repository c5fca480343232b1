import { describe, expect, it } from 'vitest';
import { assertNatsVersion, compareVersions, MIN_NATS_VERSION, NatsVersionError } from './nats-version.js';

describe('NATS server version', () => {
  it('compares major, minor and patch as numbers', () => {
    expect(MIN_NATS_VERSION).toBe('2.9.0');
    expect(compareVersions('2.10.0', '2.9.0')).toBeGreaterThan(0);
    expect(compareVersions('2.9.10', '2.9.9')).toBeGreaterThan(0);
    expect(compareVersions('2.8.99', '2.9.0')).toBeLessThan(0);
    expect(compareVersions('1.99.99', '2.0.0')).toBeLessThan(0);
    expect(compareVersions('v2.9.0-beta.1', '2.9.0')).toBe(0);
    expect(() => compareVersions('latest', '2.9.0')).toThrow('version "latest": expected major.minor.patch');
  });

  it('accepts 2.9.0 and newer (Debian 2.9.10, compose 2.10)', () => {
    for (const version of ['2.9.0', '2.9.10', '2.10.24', '3.0.0']) {
      expect(() => assertNatsVersion({ version }, 'nats://127.0.0.1:4222')).not.toThrow();
    }
  });

  it('refuses an older, unreadable or missing version, naming it and the server', () => {
    const refusal = (info: { version?: string } | undefined): NatsVersionError => {
      try {
        assertNatsVersion(info, 'nats://10.0.0.1:4222');
      } catch (err) {
        return err as NatsVersionError;
      }
      throw new Error('accepted');
    };
    const old = refusal({ version: '2.8.4' });
    expect(old).toBeInstanceOf(NatsVersionError);
    expect(old.code).toBe('ZTNA_ERR_NATS_VERSION');
    expect(old.message).toBe(
      'nats://10.0.0.1:4222: NATS server 2.8.4 is too old; ztna-tagsync needs 2.9.0 or newer',
    );
    expect(refusal({ version: 'dev' }).message).toContain('server version "dev" cannot be read');
    expect(refusal(undefined).message).toContain('the server sent no version');
  });
});
