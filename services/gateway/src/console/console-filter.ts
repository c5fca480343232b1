import { intToIPv4, ipv4ToInt } from '@ztna/proto';
import type { SessionFilter } from '../core/model/engine-api.js';
import type { GatewayConfig } from '../core/model/config.js';
import { parseError, valueError } from '../fortios/cli-fault.js';
import type { Token } from '../fortios/tokenizer.js';
import { resolveWord } from '../fortios/words.js';

const FIELDS = ['src', 'dst', 'sport', 'dport', 'proto', 'policy', 'intf', 'clear'] as const;
type FilterField = (typeof FIELDS)[number];

function number(t: Token, field: string, max: number): number {
  const n = /^\d{1,10}$/.test(t.text) ? Number(t.text) : Number.NaN;
  if (n <= max) return n;
  throw valueError(t, `filter ${field} must be an integer 0-${max}, got '${t.text}'`);
}

function ip(t: Token, field: string): number {
  const n = ipv4ToInt(t.text);
  if (Number.isNaN(n)) throw valueError(t, `filter ${field} needs a dotted IPv4 address, got '${t.text}'`);
  return n;
}

/**
 * `diagnose sys session filter <field> <value>` applied to `filter`: returns the new filter
 * (`clear` empties it). Throws a CliFault naming the bad field or value.
 */
export function updateFilter(
  filter: SessionFilter,
  args: readonly Token[],
  config: GatewayConfig,
): SessionFilter {
  const [fieldToken, value, extra] = args;
  if (fieldToken === undefined) return filter;
  const field = resolveWord(fieldToken.text, FIELDS) as FilterField | undefined;
  if (field === undefined) throw parseError(fieldToken, `unknown session filter '${fieldToken.text}'`);
  if (field === 'clear') return {};
  if (value === undefined) throw valueError(fieldToken, `filter ${field} needs a value`);
  if (extra !== undefined)
    throw parseError(extra, `filter ${field} takes one value, got extra '${extra.text}'`);
  switch (field) {
    case 'src':
    case 'dst':
      return { ...filter, [field]: ip(value, field) };
    case 'sport':
    case 'dport':
      return { ...filter, [field]: number(value, field, 65535) };
    case 'proto':
      return { ...filter, proto: number(value, field, 255) };
    case 'policy':
      return { ...filter, policy: number(value, field, 4294967295) };
    case 'intf':
      if (!config.interfaces.has(value.text)) {
        throw valueError(value, `filter intf: no interface '${value.text}' (config system interface)`);
      }
      return { ...filter, intf: value.text };
  }
}

const range = (v: number | undefined, show: (n: number) => string = String): string =>
  v === undefined ? 'any' : `${show(v)}-${show(v)}`;

/** The current filter as `diagnose sys session filter` prints it. */
export function formatFilter(filter: SessionFilter): string {
  const lines = [
    'session filter:',
    'vd: any',
    'sintf: any',
    'dintf: any',
    ...(filter.intf === undefined ? [] : [`intf: ${filter.intf}`]),
    `proto: ${range(filter.proto)}`,
    'proto-state: any',
    `source ip: ${range(filter.src, intToIPv4)}`,
    "NAT'd source ip: any",
    `dest ip: ${range(filter.dst, intToIPv4)}`,
    `source port: ${range(filter.sport)}`,
    "NAT'd source port: any",
    `dest port: ${range(filter.dport)}`,
    `policy id: ${range(filter.policy)}`,
    'expire: any',
    'duration: any',
    'state1: any',
    'state2: any',
  ];
  return lines.join('\n') + '\n';
}
