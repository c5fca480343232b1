import { EmsError } from '../errors.js';
import type { ScenarioDoc } from './scenario-schema.js';

const MAX_REPORTED = 10;

/**
 * Checks a parsed scenario against the EMS it is about to run on, before anything runs: every step
 * naming a uid must find it (known to the EMS, listed in `endpoints`, or upserted by an earlier step,
 * and not removed since). After a `churn` step the endpoints are the churn's to decide, so later
 * steps are not checked. Throws one EMS_ERR_SCENARIO listing every problem (up to 10) with its path.
 */
export function checkScenarioUids(doc: ScenarioDoc, known: (uid: string) => boolean): void {
  const added = new Set((doc.endpoints ?? []).map((e) => e.uid));
  const removed = new Set<string>();
  const present = (uid: string): boolean => !removed.has(uid) && (added.has(uid) || known(uid));
  const problems: string[] = [];
  for (const [i, step] of (doc.steps ?? []).entries()) {
    if (step.op === 'churn') break;
    if (step.op === 'upsert') {
      added.add(step.endpoint.uid);
      removed.delete(step.endpoint.uid);
      continue;
    }
    if (!present(step.uid)) {
      problems.push(`/steps/${i}/uid ${JSON.stringify(step.uid)}: no such endpoint at this step`);
    } else if (step.op === 'remove') {
      removed.add(step.uid);
    }
    if (problems.length >= MAX_REPORTED) break;
  }
  if (problems.length > 0) throw new EmsError('EMS_ERR_SCENARIO', `scenario: ${problems.join('; ')}`);
}
