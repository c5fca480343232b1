/**
 * Struct-of-arrays packets for {@link Engine.processBatch}: the caller fills the first `count` entries
 * and reuses the batch. `srcintf` / `srcMac` are optional plain arrays (undefined entries = derive /
 * none).
 */
export interface PacketBatch {
  count: number;
  readonly proto: Uint8Array;
  readonly src: Uint32Array;
  readonly sport: Uint16Array;
  readonly dst: Uint32Array;
  readonly dport: Uint16Array;
  readonly flags: Uint8Array;
  readonly bytes: Uint32Array;
  readonly srcintf?: (string | undefined)[];
  readonly srcMac?: (string | undefined)[];
}

/** Verdicts of a batch: `action` 1 = accept, 0 = deny; `reason` indexes VERDICT_REASONS. */
export interface VerdictBatch {
  readonly action: Uint8Array;
  readonly session: Uint32Array;
  readonly policyId: Int32Array;
  readonly reason: Uint8Array;
}

/** Allocates a reusable packet batch of `capacity` entries. */
export function createPacketBatch(capacity: number, withContext = false): PacketBatch {
  return {
    count: 0,
    proto: new Uint8Array(capacity),
    src: new Uint32Array(capacity),
    sport: new Uint16Array(capacity),
    dst: new Uint32Array(capacity),
    dport: new Uint16Array(capacity),
    flags: new Uint8Array(capacity),
    bytes: new Uint32Array(capacity),
    ...(withContext
      ? { srcintf: new Array<string | undefined>(capacity), srcMac: new Array<string | undefined>(capacity) }
      : {}),
  };
}

/** Allocates a reusable verdict batch of `capacity` entries. */
export function createVerdictBatch(capacity: number): VerdictBatch {
  return {
    action: new Uint8Array(capacity),
    session: new Uint32Array(capacity),
    policyId: new Int32Array(capacity),
    reason: new Uint8Array(capacity),
  };
}
