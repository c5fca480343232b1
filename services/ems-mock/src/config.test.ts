import { describe, expect, it } from 'vitest';
import { defaultConfig, loadConfig, resolveConfig } from './config.js';
import { EmsError } from './errors.js';

describe('loadConfig', () => {
  it('fills the defaults and freezes the result', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      natsUrl: 'nats://127.0.0.1:4222',
      emsId: 1,
      serial: 'FCTEMS0000000001',
      httpHost: '127.0.0.1',
      httpPort: 8081,
      logLevel: 'info',
    });
    expect(config.subjects.stream).toBe('ZTNA_EVENTS');
    expect(config.subjects.prefix).toBe('ztna.v1');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reports every problem together, naming the variable and value', () => {
    expect(() =>
      loadConfig({
        EMS_ID: '9',
        EMS_HTTP_PORT: 'http',
        LOG_LEVEL: 'loud',
        STREAM_DISCARD: 'sideways',
        NATS_URL: 'redis://x',
        EMS_HTTP_HOST: '0.0.0.0',
      }),
    ).toThrow(
      /NATS_URL "redis:\/\/x".*STREAM_DISCARD "sideways": must be one of old, new.*LOG_LEVEL "loud".*EMS_HTTP_PORT "http".*EMS_ID 9.*EMS_API_TOKEN undefined: required when the HTTP API listens on the non-loopback host "0.0.0.0"/,
    );
  });

  it('accepts a non-loopback host with a token', () => {
    expect(
      loadConfig({ EMS_HTTP_HOST: '0.0.0.0', EMS_API_TOKEN: 's3cret-0123456789', EMS_ID: '3' }),
    ).toMatchObject({
      httpHost: '0.0.0.0',
      apiToken: 's3cret-0123456789',
      emsId: 3,
    });
  });

  it('refuses a development or short token beyond loopback, and accepts both on loopback', () => {
    expect(() => loadConfig({ EMS_HTTP_HOST: '0.0.0.0', EMS_API_TOKEN: 'ems-dev-token' })).toThrow(
      'EMS_API_TOKEN (given): "ems-dev-token" is a documented development token, refused when the HTTP API listens on the non-loopback host "0.0.0.0"',
    );
    expect(() => loadConfig({ EMS_HTTP_HOST: '10.1.2.3', EMS_API_TOKEN: 's3cret' })).toThrow(
      'EMS_API_TOKEN (given): too short (6 characters): at least 16',
    );
    expect(loadConfig({ EMS_API_TOKEN: 'ems-dev-token' }).apiToken).toBe('ems-dev-token');
    expect(loadConfig({ EMS_API_TOKEN: 's3cret' }).apiToken).toBe('s3cret');
  });

  it('takes NATS_INBOX_PREFIX (default _INBOX) and refuses wildcards, naming the value', () => {
    expect(loadConfig({}).natsInboxPrefix).toBe('_INBOX');
    expect(loadConfig({ NATS_INBOX_PREFIX: '_INBOX.ems1' }).natsInboxPrefix).toBe('_INBOX.ems1');
    expect(() => loadConfig({ NATS_INBOX_PREFIX: '_INBOX.>' })).toThrow(
      /NATS_INBOX_PREFIX "_INBOX\.>": must be 1-8 dot-separated tokens/,
    );
  });

  it('takes EMS_SNAPSHOT_TTL_MS (default 60000) and refuses one out of range, naming it', () => {
    expect(loadConfig({}).snapshotTtlMs).toBe(60_000);
    expect(loadConfig({ EMS_SNAPSHOT_TTL_MS: '5000' }).snapshotTtlMs).toBe(5000);
    expect(() => loadConfig({ EMS_SNAPSHOT_TTL_MS: '10' })).toThrow(/EMS_SNAPSHOT_TTL_MS 10/);
    expect(() => loadConfig({ EMS_SNAPSHOT_TTL_MS: 'soon' })).toThrow(
      /EMS_SNAPSHOT_TTL_MS "soon": must be an integer/,
    );
  });

  it('takes STREAM_REPLICAS (default 1) and a list of NATS URLs', () => {
    expect(loadConfig({}).streamReplicas).toBe(1);
    expect(
      loadConfig({ STREAM_REPLICAS: '3', NATS_URL: 'nats://n1:4222,nats://n2:4222, nats://n3:4222' }),
    ).toMatchObject({ streamReplicas: 3, natsUrl: 'nats://n1:4222,nats://n2:4222, nats://n3:4222' });
    expect(() => loadConfig({ STREAM_REPLICAS: '7', NATS_URL: 'nats://n1:4222,n2:4222' })).toThrow(
      /NATS_URL "n2:4222": must be a nats:\/\/ URL.*STREAM_REPLICAS 7: .*less or equal to 5/,
    );
  });

  it('takes STREAM_MAX_BYTES (default 1 GiB) and STREAM_MAX_AGE_MS (default 24 h), each validated', () => {
    expect(loadConfig({})).toMatchObject({ streamMaxBytes: 1_073_741_824, streamMaxAgeMs: 86_400_000 });
    expect(loadConfig({ STREAM_MAX_BYTES: '65536', STREAM_MAX_AGE_MS: '60000' })).toMatchObject({
      streamMaxBytes: 65_536,
      streamMaxAgeMs: 60_000,
    });
    expect(() => loadConfig({ STREAM_MAX_BYTES: '10', STREAM_MAX_AGE_MS: '-1' })).toThrow(
      /STREAM_MAX_AGE_MS "-1": must be an integer.*STREAM_MAX_BYTES 10: .*greater or equal to 1024/,
    );
  });
});

describe('resolveConfig', () => {
  it('fills defaultConfig, derives the serial from the connector id, and freezes the result', () => {
    const config = resolveConfig({ ...defaultConfig, emsId: 3, publishWindow: 8 });
    expect(config).toMatchObject({
      emsId: 3,
      serial: 'FCTEMS0000000003',
      publishWindow: 8,
      retryMaxMs: 5000,
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(defaultConfig)).toBe(true);
  });

  it('reports every problem together, from the schema and between fields, naming field and value', () => {
    let message = '';
    try {
      resolveConfig({
        emsId: 8,
        serial: 'bad serial',
        publishWindow: 0.5,
        retryMinMs: 500,
        retryMaxMs: 200,
        snapshotPageSize: 10,
        snapshotMaxPageSize: 5,
        httpPort: 0,
        httpHost: '0.0.0.0',
      });
    } catch (err) {
      expect(err).toBeInstanceOf(EmsError);
      message = (err as Error).message;
    }
    for (const part of [
      'emsId 8:',
      'serial "bad serial":',
      'publishWindow 0.5:',
      'retryMaxMs 200: must be at least retryMinMs (500)',
      'snapshotPageSize 10: must be at most snapshotMaxPageSize (5)',
      'apiToken undefined: required',
    ]) {
      expect(message).toContain(part);
    }
  });
});
