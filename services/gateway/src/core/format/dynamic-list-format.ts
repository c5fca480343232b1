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

const CONNECTOR_LESS = /^(MAC_)?EMS_(ZTNA|CLASS)_(.+)$/;

/**
 * What to say for a name no object has. FortiOS prints nothing; a query in the connector-less spelling
 * of seed 1's FortiOS build (`EMS_ZTNA_APP_SERVERS`) names the objects this gateway has for that tag,
 * since FortiOS 7.2.1+ names them per connector (`EMS1_ZTNA_APP_SERVERS`).
 */
function notFound(views: readonly DynamicAddressView[], name: string): string {
  const m = CONNECTOR_LESS.exec(name);
  if (m === null) return '';
  const [, mac = '', kind, tag] = m;
  const like = new RegExp(`^${mac}EMS[1-7]_${kind}_`);
  const names = views.filter((v) => like.test(v.name) && v.tag === tag).map((v) => v.name);
  if (names.length === 0) return '';
  return `No dynamic address ${name}: EMS tag addresses are named per EMS connector here: ${names.join(', ')}\n`;
}

/**
 * `diagnose firewall dynamic list [name]`. With a name: seed 1's form (CMDB name, TAG name, ID, one
 * `ADDR(...)` line per member — unindented, as the seed prints them — then the object's totals); an
 * unknown name prints nothing, except the hint of {@link notFound}. Without: the
 * `List all dynamic addresses:` header, then every IP object (members or not) with its own totals under
 * the VDOM line, then the MAC objects (`MAC(...)` lines) under their own VDOM line when there are any.
 */
export function formatDynamicList(views: readonly DynamicAddressView[], name?: string): string {
  if (name !== undefined) {
    const v = views.find((x) => x.name === name);
    if (v === undefined) return notFound(views, name);
    return [...block(v), ...totals([v], v.kind === 'ztna-mac' ? 'MAC' : 'IP')].join('\n') + '\n';
  }
  const ip = views.filter((v) => v.kind !== 'ztna-mac');
  const mac = views.filter((v) => v.kind === 'ztna-mac');
  const lines = ['List all dynamic addresses:', `IP dynamic addresses in VDOM ${VDOM}:`];
  for (const v of ip) lines.push(...block(v), ...totals([v], 'IP'));
  if (ip.length === 0) lines.push(...totals([], 'IP'));
  if (mac.length > 0) {
    lines.push(`MAC dynamic addresses in VDOM ${VDOM}:`);
    for (const v of mac) lines.push(...block(v), ...totals([v], 'MAC'));
  }
  return lines.join('\n') + '\n';
}
