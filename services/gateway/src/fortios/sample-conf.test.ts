import { readFileSync } from 'node:fs';
import { ipv4ToInt } from '@ztna/proto';
import { describe, expect, it } from 'vitest';
import { factoryConfig } from './factory.js';
import { parseConfigText } from './parse.js';
import { showConfig } from './show.js';

const sample = readFileSync(new URL('../../config/sample.conf', import.meta.url), 'utf8');

describe('config/sample.conf (seed-1 topology)', () => {
  const config = parseConfigText(sample, factoryConfig());

  it('has the seed interfaces with their device indexes', () => {
    expect(config.systemGlobal.hostname).toBe('FW-FGT-VM');
    expect(config.interfaces.get('port1')).toMatchObject({
      index: 9,
      ip: { host: ipv4ToInt('192.168.30.1'), masklen: 24 },
    });
    expect(config.interfaces.get('port3')).toMatchObject({
      index: 3,
      ip: { addr: ipv4ToInt('192.168.170.0'), masklen: 24 },
    });
    expect(config.interfaces.get('port2')?.index).toBe(7);
  });

  it('routes the app servers via 192.168.170.1 and the rest via the internet port', () => {
    expect(config.staticRoutes.get(1)).toMatchObject({
      dst: { addr: ipv4ToInt('192.168.12.0'), masklen: 24 },
      gateway: ipv4ToInt('192.168.170.1'),
      device: 'port3',
    });
    expect(config.staticRoutes.get(2)).toMatchObject({
      dst: { addr: 0, masklen: 0 },
      device: 'port2',
      distance: 10,
    });
  });

  it('has ZTNA policy 3 (pol_uuid_idx 15849) before the NAT policy', () => {
    expect([...config.policies.keys()]).toEqual([3, 4]);
    expect(config.policies.get(3)).toMatchObject({
      uuidIdx: 15849,
      action: 'accept',
      ztnaStatus: true,
      ztnaEmsTag: ['EMS1_ZTNA_APP_SERVERS'],
      service: ['SSH', 'RDP', 'HTTPS', 'PING'],
      logtraffic: 'all',
      nat: false,
    });
    expect(config.policies.get(4)).toMatchObject({ nat: true, dstintf: ['port2'], dstaddr: ['all'] });
    expect(config.fctems.get(1)).toMatchObject({ name: 'ems1', status: true, outOfSyncThreshold: 180 });
    expect(config.addresses.get('MAC_EMS1_ZTNA_APP_SERVERS')).toMatchObject({
      type: 'dynamic',
      macAddr: true,
    });
  });

  it('shows back to text that parses to the same config', () => {
    const again = parseConfigText(showConfig(config), factoryConfig());
    expect(again).toEqual(config);
    expect(showConfig(again)).toBe(showConfig(config));
  });
});
