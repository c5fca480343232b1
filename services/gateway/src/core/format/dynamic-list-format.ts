import type { DynamicAddressView } from '../model/engine-api.js';

const VDOM = 'root(vfid: 0)';

function block(v: DynamicAddressView): string[] {
  const item = v.kind === 'ztna-mac' ? 'MAC' : 'ADDR';
  return [
    `CMDB name: ${v.name}`,
    `TAG name: ${v.tag}`,
    `${v.name}: ID(${v.id})`,
    ...v.members.map((m) => `${item}(${m})`),
  ];
}

function totals(views: readonly DynamicAddressView[], kind: 'IP' | 'MAC'): string[] {
  const n = views.reduce((sum, v) => sum + v.members.length, 0);
  return kind === 'IP'
    ? ['Total IP dynamic range blocks: 0.', `Total IP dynamic addresses: ${n}.`]
    : [`Total MAC dynamic addresses: ${n}.`];
}

/**
 * `diagnose firewall dynamic list [name]`. With a name: seed 1's form (CMDB name, TAG name, ID, one
 * `ADDR(...)` line per member — unindented, as the seed prints them — then the totals). Without: the
 * `List all dynamic addresses:` header, the IP objects under the VDOM line, their totals, then the MAC
 * objects (`MAC(...)` lines) under their own VDOM line when there are any.
 */
export function formatDynamicList(views: readonly DynamicAddressView[], name?: string): string {
  if (name !== undefined) {
    const v = views.find((x) => x.name === name);
    if (v === undefined) return '';
    return [...block(v), ...totals([v], v.kind === 'ztna-mac' ? 'MAC' : 'IP')].join('\n') + '\n';
  }
  const ip = views.filter((v) => v.kind !== 'ztna-mac');
  const mac = views.filter((v) => v.kind === 'ztna-mac');
  const lines = ['List all dynamic addresses:', `IP dynamic addresses in VDOM ${VDOM}:`];
  for (const v of ip) lines.push(...block(v));
  lines.push(...totals(ip, 'IP'));
  if (mac.length > 0) {
    lines.push(`MAC dynamic addresses in VDOM ${VDOM}:`);
    for (const v of mac) lines.push(...block(v));
    lines.push(...totals(mac, 'MAC'));
  }
  return lines.join('\n') + '\n';
}
