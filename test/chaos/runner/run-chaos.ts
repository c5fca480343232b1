import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { mulberry32 } from '@ztna/ems-mock';
import { gatewaysReady, type ChaosStack, type ChurnSettings } from './chaos-stack.js';
import { startComposeStack } from './compose-stack.js';
import { compareWithTruth, type Difference } from './convergence.js';
import { inject, type FaultRecord } from './faults.js';
import { Judge, quantile, type Sample } from './judge.js';
import { startLocalStack } from './local-stack.js';
import { Monitor } from './monitor.js';
import type { ChaosOptions, FaultKind } from './options.js';
import { buildReport, type ChaosReport } from './report.js';
import { renderReportHtml } from './report-html.js';
import { TrafficDriver } from './traffic.js';

const CHURN_TAGS = 8;
/** The gateways' durable consumer ack_wait (nats/event-consumer.ts). */
const ACK_WAIT_MS = 30_000;

/**
 * Runs one chaos session on `options.target` (local: throwaway servers, EMS mocks in this process,
 * gateways as child processes; compose: the infra/ stack under a project of its own) and writes
 * `report.json` and `report.html` into `options.reportDir`. Faults follow a seeded schedule that
 * cycles through every chosen kind (so each runs once before any runs twice), one every `faultEveryMs`;
 * after each heal the churn pauses once the gateways caught up, and Redis, each gateway's mirror and the
 * EMS truth are compared (convergence).
 * Resolves with the report; `report.passed` is true only when no invariant was violated.
 */
export async function runChaos(
  options: ChaosOptions,
  log: (line: string) => void = console.log,
): Promise<ChaosReport> {
  mkdirSync(options.reportDir, { recursive: true });
  const stack: ChaosStack =
    options.target === 'compose'
      ? await startComposeStack(options, log)
      : await startLocalStack(options, options.breaks);
  await gatewaysReady(stack).catch(async (err: unknown) => {
    await stack.close();
    throw err;
  });
  const startedAt = Date.now();
  const judge = new Judge(startedAt);
  const faults: FaultRecord[] = [];
  let phase: 'calm' | 'fault' | 'healing' = 'calm';
  const monitor = new Monitor(stack, judge, {
    stalenessBoundMs: options.stalenessBoundMs,
    rssLimitMb: options.rssLimitMb,
    calm: () => phase === 'calm',
  });
  judge.calm = () => phase === 'calm';
  const traffic = new TrafficDriver(
    stack,
    judge,
    { count: options.traffic, seed: options.seed, sweepDelayMs: options.sweepDelayMs },
    (line) => log(`[chaos] ${clock(judge.now())} ${line}`),
  );
  judge.onViolation = (v) =>
    log(`[chaos] ${clock(v.atMs)} VIOLATION ${v.invariant}: ${v.what} (${v.evidence.slice(0, 300)})`);
  const schedule = mulberry32(options.seed);
  const order = shuffled(options.faults, schedule);
  let churnSeed = options.seed;
  const nextChurn = (): ChurnSettings => ({
    seed: churnSeed++,
    rate: options.rate,
    durationMs: options.durationMs,
    endpoints: options.endpoints,
    tags: CHURN_TAGS,
  });
  /** Churn on every EMS not churning, in EMS order (so each run's seed is the same on every target). */
  const startChurn = async (): Promise<void> => {
    for (const mock of stack.ems) await mock.startChurn(nextChurn);
  };
  const stopChurn = async (): Promise<void> => {
    await Promise.all(stack.ems.map((mock) => mock.stopChurn()));
  };
  const produced = (): number =>
    stack.incarnations.reduce((s, x) => s + x.seq, 0) + stack.ems.reduce((s, m) => s + m.seq, 0);

  // One sample a second for the charts; the progress line every options.progressMs.
  const samples: Sample[] = judge.samples;
  let lastProduced = 0;
  let revocationsSeen = 0;
  const sampler = setInterval(() => {
    const total = produced();
    const window = judge.revocations.slice(revocationsSeen).map((r) => r.latencyMs);
    revocationsSeen = judge.revocations.length;
    samples.push({
      atMs: judge.now(),
      eventsPerS: Math.max(0, total - lastProduced),
      revocationP50Ms: quantile(window, 0.5),
      revocationP99Ms: quantile(window, 0.99),
      lagMs: monitor.lagMs,
      resyncs: monitor.resyncs,
    });
    monitor.lagMs = 0;
    lastProduced = total;
  }, 1000);
  const progress =
    options.progressMs > 0
      ? setInterval(() => {
          const last = samples.slice(-5);
          const rate = last.length ? Math.round(last.reduce((s, x) => s + x.eventsPerS, 0) / last.length) : 0;
          log(
            `[chaos] ${clock(judge.now())} elapsed, ${rate} events/s, faults ${faults.length}, violations ${judge.total}` +
              (phase === 'calm' ? '' : ` (${phase}: ${faults.at(-1)?.kind})`),
          );
        }, options.progressMs)
      : undefined;

  /** Waits until every gateway applied what each EMS had at `marks`, then compares quietly; returns when equal. */
  const converge = async (what: string, since: number): Promise<number | undefined> => {
    const deadline = since + options.convergenceBoundMs + 20_000;
    let last: Difference[] = [];
    for (;;) {
      await stopChurn();
      traffic.quiet = true;
      await Promise.all(stack.ems.map((m) => m.flush()));
      last = await compareWithTruth(stack);
      if (last.length === 0) break;
      if (Date.now() > deadline) break;
      await sleep(100);
    }
    const tookMs = Date.now() - since;
    traffic.quiet = false;
    judge.checked('convergence');
    if (last.length > 0 || tookMs > options.convergenceBoundMs) {
      judge.violate(
        'convergence',
        last.length > 0
          ? `${what}: not converged within ${Date.now() - since} ms`
          : `${what}: converged after ${tookMs} ms`,
        last.length > 0
          ? last.map((d) => `${d.gateway}: ${d.what}`).join(' | ')
          : `bound ${options.convergenceBoundMs} ms`,
      );
    }
    await startChurn();
    return last.length === 0 ? tookMs : undefined;
  };

  try {
    await traffic.register();
    monitor.start();
    await startChurn();
    const trafficLoop = (async () => {
      while (Date.now() - startedAt < options.durationMs) {
        await Promise.all([traffic.tick(), sleep(500)]);
      }
    })();
    const holdMs = Math.max(500, Math.min(3000, Math.floor(options.faultEveryMs / 4)));
    for (let n = 1; order.length > 0; n++) {
      const slotAt = startedAt + n * options.faultEveryMs;
      if (slotAt + holdMs + 2000 > startedAt + options.durationMs) break;
      await sleep(Math.max(0, slotAt - Date.now()));
      const kind: FaultKind = order[(n - 1) % order.length]!;
      phase = 'fault';
      const { target, heal } = await inject(stack, kind, (k) => schedule.int(k), options.seed + n);
      const record: FaultRecord = { n, kind, target, startedAt: judge.now() };
      faults.push(record);
      log(`[chaos] ${clock(judge.now())} fault ${n}: ${kind} on ${target}`);
      if (kind === 'ems-restart') {
        await startChurn();
        if (target === 'ems1') await traffic.register();
      }
      await sleep(holdMs);
      await heal();
      record.healedAt = judge.now();
      phase = 'healing';
      if (kind === 'gateway-kill') await gatewaysReady(stack).catch(() => undefined);
      record.convergedMs = await converge(`fault ${n} (${kind})`, startedAt + record.healedAt);
      phase = 'calm';
    }
    await sleep(Math.max(0, startedAt + options.durationMs - Date.now()));
    await trafficLoop;
    phase = 'healing';
    await stopChurn();
    await converge('end of run', Date.now());
    await stack.stopEms();
    await checkStreamCount(stack, judge);
    // deliveries a killed gateway held come back only after the consumer's ack_wait (30 s)
    await checkConsumersAcked(stack, judge, ACK_WAIT_MS + options.convergenceBoundMs);
  } finally {
    clearInterval(sampler);
    if (progress) clearInterval(progress);
    await monitor.stop();
    await stopChurn().catch(() => undefined);
    await stack.close().catch((err: unknown) => log(`[chaos] closing the stack: ${(err as Error).message}`));
  }
  const report = buildReport({
    options,
    startedAt,
    judge,
    faults,
    produced: produced(),
    packets: traffic.packets,
    traffic: traffic.counts,
    resyncs: monitor.resyncs,
  });
  writeFileSync(join(options.reportDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(options.reportDir, 'report.html'), renderReportHtml(report));
  return report;
}

/** Exactly once: the stream holds one message per EMS event, minus the dropped, plus the duplicated. */
async function checkStreamCount(stack: ChaosStack, judge: Judge): Promise<void> {
  const jsm = await stack.directNats.jetstreamManager();
  const messages = (await jsm.streams.info(stack.subjects.stream)).state.messages;
  const expected = stack.incarnations.reduce((s, x) => s + x.seq - x.dropped + x.duplicated, 0);
  judge.checked('exactly-once');
  if (messages !== expected) {
    judge.violate(
      'exactly-once',
      `stream holds ${messages} messages, the EMS produced ${expected}`,
      stack.incarnations
        .map(
          (x) =>
            `EMS ${x.emsId} ${x.incarnation}: seq ${x.seq} −${x.dropped} dropped +${x.duplicated} duplicated`,
        )
        .join('; '),
    );
  }
}

/**
 * Exactly once, consumer side: after the end every gateway's durable must drain — every event delivered
 * and acked — within `boundMs` (events healed by a snapshot still arrive, as duplicates that change nothing).
 */
async function checkConsumersAcked(stack: ChaosStack, judge: Judge, boundMs: number): Promise<void> {
  const jsm = await stack.directNats.jetstreamManager();
  const deadline = Date.now() + boundMs;
  for (const gw of stack.gateways) {
    const durable = stack.subjects.durable(gw.id);
    judge.checked('exactly-once');
    for (;;) {
      const info = await jsm.consumers.info(stack.subjects.stream, durable).catch(() => undefined);
      if (info && info.num_ack_pending === 0 && info.num_pending === 0) break;
      if (Date.now() > deadline) {
        judge.violate(
          'exactly-once',
          `${gw.id}: events not delivered or not acked ${boundMs} ms after the end`,
          info
            ? `durable ${durable}: ${info.num_ack_pending} awaiting ack, ${info.num_pending} not delivered, ${info.num_redelivered} redelivered`
            : `durable ${durable} missing`,
        );
        break;
      }
      await sleep(200);
    }
  }
}

/** The kinds in a seeded order, so every kind runs once before any runs twice. */
function shuffled<T>(items: readonly T[], prng: { int(n: number): number }): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = prng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** `mm:ss` of a duration in ms. */
export function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
