import { intToIPv4 } from '@ztna/proto';
import type { EngineContext } from '../engine-context.js';
import { SessionFlag } from '../sessions/session-flags.js';

/** pol_uuid_idx FortiOS prints for the implicit deny (seed 1, blocked session). */
const IMPLICIT_DENY_UUID_IDX = 65;

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
const ipPort = (ip: number, port: number): string => `${intToIPv4(ip)}:${port}`;

/**
 * The `state=` flags, in the order and with the companions FortiOS prints (seed 1). A `persistent`
 * session prints like an untouched one: seed 1 shows the session kept after a tag removal with
 * dyn-addr-session-check disabled as `state=log may_dirty f00`.
 */
export function stateFlags(flags: number): string {
  if (flags & SessionFlag.BLOCK) return 'block may_dirty authed acct-ext';
  if (flags & SessionFlag.DIRTY) return 'dirty may_dirty acct-ext';
  const parts: string[] = [];
  if (flags & SessionFlag.LOG) parts.push('log');
  parts.push('may_dirty');
  parts.push('f00');
  return parts.join(' ');
}

/**
 * One entry of `diagnose sys session list`, field for field as the seeds print it. Fields the simulator
 * has no data for (shapers, NPU, ToS, app) print the seeds' neutral values; SNAT sessions get the
 * three hook lines and the `pos/` line of seed 2, plain sessions the two hook lines of seed 1.
 */
export function formatSessionEntry(ctx: EngineContext, s: number, nowMs: number): string {
  const c = ctx.table.cols;
  const proto = c.proto[s]!;
  const flags = c.flags[s]!;
  const snat = c.natIp[s] !== 0;
  const src = c.src[s]!;
  const sport = c.sport[s]!;
  const dst = c.dst[s]!;
  const dport = c.dport[s]!;
  const policyId = c.policyId[s]!;
  const duration = Math.max(0, Math.floor((nowMs - c.startMs[s]!) / 1000));
  const expire = Math.max(0, Math.floor((c.deadlineMs[s]! - nowMs) / 1000));
  const helper = proto === 17 && dport === 53 ? ' helper=dns-udp' : '';
  const stat = (bytes: number, pkts: number): string => `${bytes}/${pkts}/${pkts > 0 ? 1 : 0}`;
  const uuidIdx =
    policyId === 0 ? IMPLICIT_DENY_UUID_IDX : (ctx.policies.byId.get(policyId)?.source.uuidIdx ?? 0);
  const inDev = c.srcIntf[s]!;
  const outDev = c.dstIntf[s]!;
  const lines = [
    `session info: proto=${proto} proto_state=${hex(c.protoState[s]!, 2)} duration=${duration} expire=${expire} timeout=${c.timeoutS[s]} refresh_dir=both flags=00000000 socktype=0 sockport=0 av_idx=0 use=${snat ? 4 : 3}`,
    'origin-shaper=',
    'reply-shaper=',
    'per_ip_shaper=',
    `class_id=0 ha_id=0 policy_dir=0 tunnel=/${helper} vlan_cos=0/255`,
    `state=${stateFlags(flags)}`,
    `statistic(bytes/packets/allow_err): org=${stat(c.orgBytes[s]!, c.orgPkts[s]!)} reply=${stat(c.replyBytes[s]!, c.replyPkts[s]!)} tuples=${snat ? 3 : 2}`,
    'tx speed(Bps/kbps): 0/0 rx speed(Bps/kbps): 0/0',
    `orgin->sink: org pre->post, reply pre->post dev=${inDev}->${outDev}/${outDev}->${inDev} gwy=${intToIPv4(c.gateway[s]!)}/${intToIPv4(c.replyGateway[s]!)}`,
  ];
  if (snat) {
    const nat = ipPort(c.natIp[s]!, c.natPort[s]!);
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
  const mac = ctx.macName(c.macId[s]!);
  if (mac !== undefined) lines.push(`src_mac=${mac}`);
  lines.push(
    `misc=0 policy_id=${policyId} pol_uuid_idx=${uuidIdx} auth_info=0 chk_client_info=0 vd=0`,
    `serial=${hex(c.serial[s]!, 8)} tos=ff/ff app_list=0 app=0 url_cat=0`,
    `rpdb_link_id=${snat ? '00000000' : '80000000'} ngfwid=n/a`,
    'npu_state=0x000100',
    `no_ofld_reason: ${flags & SessionFlag.BLOCK ? 'block-by-policy ' : ''}npu-flag-off`,
  );
  return lines.join('\n');
}
