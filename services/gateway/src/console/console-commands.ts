import { formatFqdnList } from '../core/format/fqdn-list-format.js';
import { ipv4ToInt, isIPv4 } from '@ztna/proto';
import type { GatewayConfig } from '../core/model/config.js';
import type { Clock } from '../core/clock.js';
import type {
  ConnectorStateSource,
  EndpointRecordSource,
  EngineApi,
  SessionFilter,
} from '../core/model/engine-api.js';
import { type ConnectorView, formatFctemsVerify, formatFcnacdStatus } from '../core/format/fctems-format.js';
import { formatEndpointRecords } from '../core/format/endpoint-record-format.js';
import { DEFAULT_IDENTITY } from '../core/model/fortios-identity.js';
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
  readonly connectors?: ConnectorStateSource;
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
    `Version: ${DEFAULT_IDENTITY.model} ${DEFAULT_IDENTITY.version},build${DEFAULT_IDENTITY.build},240514 (GA.F)`,
    `Serial-Number: ${DEFAULT_IDENTITY.serial}`,
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
    `Branch point: ${DEFAULT_IDENTITY.build}`,
    'Release Version Information: GA',
    `System time: ${systemTime(ctx.clock.now())}`,
    '',
  ].join('\n');
}

/** The interface whose own subnet holds `addr` (the endpoint's gateway interface), or undefined. */
function connectedInterface(config: GatewayConfig, addr: string): string | undefined {
  const n = ipv4ToInt(addr);
  for (const intf of config.interfaces.values()) {
    const p = intf.ip;
    if (p === undefined || p.masklen === 0) continue;
    const mask = (0xffffffff << (32 - p.masklen)) >>> 0;
    if ((n & mask) >>> 0 === p.addr) return intf.name;
  }
  return undefined;
}

/** Every connector of `config endpoint-control fctems` and of tag sync, in id order. */
function connectorViews(ctx: CommandContext): ConnectorView[] {
  const sync = new Map((ctx.connectors?.syncStatus().ems ?? []).map((e) => [e.id, e]));
  const ids = [...new Set([...ctx.engine.config.fctems.keys(), ...sync.keys()])].sort((a, b) => a - b);
  return ids.map((id) => ({
    id,
    ems: ctx.engine.config.fctems.get(id),
    state: sync.get(id)?.state,
    appliedSeq: sync.get(id)?.appliedSeq ?? 0,
  }));
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
  execute: {
    fctems: {
      verify: (ctx, args, at) => {
        const name = optional(args);
        if (name === undefined) throw parseError(at, 'execute fctems verify needs an EMS connector name');
        const view = connectorViews(ctx).find((c) => (c.ems?.name ?? `ems${c.id}`) === name);
        if (view === undefined)
          throw valueError(
            args[0]!,
            `no EMS connector '${name.slice(0, 40)}' (config endpoint-control fctems)`,
          );
        return formatFctemsVerify(view, name);
      },
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
        stat: (ctx, args) => (none(args), ctx.engine.formatSessionStat()),
      },
    },
    firewall: {
      dynamic: { list: (ctx, args) => ctx.engine.formatDynamicList(optional(args)) },
      fqdn: { list: (ctx, args) => (none(args), formatFqdnList(ctx.engine.fqdnAddresses())) },
    },
    test: {
      application: {
        fcnacd: (ctx, args, at) => {
          const level = optional(args);
          if (level !== '2') {
            const got = level === undefined ? 'nothing' : `'${level.slice(0, 20)}'`;
            throw valueError(args[0] ?? at, `fcnacd: only 2 (EMS connectivity) is simulated, got ${got}`);
          }
          return formatFcnacdStatus(connectorViews(ctx));
        },
      },
    },
    endpoint: {
      record: {
        list: (ctx, args) => {
          const ip = optional(args);
          if (ip !== undefined && !isIPv4(ip))
            throw valueError(args[0]!, `needs a dotted IPv4 address, got '${ip}'`);
          return formatEndpointRecords(ctx.records.endpointRecords(ip), {
            serial: DEFAULT_IDENTITY.serial,
            interfaceOf: (addr) => connectedInterface(ctx.engine.config, addr),
          });
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
  ['execute', 'Execute static commands.'],
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
