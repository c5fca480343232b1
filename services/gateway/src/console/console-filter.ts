import { intToIPv4, ipv4ToInt } from '@ztna/proto';
import type { SessionFilter, SessionFilterField, SessionFilterRangeField } from '../core/model/engine-api.js';
import type { GatewayConfig } from '../core/model/config.js';
import { parseError, valueError } from '../fortios/cli-fault.js';
import type { Token } from '../fortios/tokenizer.js';
import { resolveWord } from '../fortios/words.js';

const IP_FIELDS = ['src', 'dst', 'nsrc'] as const;
const NUMBER_MAX = { sport: 65535, dport: 65535, nport: 65535, proto: 255, policy: 4294967295 } as const;
const INTF_FIELDS = ['sintf', 'dintf', 'intf'] as const;
const NEGATABLE: readonly SessionFilterField[] = [
  ...IP_FIELDS,
  ...(Object.keys(NUMBER_MAX) as (keyof typeof NUMBER_MAX)[]),
  ...INTF_FIELDS,
];
const WORDS = [...NEGATABLE, 'negate', 'clear'];

function number(t: Token, field: string, max: number): number {
  const n = /^\d{1,10}$/.test(t.text) ? Number(t.text) : Number.NaN;
  if (n <= max) return n;
  throw valueError(t, `filter ${field} must be an integer 0-${max}, got '${t.text.slice(0, 40)}'`);
}

function ip(t: Token, field: string): number {
  const n = ipv4ToInt(t.text);
  if (Number.isNaN(n)) {
    throw valueError(t, `filter ${field} needs a dotted IPv4 address, got '${t.text.slice(0, 40)}'`);
  }
  return n;
}

/** `filter` without `field` (and its range bound and negation). */
function without(filter: SessionFilter, field: SessionFilterField): SessionFilter {
  const next: Record<string, unknown> = { ...filter };
  delete next[field];
  delete next[`${field}To`];
  const negate = (filter.negate ?? []).filter((f) => f !== field);
  if (negate.length > 0) next.negate = negate;
  else delete next.negate;
  return next as SessionFilter;
}

/** `field low [high]`: the range, or the field removed when the value is 0.0.0.0 (as FortiOS unsets). */
function setRange(
  filter: SessionFilter,
  field: SessionFilterRangeField,
  low: number,
  high: number | undefined,
  lowToken: Token,
): SessionFilter {
  const base = without(filter, field);
  const negate = filter.negate?.includes(field) ? { negate: [...(base.negate ?? []), field] } : {};
  if (IP_FIELDS.includes(field as (typeof IP_FIELDS)[number]) && low === 0 && high === undefined) return base;
  if (high !== undefined && high < low) {
    throw valueError(lowToken, `filter ${field}: range start is above its end`);
  }
  return { ...base, [field]: low, ...(high === undefined ? {} : { [`${field}To`]: high }), ...negate };
}

/**
 * `diagnose sys session filter <field> <value> [<to>]` applied to `filter` (FortiOS 7.4 CLI reference,
 * `diagnose sys session filter`): src, dst, nsrc (NAT'd source address), sport, dport, nport (NAT'd
 * source port), proto, policy take one value or a range (`src 10.0.0.1 10.0.0.9`; an address of
 * 0.0.0.0 unsets the field); sintf, dintf (and the simulator's `intf`, either side) an interface;
 * `negate <field>` inverts a field; `clear` empties the filter. Returns the new filter; throws a
 * CliFault naming the bad field or value and changes nothing.
 */
export function updateFilter(
  filter: SessionFilter,
  args: readonly Token[],
  config: GatewayConfig,
): SessionFilter {
  const [fieldToken, value, to, extra] = args;
  if (fieldToken === undefined) return filter;
  const field = resolveWord(fieldToken.text, WORDS) as SessionFilterField | 'negate' | 'clear' | undefined;
  if (field === undefined) {
    throw parseError(fieldToken, `unknown session filter '${fieldToken.text.slice(0, 40)}'`);
  }
  if (field === 'clear') {
    if (value !== undefined)
      throw parseError(value, `filter clear takes no value, got '${value.text.slice(0, 40)}'`);
    return {};
  }
  if (value === undefined) throw valueError(fieldToken, `filter ${field} needs a value`);
  const single = field === 'negate' || (INTF_FIELDS as readonly string[]).includes(field);
  const surplus = single ? to : extra;
  if (surplus !== undefined) {
    throw parseError(surplus, `filter ${field}: unexpected '${surplus.text.slice(0, 40)}'`);
  }
  if (field === 'negate') {
    const target = resolveWord(value.text, NEGATABLE) as SessionFilterField | undefined;
    if (target === undefined) throw valueError(value, `filter negate: no field '${value.text.slice(0, 40)}'`);
    return filter.negate?.includes(target)
      ? filter
      : { ...filter, negate: [...(filter.negate ?? []), target] };
  }
  if (field === 'sintf' || field === 'dintf' || field === 'intf') {
    if (!config.interfaces.has(value.text)) {
      throw valueError(
        value,
        `filter ${field}: no interface '${value.text.slice(0, 40)}' (config system interface)`,
      );
    }
    return { ...filter, [field]: value.text };
  }
  if (field === 'src' || field === 'dst' || field === 'nsrc') {
    return setRange(filter, field, ip(value, field), to && ip(to, field), value);
  }
  const max = NUMBER_MAX[field];
  return setRange(filter, field, number(value, field, max), to && number(to, field, max), value);
}

/**
 * The current filter as `diagnose sys session filter` prints it (Fortinet community: "Technical Tip:
 * How it is possible to use filter with diagnose sys session list"): `any`, or the range `low-high`.
 * Our sources do not show how FortiOS marks a negated field; the simulator prefixes it with `!`.
 */
export function formatFilter(filter: SessionFilter): string {
  const negated = (field: SessionFilterField): string => (filter.negate?.includes(field) ? '!' : '');
  const range = (field: SessionFilterRangeField, show: (n: number) => string = String): string => {
    const low = filter[field];
    if (low === undefined) return 'any';
    return `${negated(field)}${show(low)}-${show(filter[`${field}To`] ?? low)}`;
  };
  const name = (field: 'sintf' | 'dintf'): string => {
    const v = filter[field];
    return v === undefined ? 'any' : `${negated(field)}${v}`;
  };
  const lines = [
    'session filter:',
    'vd: any',
    `sintf: ${name('sintf')}`,
    `dintf: ${name('dintf')}`,
    ...(filter.intf === undefined ? [] : [`intf: ${negated('intf')}${filter.intf}`]),
    `proto: ${range('proto')}`,
    'proto-state: any',
    `source ip: ${range('src', intToIPv4)}`,
    `NAT'd source ip: ${range('nsrc', intToIPv4)}`,
    `dest ip: ${range('dst', intToIPv4)}`,
    `source port: ${range('sport')}`,
    `NAT'd source port: ${range('nport')}`,
    `dest port: ${range('dport')}`,
    `policy id: ${range('policy')}`,
    'expire: any',
    'duration: any',
    'state1: any',
    'state2: any',
  ];
  return lines.join('\n') + '\n';
}
