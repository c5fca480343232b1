// Chaos: a short run of the chaos runner (`npm run chaos`) — seeded tag churn with traffic while NATS and
// Redis are restarted, frozen and cut off, a gateway is killed (-9) and restarted, and the EMS publisher
// drops, duplicates and reorders events. Every invariant must hold; `CHAOS_SEED=<n>` picks another schedule.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chaosCommand, toOptions } from './runner/options.js';
import { runChaos } from './runner/run-chaos.js';

const SEED = process.env.CHAOS_SEED ?? '20261121';
const FAULTS =
  'nats-restart,redis-restart-empty,nats-freeze,nats-cut,gateway-kill,pub-drop,pub-duplicate,pub-reorder';

describe(`tag sync under chaos (seed ${SEED})`, () => {
  it('converges after every fault with nothing lost or doubled and enforcement intact', async () => {
    const reportDir = mkdtempSync(join(tmpdir(), 'chaos-churn-'));
    const args = [
      '--duration',
      '40s',
      '--rate',
      '1000',
      '--endpoints',
      '300',
      '--seed',
      SEED,
      '--faults',
      FAULTS,
    ];
    const options = toOptions(
      chaosCommand().parse([...args, '--traffic', '10', '--progress', '0', '--report', reportDir], {
        from: 'user',
      }),
    );
    const lines: string[] = [];
    const report = await runChaos(options, (line) => lines.push(line));
    expect(report.violations, lines.join('\n')).toEqual([]);
    expect(report.passed).toBe(true);
    expect(Object.keys(report.faultKinds).sort()).toEqual(FAULTS.split(',').sort());
    expect(report.faults.every((f) => f.convergedMs !== undefined)).toBe(true);
    expect(report.traffic.revoked).toBeGreaterThan(0);
    expect(report.events).toBeGreaterThan(5000);
    expect(existsSync(join(reportDir, 'report.json')) && existsSync(join(reportDir, 'report.html'))).toBe(
      true,
    );
    console.log(
      `chaos seed ${SEED}: ${report.events} events, faults ${report.faults.map((f) => f.kind).join(', ')}; convergence max ${report.convergenceMs.max} ms`,
    );
  });
});
