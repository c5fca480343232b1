import { describe, expect, it } from 'vitest';
import { ip } from '../../../testing/seed-network.js';
import { testConfig } from '../../../testing/test-config.js';
import { RouteTable } from './route-table.js';

const config = testConfig({
  interfaces: [
    { name: 'wan1', index: 1, ip: '10.0.0.2/24' },
    { name: 'wan2', index: 2, ip: '10.0.1.2/24' },
    { name: 'lan', index: 3, ip: '192.168.1.1/24' },
    { name: 'down', index: 4, ip: '10.9.9.1/24', status: false },
  ],
  routes: [
    { seqNum: 1, dst: '0.0.0.0/0', gateway: '10.0.0.1', device: 'wan1' },
    { seqNum: 2, dst: '0.0.0.0/0', gateway: '10.0.1.1', device: 'wan2', distance: 20 },
    { seqNum: 3, dst: '172.16.0.0/12', gateway: '10.0.1.1', device: 'wan2' },
    { seqNum: 4, dst: '172.16.5.0/24', gateway: '10.0.0.1', device: 'wan1' },
    { seqNum: 5, dst: '172.16.6.0/24', gateway: '10.0.0.7', device: 'wan1', priority: 5 },
    { seqNum: 6, dst: '172.16.6.0/24', gateway: '10.0.1.7', device: 'wan2', priority: 2 },
    { seqNum: 7, dst: '8.8.8.8/32', gateway: '10.9.9.9', device: 'down' },
    { seqNum: 8, dst: '8.8.4.4/32', gateway: '10.0.1.1', device: 'wan2', status: false },
  ],
});

describe('RouteTable', () => {
  const table = new RouteTable(config);
  const via = (dst: string) => {
    const r = table.lookup(ip(dst));
    return r === undefined ? 'none' : `${r.device}/${r.gateway === 0 ? 'connected' : r.gateway}`;
  };

  it('longest prefix wins', () => {
    expect(via('172.16.5.9')).toBe(`wan1/${ip('10.0.0.1')}`);
    expect(via('172.17.0.1')).toBe(`wan2/${ip('10.0.1.1')}`);
    expect(via('1.1.1.1')).toBe(`wan1/${ip('10.0.0.1')}`);
  });

  it('connected routes come from interface addresses', () => {
    expect(via('192.168.1.77')).toBe('lan/connected');
  });

  it('same prefix: lower distance, then lower priority', () => {
    expect(via('172.16.6.1')).toBe(`wan2/${ip('10.0.1.7')}`);
  });

  it('routes on a down interface or disabled are ignored', () => {
    expect(via('8.8.8.8')).toBe(`wan1/${ip('10.0.0.1')}`);
    expect(via('8.8.4.4')).toBe(`wan1/${ip('10.0.0.1')}`);
    expect(via('10.9.9.5')).toBe(`wan1/${ip('10.0.0.1')}`);
  });

  it('no default route: nothing covers the address', () => {
    const t = new RouteTable(testConfig({ interfaces: [{ name: 'lan', index: 3, ip: '192.168.1.1/24' }] }));
    expect(t.lookup(ip('1.1.1.1'))).toBeUndefined();
  });
});
