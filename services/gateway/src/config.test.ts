import { describe, expect, it } from 'vitest';
import { SAMPLE_CONFIG_PATH, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('applies the defaults', () => {
    const config = loadConfig({ GATEWAY_ID: 'gw1', EMS_CONNECTORS: '1:FCTEMS0000000001:ems1' });
    expect(config).toMatchObject({
      gatewayId: 'gw1',
      natsUrl: 'nats://127.0.0.1:4222',
      redisUrl: 'redis://127.0.0.1:6379',
      connectors: [{ id: 1, serial: 'FCTEMS0000000001', name: 'ems1' }],
      subjectPrefix: 'ztna.v1',
      streamName: 'ZTNA_EVENTS',
      redisKeyPrefix: 'ztna',
      httpHost: '127.0.0.1',
      httpPort: 8080,
      outOfSyncThresholdS: 180,
      outOfSyncPolicy: 'keep',
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reports every problem together, naming the variable and the value', () => {
    let message = '';
    try {
      loadConfig({
        EMS_CONNECTORS: '9:X:y,1:bad serial!:z',
        NATS_URL: 'http://x',
        GATEWAY_HTTP_HOST: '0.0.0.0',
        OUT_OF_SYNC_THRESHOLD: '5',
        OUT_OF_SYNC_POLICY: 'drop',
      });
    } catch (err) {
      message = (err as Error).message;
    }
    for (const part of [
      'GATEWAY_ID: ""',
      'EMS_CONNECTORS: entry "9:X:y"',
      'serial "bad serial!"',
      'NATS_URL: "http://x"',
      'GATEWAY_HTTP_HOST: "0.0.0.0" is not loopback, so GATEWAY_API_TOKEN is required',
      'OUT_OF_SYNC_THRESHOLD: "5" must be an integer from 10 to 3600',
      'OUT_OF_SYNC_POLICY: "drop"',
    ]) {
      expect(message).toContain(part);
    }
  });
});

describe('loadConfig: NATS inbox prefix and API token', () => {
  const base = { GATEWAY_ID: 'gw1' };
  it('takes NATS_INBOX_PREFIX (default _INBOX) and refuses wildcards, naming the value', () => {
    expect(loadConfig(base).natsInboxPrefix).toBe('_INBOX');
    expect(loadConfig({ ...base, NATS_INBOX_PREFIX: '_INBOX.gw1' }).natsInboxPrefix).toBe('_INBOX.gw1');
    expect(() => loadConfig({ ...base, NATS_INBOX_PREFIX: '_INBOX.*' })).toThrow(
      'NATS_INBOX_PREFIX: "_INBOX.*" must be 1-8 dot-separated tokens',
    );
  });

  it('refuses a development or short token beyond loopback, and accepts both on loopback', () => {
    const open = { ...base, GATEWAY_HTTP_HOST: '0.0.0.0' };
    expect(() => loadConfig({ ...open, GATEWAY_API_TOKEN: 'gateway-dev-token' })).toThrow(
      'GATEWAY_API_TOKEN: "gateway-dev-token" is a documented development token, refused when the HTTP API listens on the non-loopback host "0.0.0.0"',
    );
    expect(() => loadConfig({ ...open, GATEWAY_API_TOKEN: 'short' })).toThrow(
      'GATEWAY_API_TOKEN: too short (5 characters): at least 16',
    );
    expect(loadConfig({ ...open, GATEWAY_API_TOKEN: 's0123456789abcdef' }).apiToken).toBe(
      's0123456789abcdef',
    );
    expect(loadConfig({ ...base, GATEWAY_API_TOKEN: 'gateway-dev-token' }).apiToken).toBe(
      'gateway-dev-token',
    );
  });
});

describe('loadConfig: engine settings and the FortiOS config file', () => {
  const base = { GATEWAY_ID: 'gw1' };
  it('reads the audit setting, sweep delay and tick period, and the connectors of the config file', () => {
    expect(loadConfig(base)).toMatchObject({
      audit: false,
      dirtySweepDelayMs: 10_000,
      tickMs: 100,
      configPath: SAMPLE_CONFIG_PATH,
      connectors: [
        { id: 1, serial: 'FCTEMS8822000001', name: 'ems1' },
        { id: 2, serial: 'FCTEMS8822000002', name: 'ems2' },
      ],
    });
    expect(loadConfig({ ...base, GATEWAY_AUDIT: 'true', DIRTY_SWEEP_DELAY_MS: '0' })).toMatchObject({
      audit: true,
      dirtySweepDelayMs: 0,
    });
  });

  it('lists bad engine settings and an unreadable config file with the other problems', () => {
    expect(() =>
      loadConfig({ GATEWAY_AUDIT: 'maybe', ENGINE_TICK_MS: '0', GATEWAY_CONFIG: '/nonexistent/gw.conf' }),
    ).toThrow(
      /GATEWAY_ID: ""[\s\S]*GATEWAY_AUDIT: "maybe"[\s\S]*ENGINE_TICK_MS: "0"[\s\S]*GATEWAY_CONFIG: cannot read "\/nonexistent\/gw.conf"/,
    );
  });

  it('names the line of a config file error', () => {
    expect(() =>
      loadConfig({ ...base, GATEWAY_CONFIG: 'x.conf' }, () => 'config firewall nonsense\nend\n'),
    ).toThrow(/GATEWAY_CONFIG "x.conf": .*line 1/);
  });
});
