import { describe, expect, it } from 'vitest';
import type { DynamicAddressView } from '../model/engine-api.js';
import { formatDynamicList } from './dynamic-list-format.js';

const view = (
  name: string,
  tag: string,
  id: number,
  members: string[],
  kind = 'ztna-ip',
): DynamicAddressView => ({ name, tag, id, emsId: 1, kind, members }) as DynamicAddressView;

const views = [
  view('EMS1_ZTNA_APP_SERVERS', 'APP_SERVERS', 115, ['192.168.30.47', '192.168.30.35']),
  view('EMS1_ZTNA_QUARANTINE', 'QUARANTINE', 116, []),
  view('MAC_EMS1_ZTNA_APP_SERVERS', 'APP_SERVERS', 117, ['0c:37:96:06:d7:5d'], 'ztna-mac'),
];

describe('diagnose firewall dynamic list', () => {
  it('lists every object, members or not, each with its own totals', () => {
    // Seed 1 (fortigate-ztna-tag-removal-existing-sessions.txt) for the block layout; SPEC §2.4 for the header.
    expect(formatDynamicList(views).split('\n')).toEqual([
      'List all dynamic addresses:',
      'IP dynamic addresses in VDOM root(vfid: 0):',
      'CMDB name: EMS1_ZTNA_APP_SERVERS',
      'TAG name: APP_SERVERS',
      'EMS1_ZTNA_APP_SERVERS: ID(115)',
      'ADDR(192.168.30.47)',
      'ADDR(192.168.30.35)',
      'Total IP dynamic range blocks: 0.',
      'Total IP dynamic addresses: 2.',
      'CMDB name: EMS1_ZTNA_QUARANTINE',
      'TAG name: QUARANTINE',
      'EMS1_ZTNA_QUARANTINE: ID(116)',
      'Total IP dynamic range blocks: 0.',
      'Total IP dynamic addresses: 0.',
      'MAC dynamic addresses in VDOM root(vfid: 0):',
      'CMDB name: MAC_EMS1_ZTNA_APP_SERVERS',
      'TAG name: APP_SERVERS',
      'MAC_EMS1_ZTNA_APP_SERVERS: ID(117)',
      'MAC(0c:37:96:06:d7:5d)',
      'Total MAC dynamic addresses: 1.',
      '',
    ]);
  });

  it('the named form works for any object, an empty or a MAC one too', () => {
    expect(formatDynamicList(views, 'EMS1_ZTNA_QUARANTINE')).toBe(
      'CMDB name: EMS1_ZTNA_QUARANTINE\nTAG name: QUARANTINE\nEMS1_ZTNA_QUARANTINE: ID(116)\n' +
        'Total IP dynamic range blocks: 0.\nTotal IP dynamic addresses: 0.\n',
    );
    expect(formatDynamicList(views, 'MAC_EMS1_ZTNA_APP_SERVERS')).toContain(
      'Total MAC dynamic addresses: 1.',
    );
  });

  it("the seed's connector-less spelling says what the objects are called; other unknown names print nothing", () => {
    // Seed 1 queries `diag firewall dynamic list EMS_ZTNA_APP_SERVERS` (a build before per-connector names).
    expect(formatDynamicList(views, 'EMS_ZTNA_APP_SERVERS')).toBe(
      'No dynamic address EMS_ZTNA_APP_SERVERS: EMS tag addresses are named per EMS connector here: EMS1_ZTNA_APP_SERVERS\n',
    );
    expect(formatDynamicList(views, 'MAC_EMS_ZTNA_APP_SERVERS')).toContain('MAC_EMS1_ZTNA_APP_SERVERS');
    expect(formatDynamicList(views, 'EMS_ZTNA_NOTHING')).toBe('');
    expect(formatDynamicList(views, 'EMS9_ZTNA_APP_SERVERS')).toBe('');
  });
});
