import { formatFqdnList } from '../core/format/fqdn-list-format.js';
import { isIPv4 } from '@ztna/proto';
import type { Clock } from '../core/clock.js';
import type { EndpointRecordSource, EngineApi, SessionFilter } from '../core/model/engine-api.js';
import { formatEndpointRecords } from '../core/format/endpoint-record-format.js';
import { parseError, valueError } from '../fortios/cli-fault.js';
import { quote } from '../fortios/codecs.js';
import { formatFilter, updateFilter } from './console-filter.js';
import { showConfig } from '../fortios/show.js';
import type { Token } from '../fortios/tokenizer.js';
import { resolveWord } from '../fortios/words.js';

/** What a console command can read and change. */
export interface CommandContext {
  readonly engine: EngineApi;
  readonly records: EndpointRecordSource;
  readonly clock: Clock;
  filter: SessionFilter;
}

type Handler = (ctx: CommandContext, args: readonly Token[], at: Token) => string;
interface Tree {
  readonly [word: string]: Tree | Handler;
}

const none = (args: readonly Token[]): void => {
  if (args[0] !== undefined) throw parseError(args[0], `unexpected '${args[0].text}'`);
};
const optional = (args: readonly Token[]): string | undefined => {
  if (args[1] !== undefined) throw parseError(args[1], `unexpected '${args[1].text}'`);
  return args[0]?.text;
};

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function systemTime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${time} ${d.getUTCFullYear()}`;
}

function systemStatus(ctx: CommandContext): string {
  const hostname = ctx.engine.config.systemGlobal.hostname;
  return [
    'Version: FortiGate-VM64 v7.4.4,build2662,240514 (GA.F)',
    'Serial-Number: FGVMSIM000000000',
    'License Status: Valid',
    'VM Resources: 1 CPU, 2048 MB RAM',
    `Hostname: ${hostname}`,
    'Private Encryption: Disable',
    'Operation Mode: NAT',
    'Current virtual domain: root',
    'Max number of virtual domains: 1',
    'Virtual domains status: 1 in NAT mode, 0 in TP mode',
    'Virtual domain configuration: disable',
    'FIPS-CC mode: disable',
    'Current HA mode: standalone',
    'Branch point: 2662',
    'Release Version Information: GA',
    `System time: ${systemTime(ctx.clock.now())}`,
    '',
  ].join('\n');
}

function show(full: boolean): Handler {
  return (ctx, args) => {
    const path = args.map((t) => (t.quoted ? quote(t.text) : t.text)).join(' ');
    return showConfig(ctx.engine.config, path === '' ? undefined : path, { full });
  };
}

const COMMANDS: Tree = {
  show: { '': show(false), 'full-configuration': show(true) },
  get: {
    system: {
      session: {
        list: (ctx, args) => (none(args), ctx.engine.formatSessionBrief()),
        status: (ctx, args) => (none(args), ctx.engine.formatSessionStatus()),
      },
      status: (ctx, args) => (none(args), systemStatus(ctx)),
    },
  },
  diagnose: {
    sys: {
      session: {
        filter: (ctx, args) => {
          if (args.length === 0) return formatFilter(ctx.filter);
          ctx.filter = updateFilter(ctx.filter, args, ctx.engine.config);
          return '';
        },
        list: (ctx, args) => (none(args), ctx.engine.formatSessionList(ctx.filter)),
        clear: (ctx, args) => (none(args), ctx.engine.clearSessions(ctx.filter), ''),
      },
    },
    firewall: {
      dynamic: { list: (ctx, args) => ctx.engine.formatDynamicList(optional(args)) },
      fqdn: { list: (ctx, args) => (none(args), formatFqdnList(ctx.engine.fqdnAddresses())) },
    },
    endpoint: {
      record: {
        list: (ctx, args) => {
          const ip = optional(args);
          if (ip !== undefined && !isIPv4(ip))
            throw valueError(args[0]!, `needs a dotted IPv4 address, got '${ip}'`);
          return formatEndpointRecords(ctx.records.endpointRecords(ip));
        },
      },
    },
  },
};

/** Top-level words and what `?` says about them. */
export const TOP_LEVEL_HELP: readonly (readonly [string, string])[] = [
  ['config', 'Configure object.'],
  ['show', 'Show configuration.'],
  ['get', 'Get dynamic and system information.'],
  ['diagnose', 'Diagnose facility.'],
];

/** Words `?` lists inside a config block. */
export const CONFIG_HELP: readonly (readonly [string, string])[] = [
  ['edit', 'Add/edit a table value.'],
  ['set', 'Modify value.'],
  ['unset', 'Set to default value.'],
  ['append', 'Append values to a list.'],
  ['unselect', 'Remove values from a list.'],
  ['delete', 'Delete a table value.'],
  ['move', 'Move a table value.'],
  ['config', 'Configure a sub-table.'],
  ['show', 'Show configuration.'],
  ['next', 'Configure next table entry.'],
  ['abort', 'End and discard last config.'],
  ['end', 'End and save last config.'],
];

/** Text of a `?` help listing. */
export function helpText(rows: readonly (readonly [string, string])[]): string {
  return rows.map(([w, d]) => `${w.padEnd(12)}${d}`).join('\n') + '\n';
}

export const UNKNOWN_ACTION = 'Unknown action 0\nCommand fail. Return code -1\n';

/**
 * Runs one non-config command (`show`, `get …`, `diagnose …`, words abbreviated as FortiOS allows) and
 * returns its output, ending in a newline when not empty. Throws a CliFault on a bad word or value.
 */
export function runCommand(ctx: CommandContext, tokens: readonly Token[]): string {
  let node: Tree | Handler = COMMANDS;
  let i = 0;
  while (typeof node !== 'function') {
    const t: Token | undefined = tokens[i];
    const words: string[] = Object.keys(node).filter((w) => w !== '');
    const word = t === undefined || t.quoted ? undefined : resolveWord(t.text, words);
    const next: Tree | Handler | undefined = word === undefined ? node[''] : node[word];
    if (next === undefined) {
      if (i === 0) return UNKNOWN_ACTION;
      const at = t ?? tokens[i - 1]!;
      throw parseError(
        at,
        t === undefined ? `incomplete command after '${at.text}'` : `unknown word '${t.text}'`,
      );
    }
    node = next;
    if (word !== undefined) i += 1;
  }
  const out = node(ctx, tokens.slice(i), tokens[i - 1] ?? tokens[0]!);
  return out === '' || out.endsWith('\n') ? out : `${out}\n`;
}
