import type { GatewayConfig } from '../core/model/config.js';

/** One session as the JSON views return it, read from the `diagnose sys session list` text. */
export interface SessionView {
  serial: number;
  proto: number;
  protoState: string;
  duration: number;
  expire: number;
  timeout: number;
  state: string[];
  policyId: number;
  src: string;
  sport: number;
  dst: string;
  dport: number;
  /** Source NAT address and port, or null without SNAT. */
  snat: { ip: string; port: number } | null;
  srcintf: string;
  dstintf: string;
  gateway: string;
  org: { bytes: number; packets: number };
  reply: { bytes: number; packets: number };
}

const INFO = /^session info: proto=(\d+) proto_state=([0-9a-f]+) duration=(\d+) expire=(\d+) timeout=(\d+)/;
const STATE = /^state=(.*)$/;
const STAT = /^statistic\(bytes\/packets\/allow_err\): org=(\d+)\/(\d+)\/\d+ reply=(\d+)\/(\d+)\/\d+/;
const DEV = /dev=(\d+)->(\d+)\/\d+->\d+ gwy=([\d.]+)\//;
const ORG = /^hook=post dir=org act=(\w+) ([\d.]+):(\d+)->([\d.]+):(\d+)\(([\d.]+):(\d+)\)/;
const MISC = /^misc=\d+ policy_id=(\d+)/;
const SERIAL = /^serial=([0-9a-f]+)/;

/**
 * Reads the entries of `diagnose sys session list` output into JSON views. The text is the engine's
 * own formatter output, so every field is present; interface indexes are mapped to names.
 */
export function parseSessionList(text: string, config: GatewayConfig): SessionView[] {
  const names = new Map([...config.interfaces.values()].map((i) => [i.index, i.name]));
  const intf = (index: string): string => names.get(Number(index)) ?? index;
  const out: SessionView[] = [];
  let cur: SessionView | undefined;
  for (const line of text.split('\n')) {
    let m = INFO.exec(line);
    if (m) {
      cur = {
        serial: 0,
        proto: Number(m[1]),
        protoState: m[2]!,
        duration: Number(m[3]),
        expire: Number(m[4]),
        timeout: Number(m[5]),
        state: [],
        policyId: 0,
        src: '',
        sport: 0,
        dst: '',
        dport: 0,
        snat: null,
        srcintf: '',
        dstintf: '',
        gateway: '',
        org: { bytes: 0, packets: 0 },
        reply: { bytes: 0, packets: 0 },
      };
      out.push(cur);
      continue;
    }
    if (cur === undefined) continue;
    if ((m = STATE.exec(line))) cur.state = m[1]!.split(' ').filter((f) => f !== '' && f !== 'f00');
    else if ((m = STAT.exec(line))) {
      cur.org = { bytes: Number(m[1]), packets: Number(m[2]) };
      cur.reply = { bytes: Number(m[3]), packets: Number(m[4]) };
    } else if ((m = DEV.exec(line))) {
      cur.srcintf = intf(m[1]!);
      cur.dstintf = intf(m[2]!);
      cur.gateway = m[3]!;
    } else if ((m = ORG.exec(line))) {
      cur.src = m[2]!;
      cur.sport = Number(m[3]);
      cur.dst = m[4]!;
      cur.dport = Number(m[5]);
      cur.snat = m[1] === 'snat' ? { ip: m[6]!, port: Number(m[7]) } : null;
    } else if ((m = MISC.exec(line))) cur.policyId = Number(m[1]);
    else if ((m = SERIAL.exec(line))) cur.serial = parseInt(m[1]!, 16);
  }
  return out;
}
