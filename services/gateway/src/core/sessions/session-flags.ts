/** Bits of the session `flags` column. `may_dirty` is implicit: every session carries it. */
export const SessionFlag = {
  LOG: 1,
  DIRTY: 2,
  PERSISTENT: 4,
  BLOCK: 8,
  FIN_ORG: 16,
  FIN_REPLY: 32,
  REPLY_SEEN: 64,
  /** Created blocked by a deny (ses-denied-traffic): printed with the denied-session layout. */
  DENIED: 128,
} as const;

/** TCP `proto_state` values as FortiOS numbers them. */
export const TcpState = {
  NONE: 0,
  ESTABLISHED: 1,
  SYN_SENT: 2,
  SYN_RECV: 3,
  FIN_WAIT: 4,
  TIME_WAIT: 5,
  CLOSE: 6,
} as const;
