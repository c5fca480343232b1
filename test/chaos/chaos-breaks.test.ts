// Deliberately broken gateways: the chaos runner must exit non-zero and name the broken invariant.
// - no-sweep: the engine timer is stopped, so idle sessions whose tag left stay `dirty` forever;
// - skip-acks: the apply step never acks, so the durable consumer stalls at max_ack_pending and the
//   gateway falls behind the EMS.
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChaosReport } from './runner/report.js';
import { runChaosCli } from './runner/run-cli.js';

const quiet = ['--faults', '', '--traffic', '12', '--progress', '0'];

describe('chaos runner against broken builds', () => {
  it('exits 1 naming enforcement when the dirty-session sweep is disabled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chaos-no-sweep-'));
    const run = await runChaosCli(
      [
        '--duration',
        '20s',
        '--rate',
        '300',
        '--endpoints',
        '200',
        ...quiet,
        '--report',
        dir,
        '--break',
        'no-sweep',
      ],
      150_000,
    );
    expect(run.code, run.output).toBe(1);
    expect(run.output).toMatch(/FAIL enforcement/);
    expect(run.output).toMatch(/idle session of 192\.168\.30\.\d+ not blocked/);
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as ChaosReport;
    expect(report.passed).toBe(false);
    expect(report.invariants.enforcement.violations).toBeGreaterThan(0);
    expect(report.invariants.convergence.violations).toBe(0);
  });

  // Skipped acks stall each durable at max_ack_pending; the EMS heartbeat then makes the gateways resync
  // by snapshot, so their state stays fresh (no staleness) but the stream's events are never acked:
  // exactly-once names the break.
  it('exits 1 naming exactly-once when the apply step skips its acks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chaos-skip-acks-'));
    const run = await runChaosCli(
      [
        '--duration',
        '25s',
        '--rate',
        '3000',
        '--endpoints',
        '500',
        ...quiet,
        '--report',
        dir,
        '--break',
        'skip-acks',
      ],
      150_000,
    );
    expect(run.code, run.output).toBe(1);
    expect(run.output).toMatch(/FAIL exactly-once/);
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as ChaosReport;
    expect(report.passed).toBe(false);
    expect(
      report.violations.some(
        (v) => v.invariant === 'exactly-once' && /events not delivered or not acked/.test(v.what),
      ),
    ).toBe(true);
  });
});
