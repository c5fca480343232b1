import { intToIPv4 } from '@ztna/proto';
import type { SessionRow } from '../model/session-row.js';

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
const ipPort = (ip: number, port: number): string => `${intToIPv4(ip)}:${port}`;

/**
 * The `state=` flags, in the order and with the companions FortiOS prints (seed 1). A `persistent`
 * session prints like an untouched one: seed 1 shows the session kept after a tag removal with
 * dyn-addr-session-check disabled as `state=log may_dirty f00`.
 */
export function stateFlags(row: Pick<SessionRow, 'block' | 'dirty' | 'log'>): string {
  if (row.block) return 'block may_dirty authed acct-ext';
  if (row.dirty) return 'dirty may_dirty acct-ext';
  return row.log ? 'log may_dirty f00' : 'may_dirty f00';
}

/**
 * One entry of `diagnose sys session list`, field for field as the seeds print it. Fields the simulator
 * has no data for (shapers, NPU, ToS, app) print the seeds' neutral values; SNAT sessions get the
 * three hook lines and the `pos/` line of seed 2, plain sessions the two hook lines of seed 1.
 */
export function formatSessionEntry(row: SessionRow): string {
  const { proto, src, sport, dst, dport, snat } = row;
  const helper = proto === 17 && dport === 53 ? ' helper=dns-udp' : '';
  const stat = (x: SessionRow['org']): string => `${x.bytes}/${x.packets}/${x.packets > 0 ? 1 : 0}`;
  const inDev = row.srcIntfIndex;
  const outDev = row.dstIntfIndex;
  const lines = [
    `session info: proto=${proto} proto_state=${hex(row.protoState, 2)} duration=${row.durationS} expire=${row.expireS} timeout=${row.timeoutS} refresh_dir=both flags=00000000 socktype=0 sockport=0 av_idx=0 use=${snat ? 4 : 3}`,
    'origin-shaper=',
    'reply-shaper=',
    'per_ip_shaper=',
    `class_id=0 ha_id=0 policy_dir=0 tunnel=/${helper} vlan_cos=0/255`,
    `state=${stateFlags(row)}`,
    `statistic(bytes/packets/allow_err): org=${stat(row.org)} reply=${stat(row.reply)} tuples=${snat ? 3 : 2}`,
    'tx speed(Bps/kbps): 0/0 rx speed(Bps/kbps): 0/0',
    `orgin->sink: org pre->post, reply pre->post dev=${inDev}->${outDev}/${outDev}->${inDev} gwy=${intToIPv4(row.gateway)}/${intToIPv4(row.replyGateway)}`,
  ];
  if (snat) {
    const nat = ipPort(snat.ip, snat.port);
    lines.push(
      `hook=post dir=org act=snat ${ipPort(src, sport)}->${ipPort(dst, dport)}(${nat})`,
      `hook=pre dir=reply act=dnat ${ipPort(dst, dport)}->${nat}(${ipPort(src, sport)})`,
      `hook=post dir=reply act=noop ${ipPort(dst, dport)}->${ipPort(src, sport)}(0.0.0.0:0)`,
      'pos/(before,after) 0/(0,0), 0/(0,0)',
    );
  } else {
    lines.push(
      `hook=post dir=org act=noop ${ipPort(src, sport)}->${ipPort(dst, dport)}(0.0.0.0:0)`,
      `hook=pre dir=reply act=noop ${ipPort(dst, dport)}->${ipPort(src, sport)}`,
    );
  }
  if (row.srcMac !== undefined) lines.push(`src_mac=${row.srcMac}`);
  lines.push(
    `misc=0 policy_id=${row.policyId} pol_uuid_idx=${row.polUuidIdx} auth_info=0 chk_client_info=0 vd=0`,
    `serial=${hex(row.serial, 8)} tos=ff/ff app_list=0 app=0 url_cat=0`,
    `rpdb_link_id=${snat ? '00000000' : '80000000'} ngfwid=n/a`,
    'npu_state=0x000100',
    `no_ofld_reason: ${row.block ? 'block-by-policy ' : ''}npu-flag-off`,
  );
  return lines.join('\n');
}
