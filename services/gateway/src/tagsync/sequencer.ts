import type { AppliedState } from './membership-mirror.js';

export type ResyncCause = 'no-state' | 'gap' | 'new-incarnation' | 'reconcile' | 'recovery';

/** What to do with one event of an EMS, given what has been applied for that EMS. */
export type Sequencing =
  | { readonly action: 'apply' }
  | { readonly action: 'duplicate' }
  | { readonly action: 'stale-incarnation' }
  | { readonly action: 'resync'; readonly cause: ResyncCause };

/**
 * Orders one event against the applied state: the next seq of the same incarnation applies; an equal
 * or lower seq is a duplicate; a higher one is a gap. Another incarnation is stale when the EMS emitted
 * it before the snapshot that established the current incarnation, else it is a new incarnation.
 */
export function sequence(
  applied: AppliedState | undefined,
  event: { incarnation: string; seq: number; emittedAtMs: number },
): Sequencing {
  if (!applied) return { action: 'resync', cause: 'no-state' };
  if (event.incarnation === applied.incarnation) {
    if (event.seq <= applied.seq) return { action: 'duplicate' };
    if (event.seq === applied.seq + 1) return { action: 'apply' };
    return { action: 'resync', cause: 'gap' };
  }
  if (event.emittedAtMs < applied.sinceMs) return { action: 'stale-incarnation' };
  return { action: 'resync', cause: 'new-incarnation' };
}
