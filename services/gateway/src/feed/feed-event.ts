/**
 * The event feed's events as JSON: the `GatewayEvent` of `proto/ztna/v1/gateway.proto` with camelCase
 * field names, 64-bit integers as numbers, plus `kind` (the SSE `event:` name and subject suffix).
 */
import type { GatewayEventKind } from '@ztna/proto';

export interface MembershipBody {
  readonly address: string;
  readonly tag: string;
  readonly emsId: number;
  readonly kind: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly addressId: number;
}

export interface SessionBody {
  readonly serial: number;
  readonly proto: number;
  readonly src: string;
  readonly sport: number;
  readonly dst: string;
  readonly dport: number;
  readonly policyBefore: number;
  readonly policyAfter: number;
  readonly transition: string;
  readonly trigger: string;
  readonly srcintf: string;
  readonly dstintf: string;
}

export interface SyncBody {
  readonly emsId: number;
  readonly state: string;
  readonly appliedSeq: number;
  readonly cause: string;
  readonly incarnation: string;
}

export interface LogBody {
  readonly line: string;
  readonly action: string;
  readonly policyId: number;
  readonly sessionId: number;
}

interface Base {
  readonly gatewayId: string;
  /** epoch × 2^32 + n: increases by one within a process, jumps to the next epoch after a restart. */
  readonly id: number;
  readonly revision: number;
  readonly timeMs: number;
}

export type FeedEvent =
  | (Base & { readonly kind: 'membership'; readonly membership: MembershipBody })
  | (Base & { readonly kind: 'session'; readonly session: SessionBody })
  | (Base & { readonly kind: 'sync'; readonly sync: SyncBody })
  | (Base & { readonly kind: 'log'; readonly log: LogBody });

/** The part of a FeedEvent the feed fills in (id, gateway, revision). */
export type FeedEventBody =
  | { readonly kind: 'membership'; readonly membership: MembershipBody; readonly timeMs: number }
  | { readonly kind: 'session'; readonly session: SessionBody; readonly timeMs: number }
  | { readonly kind: 'sync'; readonly sync: SyncBody; readonly timeMs: number }
  | { readonly kind: 'log'; readonly log: LogBody; readonly timeMs: number };

/** Ids of one epoch: `epoch * EPOCH_SPAN + n`, n from 1. */
export const EPOCH_SPAN = 2 ** 32;

/** The epoch (process incarnation) an event id belongs to. */
export const epochOf = (id: number): number => Math.floor(id / EPOCH_SPAN);

export type { GatewayEventKind };
