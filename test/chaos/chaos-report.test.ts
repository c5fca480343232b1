// report.html is self-contained: opened in headless Chromium with the network refused, its charts draw
// (inline SVG with data) and the violations table lists every violation.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Judge } from './runner/judge.js';
import { chaosCommand, toOptions } from './runner/options.js';
import { buildReport } from './runner/report.js';
import { renderReportHtml } from './runner/report-html.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A finished run as the runner would summarise it: 60 s of samples, three faults, two violations. */
function sampleReport(): ReturnType<typeof buildReport> {
  const startedAt = Date.now() - 60_000;
  const judge = new Judge(startedAt);
  for (let s = 1; s <= 60; s++) {
    judge.samples.push({
      atMs: s * 1000,
      eventsPerS: 4800 + (s % 7) * 40,
      revocationP50Ms: 2 + (s % 3),
      revocationP99Ms: 9 + (s % 5),
      lagMs: s % 10 === 0 ? 900 : 20,
      resyncs: Math.floor(s / 20),
    });
    judge.revoked(3 + (s % 4));
  }
  judge.violate(
    'enforcement',
    'gw1: idle session of 192.168.30.7 not blocked 3400 ms after its tag left',
    'state=log may_dirty dirty <b>',
  );
  judge.violate(
    'staleness',
    'gw2: EMS 1 events unapplied for 4100 ms with no fault in force',
    'bound 3000 ms',
  );
  const options = toOptions(chaosCommand().parse(['--duration', '60s'], { from: 'user' }));
  return buildReport({
    options,
    startedAt,
    judge,
    faults: [
      { n: 1, kind: 'nats-restart', target: 'nats', startedAt: 4000, healedAt: 6000, convergedMs: 1800 },
      { n: 2, kind: 'gateway-kill', target: 'gw2', startedAt: 24000, healedAt: 27000, convergedMs: 4200 },
      { n: 3, kind: 'redis-freeze', target: 'redis', startedAt: 44000, healedAt: 47000 },
    ],
    produced: 290_000,
    packets: 12_000,
    traffic: { established: 80, failedEstablish: 0, revoked: 40, checked: 80 },
    resyncs: 3,
  });
}

describe('chaos report.html', () => {
  it('renders its charts and the violations table in headless Chromium with no network', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chaos-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReportHtml(sampleReport()));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const requested: string[] = [];
      await page.route('**/*', async (route) => {
        requested.push(route.request().url());
        if (route.request().url().startsWith('file:')) await route.continue();
        else await route.abort();
      });
      await page.goto(pathToFileURL(file).href);
      expect(requested).toEqual([pathToFileURL(file).href]);
      expect(await page.locator('.verdict').textContent()).toBe('FAILED');
      const charts = page.locator('svg.chart');
      expect(await charts.count()).toBe(5);
      const titles = await page.locator('svg.chart .title').allTextContents();
      expect(titles).toEqual([
        'EMS events per second',
        'Revocation latency (EMS detach → applied by a gateway)',
        'Convergence time per fault (heal → Redis = mirror = EMS)',
        'Resyncs (cumulative, every gateway)',
        'Largest age of an unapplied EMS event',
      ]);
      // each line chart drew a path with its 60 points; the bar chart one bar per fault, the unconverged one red
      const points = await page
        .locator('svg.chart path.series')
        .evaluateAll((paths) => paths.map((p) => (p.getAttribute('d') ?? '').split('L').length));
      expect(points.every((n) => n >= 60)).toBe(true);
      expect(await page.locator('rect.bar').count()).toBe(3);
      expect(await page.locator('rect.bar.failed').count()).toBe(1);
      const box = await charts.first().boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      const rows = page.locator('#violations tr.violation');
      expect(await rows.count()).toBe(2);
      expect(await rows.first().textContent()).toContain('idle session of 192.168.30.7 not blocked');
      expect(await rows.first().locator('code').textContent()).toBe('state=log may_dirty dirty <b>');
      expect(await page.locator('#invariants td.bad').count()).toBe(2);
      await page.screenshot({ path: join(dir, 'first-screen.png') });
    } finally {
      await browser.close();
    }
  });
});
