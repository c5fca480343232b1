import { Value } from '@sinclair/typebox/value';
import { preview, sleep } from '@ztna/service-kit';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { EmsDomain } from '../domain/ems-domain.js';
import { EmsError } from '../errors.js';
import { churnLoop } from '../churn/churn-runner.js';
import { startRun, type RunContext, type StartedRun } from '../runs/run-context.js';
import type { RunHandle } from '../runs/run-tracker.js';
import { ScenarioDoc, type EndpointBody, type ScenarioStep } from './scenario-schema.js';

const MAX_REPORTED = 10;

/**
 * Parses a scenario from YAML/JSON text or an already parsed object and validates it. Throws one
 * EMS_ERR_SCENARIO listing every problem (up to 10) with its path and value, or the YAML line and column.
 */
export function parseScenario(input: unknown): ScenarioDoc {
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = parseYaml(input);
    } catch (err) {
      const where =
        err instanceof YAMLParseError && err.linePos
          ? ` at line ${err.linePos[0].line}, column ${err.linePos[0].col}`
          : '';
      throw new EmsError(
        'EMS_ERR_SCENARIO',
        `scenario: not YAML or JSON${where}: ${(err as Error).message.split('\n')[0]}`,
      );
    }
  }
  const problems = [...Value.Errors(ScenarioDoc, doc)]
    .slice(0, MAX_REPORTED)
    .map((e) => `${e.path || '/'} ${preview(e.value)}: ${e.message}`);
  if (problems.length === 0) {
    let last = 0;
    (doc as ScenarioDoc).steps?.forEach((s, i) => {
      if (s.at < last)
        problems.push(`/steps/${i}/at ${s.at}: must not be before the previous step (${last})`);
      last = s.at;
    });
  }
  if (problems.length > 0) throw new EmsError('EMS_ERR_SCENARIO', `scenario: ${problems.join('; ')}`);
  return doc as ScenarioDoc;
}

export function endpointInput(body: EndpointBody): Parameters<EmsDomain['upsertEndpoint']>[0] {
  const { tags, ...rest } = body;
  return tags === undefined ? rest : { ...rest, ztnaTags: tags };
}

/**
 * Starts a validated scenario as a tracked run: registers its endpoints, then performs each step at
 * `at` ms after the start (steps in order; a late step runs at once, so timing never changes the events).
 */
export function startScenario(ctx: RunContext, doc: ScenarioDoc): StartedRun {
  return startRun(ctx, 'scenario', async (run) => {
    const log = ctx.logger.child({ runId: run.id, scenario: doc.name });
    for (const endpoint of doc.endpoints ?? []) ctx.domain.upsertEndpoint(endpointInput(endpoint));
    const started = ctx.clock.now();
    for (const [i, step] of (doc.steps ?? []).entries()) {
      const wait = step.at - (ctx.clock.now() - started);
      if (wait > 0) await sleep(ctx.clock, wait, run.signal);
      run.signal.throwIfAborted();
      await applyStep(ctx, step, run);
      log.debug({ step: i, op: step.op, seq: ctx.domain.seq }, 'scenario step done');
    }
  });
}

async function applyStep(ctx: RunContext, step: ScenarioStep, run: RunHandle): Promise<void> {
  const d = ctx.domain;
  switch (step.op) {
    case 'upsert':
      d.upsertEndpoint(endpointInput(step.endpoint));
      return;
    case 'attach':
      d.attachTags(step.uid, step.tags, step.kind);
      return;
    case 'detach':
      d.detachTags(step.uid, step.tags, step.kind);
      return;
    case 'offline':
      d.setOffline(step.uid);
      return;
    case 'online':
      d.setOnline(step.uid);
      return;
    case 'addresses':
      d.changeAddresses(step.uid, step.ips, step.macs);
      return;
    case 'remove':
      d.removeEndpoint(step.uid);
      return;
    case 'churn':
      await churnLoop(ctx, step.churn, run);
      return;
  }
}
