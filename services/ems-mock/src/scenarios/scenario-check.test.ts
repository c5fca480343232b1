import { describe, expect, it } from 'vitest';
import { parseScenario } from './scenario-runner.js';
import { checkScenarioUids } from './scenario-check.js';

describe('checkScenarioUids (issue 14 item 8)', () => {
  const doc = (steps: unknown[]) =>
    parseScenario({ name: 's', endpoints: [{ uid: 'A', ips: ['10.0.0.1'] }], steps });

  it('refuses a step naming an unknown uid, or one removed by an earlier step, listing each', () => {
    const bad = doc([
      { at: 0, op: 'attach', uid: 'A', tags: ['T'] },
      { at: 0, op: 'attach', uid: 'GHOST', tags: ['T'] },
      { at: 0, op: 'remove', uid: 'A' },
      { at: 0, op: 'offline', uid: 'A' },
    ]);
    expect(() => checkScenarioUids(bad, () => false)).toThrow(
      'scenario: /steps/1/uid "GHOST": no such endpoint at this step; /steps/3/uid "A": no such endpoint at this step',
    );
  });

  it('accepts uids the EMS knows, endpoints upserted by a step, and anything after churn', () => {
    const good = doc([
      { at: 0, op: 'offline', uid: 'KNOWN' },
      { at: 0, op: 'upsert', endpoint: { uid: 'B', ips: ['10.0.0.2'] } },
      { at: 0, op: 'online', uid: 'B' },
      { at: 0, op: 'churn', churn: { seed: 1, count: 1, endpoints: 1 } },
      { at: 0, op: 'online', uid: 'CHURNED' },
    ]);
    expect(() => checkScenarioUids(good, (uid) => uid === 'KNOWN')).not.toThrow();
  });
});
