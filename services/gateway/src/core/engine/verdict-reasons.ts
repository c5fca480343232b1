import type { VerdictReason } from '../model/engine-api.js';

/** Verdict reasons by number, as the batch API reports them (`reason[i]` indexes this list). */
export const VERDICT_REASONS: readonly VerdictReason[] = [
  'new-session',
  'established',
  'rechecked',
  'persistent',
  'policy-deny',
  'implicit-deny',
  'no-route',
  'session-blocked',
  'snat-changed',
  'invalid-packet',
];

/** Indexes into {@link VERDICT_REASONS}, by name. */
export const Reason = {
  NEW_SESSION: 0,
  ESTABLISHED: 1,
  RECHECKED: 2,
  PERSISTENT: 3,
  POLICY_DENY: 4,
  IMPLICIT_DENY: 5,
  NO_ROUTE: 6,
  SESSION_BLOCKED: 7,
  SNAT_CHANGED: 8,
  INVALID_PACKET: 9,
} as const;
