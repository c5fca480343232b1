import { Command, InvalidArgumentError, Option } from 'commander';

/** Every fault the runner can inject, by the name `--faults` takes. */
export const FAULT_KINDS = [
  'nats-restart',
  'nats-freeze',
  'nats-cut',
  'nats-blackhole',
  'redis-restart-empty',
  'redis-freeze',
  'redis-cut',
  'gateway-kill',
  'ems-restart',
  'pub-drop',
  'pub-duplicate',
  'pub-reorder',
  'pub-delay',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Deliberate breaks of the gateway, to prove the invariants catch them (tests only). */
export const BREAKS = ['skip-acks', 'no-sweep'] as const;
export type Break = (typeof BREAKS)[number];

export interface ChaosOptions {
  readonly durationMs: number;
  /** EMS churn events per second, per EMS. */
  readonly rate: number;
  readonly seed: number;
  /** Churn population per EMS. */
  readonly endpoints: number;
  readonly ems: number;
  readonly gateways: number;
  readonly faults: readonly FaultKind[];
  /** Time between fault starts, ms. */
  readonly faultEveryMs: number;
  /** Endpoints carrying tracked sessions (one session per endpoint per gateway). */
  readonly traffic: number;
  readonly reportDir: string;
  readonly target: 'local' | 'compose';
  /** Gateway dirty-session sweep delay, ms. */
  readonly sweepDelayMs: number;
  readonly convergenceBoundMs: number;
  readonly stalenessBoundMs: number;
  readonly rssLimitMb: number;
  readonly breaks: readonly Break[];
  /** Progress line period, ms (0: none). */
  readonly progressMs: number;
}

const cut = (v: string): string => (v.length > 60 ? `${v.slice(0, 60)}…` : v);

/** Parses `90s`, `30m`, `1h`, `1500ms` or plain seconds into ms; throws naming the value. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new InvalidArgumentError(`"${cut(text)}" is not a duration (e.g. 60s, 30m, 1h, 500ms)`);
  const scale = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Math.round(Number(m[1]) * scale);
}

const integer =
  (min: number, max: number) =>
  (text: string): number => {
    const n = Number(text);
    if (!/^\d+$/.test(text.trim()) || n < min || n > max) {
      throw new InvalidArgumentError(`"${cut(text)}" must be an integer from ${min} to ${max}`);
    }
    return n;
  };

const durationIn =
  (min: number, max: number) =>
  (text: string): number => {
    const ms = parseDuration(text);
    if (ms < min || ms > max) {
      throw new InvalidArgumentError(`"${cut(text)}" must be from ${min / 1000} s to ${max / 1000} s`);
    }
    return ms;
  };

function listOf<T extends string>(allowed: readonly T[], what: string) {
  return (text: string): T[] => {
    if (text.trim() === 'all') return [...allowed];
    const items = text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const item of items) {
      if (!allowed.includes(item as T)) {
        throw new InvalidArgumentError(`${what} "${cut(item)}" is not one of: all, ${allowed.join(', ')}`);
      }
    }
    return items as T[];
  };
}

/** An option with a parser and a default shown as `shown` (or the value) in --help. */
function opt<T>(
  flags: string,
  description: string,
  parse: (text: string) => T,
  value: T,
  shown?: string,
): Option {
  return new Option(flags, description).argParser(parse).default(value, shown ?? String(value));
}

/** The `chaos` command: options, help, validation (an invalid option names itself and its value). */
export function chaosCommand(): Command {
  const everyKind = 'the duration shared so every chosen kind runs once, at most 20 s';
  return new Command('chaos')
    .description(
      'Seeded EMS tag churn with traffic while faults hit NATS, Redis, the gateway, the EMS and its publisher; ' +
        'checks convergence, staleness, enforcement, exactly-once and resources; writes report.json and ' +
        'report.html. Exit code 0 only when every invariant held.',
    )
    .addOption(
      opt('--duration <time>', 'how long to run (60s, 30m)', durationIn(5_000, 86_400_000), 60_000, '60s'),
    )
    .addOption(opt('--rate <events/s>', 'churn events per second, per EMS', integer(1, 200_000), 1000))
    .addOption(opt('--seed <n>', 'seed of churn, faults and traffic', integer(0, 2 ** 32 - 1), 20261121))
    .addOption(opt('--endpoints <n>', 'churn population per EMS', integer(1, 100_000), 1000))
    .addOption(opt('--ems <n>', 'EMS mocks (connectors 1..n)', integer(1, 7), 1))
    .addOption(opt('--gateways <n>', 'gateways (odd: dyn-addr-session-check on)', integer(1, 8), 2))
    .addOption(
      opt(
        '--faults <list>',
        `comma-separated: ${FAULT_KINDS.join(', ')}`,
        listOf(FAULT_KINDS, 'fault'),
        [...FAULT_KINDS],
        'all',
      ),
    )
    .addOption(
      new Option('--fault-every <time>', `time between faults (default: ${everyKind})`).argParser(
        durationIn(1_000, 3_600_000),
      ),
    )
    .addOption(opt('--traffic <sessions>', 'endpoints with tracked sessions', integer(0, 200), 40))
    .addOption(new Option('--report <dir>', 'where report.json and report.html go').default('chaos-report'))
    .addOption(
      new Option(
        '--target <where>',
        'local: servers started like the tests; compose: the infra/ stack (2 EMS, 2 gateways) under a project of its own, ' +
          'with the images of GATEWAY_IMAGE, EMS_MOCK_IMAGE, NATS_IMAGE, REDIS_IMAGE (see infra/README.md)',
      )
        .choices(['local', 'compose'])
        .default('local'),
    )
    .addOption(
      opt('--sweep-delay <time>', "gateways' dirty-session sweep delay", durationIn(0, 300_000), 2_000, '2s'),
    )
    .addOption(
      opt(
        '--convergence-bound <time>',
        'to converge after a heal',
        durationIn(1_000, 600_000),
        10_000,
        '10s',
      ),
    )
    .addOption(
      opt(
        '--staleness-bound <time>',
        'applied seq behind the EMS, calm',
        durationIn(500, 600_000),
        3_000,
        '3s',
      ),
    )
    .addOption(opt('--rss-limit <MB>', 'RSS bound of each process', integer(64, 65_536), 1024))
    .addOption(
      opt('--progress <time>', 'progress line period (0 = none)', durationIn(0, 600_000), 5_000, '5s'),
    )
    .addOption(
      new Option('--break <list>', 'deliberately broken gateway (tests)')
        .argParser(listOf(BREAKS, 'break'))
        .default([])
        .hideHelp(),
    )
    .addHelpText('after', TARGETS_HELP);
}

const TARGETS_HELP = `
Targets:
  local    NATS and Redis as local processes behind fault proxies, the EMS mocks in this process,
           the gateways as child processes (the default)
  compose  infra/docker-compose.yml (2 EMS mocks, 2 gateways) as compose project chaos-<id>, with
           generated credentials, ports and override; torn down (down -v) at the end, on failure and on
           Ctrl-C. Needs docker, docker-compose, nsenter, iptables (root) and the images named by
           GATEWAY_IMAGE, EMS_MOCK_IMAGE, NATS_IMAGE, REDIS_IMAGE, built as CI builds them:
             eval "$(infra/images/build-local.sh)"; export NATS_IMAGE REDIS_IMAGE NODE_IMAGE; npm run build
             eval "$(node infra/images/build-services.mjs)"; export GATEWAY_IMAGE EMS_MOCK_IMAGE
             npm run chaos -- --target compose --duration 45s --fault-every 3s --rate 300
           (infra/README.md, "Chaos on the compose stack")`;

/**
 * Reads the parsed command into options; `--fault-every` defaults so that every chosen fault runs once.
 * The compose target is the infra/ stack as it is: two EMS (`--ems` defaults to 2 there) and two
 * gateways, built images (no `--break`); other values stop the command (exit 2) naming the option.
 */
export function toOptions(command: Command): ChaosOptions {
  const o = command.opts<Record<string, unknown>>();
  if (o.target === 'compose') {
    if (command.getOptionValueSource('ems') === 'default') o.ems = 2;
    const wrong = [
      o.ems !== 2 && `--ems ${String(o.ems)} (the compose stack has 2 EMS mocks)`,
      o.gateways !== 2 && `--gateways ${String(o.gateways)} (the compose stack has 2 gateways)`,
      (o.break as Break[]).length > 0 && '--break (breaks are for the local target)',
    ].filter(Boolean);
    if (wrong.length > 0) command.error(`--target compose: ${wrong.join('; ')}`, { exitCode: 2 });
  }
  const durationMs = o.duration as number;
  const faults = o.faults as FaultKind[];
  const faultEveryMs =
    (o.faultEvery as number | undefined) ??
    Math.max(1_000, Math.min(20_000, Math.floor(durationMs / (faults.length + 1))));
  return Object.freeze({
    durationMs,
    rate: o.rate as number,
    seed: o.seed as number,
    endpoints: o.endpoints as number,
    ems: o.ems as number,
    gateways: o.gateways as number,
    faults,
    faultEveryMs,
    traffic: o.traffic as number,
    reportDir: o.report as string,
    target: o.target as 'local' | 'compose',
    sweepDelayMs: o.sweepDelay as number,
    convergenceBoundMs: o.convergenceBound as number,
    stalenessBoundMs: o.stalenessBound as number,
    rssLimitMb: o.rssLimit as number,
    breaks: o.break as Break[],
    progressMs: o.progress as number,
  });
}
