import { TcpFlag } from '../model/engine-api.js';
import { SessionFlag, TcpState } from './session-flags.js';
import type { SessionColumns } from './session-columns.js';

/**
 * Advances `proto_state` for one packet of the session in `slot` (dir 0 = original, 1 = reply) and
 * returns whether the state changed. TCP: SYN → SYN_SENT, SYN/ACK → SYN_RECV, ACK → ESTABLISHED, the
 * first FIN → FIN_WAIT, FINs from both sides → TIME_WAIT, RST → CLOSE. UDP: 1 once a reply is seen.
 */
export function advanceState(c: SessionColumns, slot: number, dir: number, tcpFlags: number): boolean {
  const proto = c.proto[slot]!;
  const before = c.protoState[slot]!;
  if (proto === 17) {
    if (dir === 1 && before === 0) {
      c.protoState[slot] = 1;
      return true;
    }
    return false;
  }
  if (proto !== 6) return false;
  let state = before;
  if (tcpFlags & TcpFlag.RST) state = TcpState.CLOSE;
  else if (tcpFlags & TcpFlag.FIN) {
    const bit = dir === 0 ? SessionFlag.FIN_ORG : SessionFlag.FIN_REPLY;
    const other = dir === 0 ? SessionFlag.FIN_REPLY : SessionFlag.FIN_ORG;
    const f = c.flags[slot]! | bit;
    c.flags[slot] = f;
    state = f & other ? TcpState.TIME_WAIT : TcpState.FIN_WAIT;
  } else if (state === TcpState.SYN_SENT && dir === 1 && tcpFlags & TcpFlag.SYN && tcpFlags & TcpFlag.ACK) {
    state = TcpState.SYN_RECV;
  } else if (state === TcpState.SYN_RECV && dir === 0 && tcpFlags & TcpFlag.ACK) {
    state = TcpState.ESTABLISHED;
  }
  if (state === before) return false;
  c.protoState[slot] = state;
  return true;
}
