import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EmsError } from '../errors.js';
import { parseScenario } from './scenario-runner.js';

const example = readFileSync(new URL('../../scenarios/seed1.yaml', import.meta.url), 'utf8');

describe('parseScenario', () => {
  it('accepts the example scenario file', () => {
    const doc = parseScenario(example);
    expect(doc.name).toBe('seed1');
    expect(doc.endpoints).toHaveLength(2);
    expect(doc.steps?.map((s) => s.op)).toEqual([
      'attach',
      'detach',
      'offline',
      'online',
      'addresses',
      'attach',
      'churn',
      'remove',
    ]);
  });

  it('reports every problem with its path and value', () => {
    const bad = {
      name: 'x',
      endpoints: [{ uid: 'A', ips: ['1.2.3.999'] }],
      steps: [{ at: 0, op: 'teleport', uid: 'A' }],
    };
    expect(() => parseScenario(bad)).toThrow(EmsError);
    try {
      parseScenario(bad);
    } catch (err) {
      expect((err as EmsError).code).toBe('EMS_ERR_SCENARIO');
      expect((err as Error).message).toContain('/endpoints/0/ips/0 "1.2.3.999"');
      expect((err as Error).message).toContain('/steps/0');
    }
  });

  it('names the YAML line and column of a syntax error', () => {
    expect(() => parseScenario('name: x\nsteps: [\n  { at: 0,')).toThrow(/line \d+, column \d+/);
  });
});
