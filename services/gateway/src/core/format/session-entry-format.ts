import { intToIPv4 } from '@ztna/proto';
import type { SessionRow } from '../model/session-row.js';

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
const ipPort = (ip: number, port: number): string => `${intToIPv4(ip)}:${port}`;

/**
 * The `state=` flags, in the order and with the companions FortiOS prints (seed 1). A `persistent`
 * session prints like an untouched one: seed 1 shows the session kept after a tag removal with
 * dyn-addr-session-check disabled as `state=log may_dirty f00`.
 */
export function stateFlags(row: Pick<SessionRow, 'block' | 'denied' | 'dirty' | 'log'>): string {
  if (row.denied) return 'block may_dirty f15';
  if (row.block) return 'block may_dirty authed acct-ext';
  if (row.dirty) return 'dirty may_dirty acct-ext';
  return row.log ? 'log may_dirty f00' : 'may_dirty f00';
}

/** ICMP type of the reply to a request of `type` (echo 8 → 0, timestamp 13 → 14, …); 0 otherwise. */
function icmpReplyType(type: number): number {
  return type === 13 || type === 15 || type === 17 ? type + 1 : 0;
}

/**
 * The `hook=` lines (and `pos/`) of an entry. TCP and UDP tuples carry ports; an ICMP tuple carries the
 * identifier as the source "port" and the type as the destination "port" (`10.1.1.10:1->8.8.8.8:8`,
 * the reply `8.8.8.8:1->10.1.1.10:0`). TCP SNAT prints the three hooks and `pos/` line of seed 2;
 * UDP SNAT the two NAT hooks and `pos/`; ICMP SNAT the two NAT hooks only (FortiOS 7.4 CLI reference,
 * `diagnose sys session list`). Without NAT, seed 1's two `act=noop` hooks. A denied session
 * (ses-denied-traffic) was stopped before routing: `hook=pre dir=org` and `hook=post dir=reply`, both
 * with `(0.0.0.0:0)` (Fortinet community: "Technical Tip: How to enable denied session to be added into
 * the session table").
 */
function hookLines(row: SessionRow): string[] {
  const { proto, src, sport, dst, snat } = row;
  const icmp = proto === 1;
  const org = ipPort(src, sport);
  const target = ipPort(dst, icmp ? row.icmpType : row.dport);
  const replyFrom = (port: number): string => ipPort(dst, icmp ? port : row.dport);
  const replyTo = (ip: number, port: number): string => ipPort(ip, icmp ? icmpReplyType(row.icmpType) : port);
  if (row.denied) {
    return [
      `hook=pre dir=org act=noop ${org}->${target}(0.0.0.0:0)`,
      `hook=post dir=reply act=noop ${replyFrom(sport)}->${replyTo(src, sport)}(0.0.0.0:0)`,
    ];
  }
  if (snat === null) {
    return [
      `hook=post dir=org act=noop ${org}->${target}(0.0.0.0:0)`,
      `hook=pre dir=reply act=noop ${replyFrom(sport)}->${replyTo(src, sport)}`,
    ];
  }
  const nat = ipPort(snat.ip, snat.port);
  const lines = [
    `hook=post dir=org act=snat ${org}->${target}(${nat})`,
    `hook=pre dir=reply act=dnat ${replyFrom(snat.port)}->${replyTo(snat.ip, snat.port)}(${org})`,
  ];
  if (proto === 6) lines.push(`hook=post dir=reply act=noop ${replyFrom(sport)}->${org}(0.0.0.0:0)`);
  if (!icmp) lines.push('pos/(before,after) 0/(0,0), 0/(0,0)');
  return lines;
}

/**
 * One entry of `diagnose sys session list`, field for field as the seeds print it. Fields the simulator
 * has no data for (shapers, NPU, ToS, app) print the seeds' neutral values. `helper=` appears only for
 * a session a default session helper takes (`helper=dns-udp` for UDP 53). Tuples per protocol: see
 * {@link hookLines}.
 */
export function formatSessionEntry(row: SessionRow): string {
  const { proto, snat } = row;
  const helper = row.helper === undefined ? '' : ` helper=${row.helper}`;
  const tcpSnat = snat !== null && proto === 6;
  const stat = (x: SessionRow['org']): string => `${x.bytes}/${x.packets}/${x.packets > 0 ? 1 : 0}`;
  const inDev = row.srcIntfIndex;
  const outDev = row.dstIntfIndex;
  const lines = [
    `session info: proto=${proto} proto_state=${hex(row.protoState, 2)} duration=${row.durationS} expire=${row.expireS} timeout=${row.timeoutS} refresh_dir=both flags=00000000 socktype=0 sockport=0 av_idx=0 use=${tcpSnat ? 4 : 3}`,
    'origin-shaper=',
    'reply-shaper=',
    'per_ip_shaper=',
    `class_id=0 ha_id=0 policy_dir=0 tunnel=/${helper} vlan_cos=0/255`,
    `state=${stateFlags(row)}`,
    `statistic(bytes/packets/allow_err): org=${stat(row.org)} reply=${stat(row.reply)} tuples=${tcpSnat ? 3 : 2}`,
    'tx speed(Bps/kbps): 0/0 rx speed(Bps/kbps): 0/0',
    `orgin->sink: org pre->post, reply pre->post dev=${inDev}->${outDev}/${outDev}->${inDev} gwy=${intToIPv4(row.gateway)}/${intToIPv4(row.replyGateway)}`,
    ...hookLines(row),
  ];
  if (row.srcMac !== undefined) lines.push(`src_mac=${row.srcMac}`);
  lines.push(
    `misc=0 policy_id=${row.policyId} pol_uuid_idx=${row.polUuidIdx} auth_info=0 chk_client_info=0 vd=0`,
    `serial=${hex(row.serial, 8)} tos=ff/ff app_list=0 app=0 url_cat=0`,
    `rpdb_link_id=${snat || row.denied ? '00000000' : '80000000'} ngfwid=n/a`,
    'npu_state=0x000100',
    `no_ofld_reason: ${row.block ? 'block-by-policy ' : ''}npu-flag-off`,
  );
  return lines.join('\n');
}
