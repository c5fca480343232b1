import { isIPv4, isMac, isTagName, isUid } from '@ztna/proto';
import { invalid } from '../errors.js';
import type { TagKindName } from './endpoint-record.js';

const MAX_LIST = 1024;
const MAX_TEXT = 256;

/** Throws EMS_ERR_INVALID naming `field` unless `value` is a FortiClient UID. */
export function checkUid(value: unknown, field = 'uid'): string {
  if (typeof value !== 'string' || !isUid(value))
    throw invalid(field, value, 'must match [A-Za-z0-9_-]{1,64}');
  return value;
}

export function checkText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length > MAX_TEXT) {
    throw invalid(field, value, `must be a string of at most ${MAX_TEXT} characters`);
  }
  return value;
}

export function checkBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw invalid(field, value, 'must be true or false');
  return value;
}

export function checkTagKind(value: unknown, field = 'kind'): TagKindName {
  if (value !== 'ztna' && value !== 'classification') {
    throw invalid(field, value, 'must be "ztna" or "classification"');
  }
  return value;
}

/** A list of distinct values (duplicates collapse, first order kept), each checked by `valid`. */
function checkList(value: unknown, field: string, valid: (v: string) => boolean, reason: string): string[] {
  if (!Array.isArray(value) || value.length > MAX_LIST) {
    throw invalid(field, value, `must be a list of at most ${MAX_LIST} strings`);
  }
  for (let i = 0; i < value.length; i += 1) {
    const item: unknown = value[i];
    if (typeof item !== 'string' || !valid(item)) throw invalid(`${field}[${i}]`, item, reason);
  }
  return value.length === 1 ? [value[0] as string] : [...new Set(value as string[])];
}

export const checkIps = (value: unknown, field = 'ips'): string[] =>
  checkList(value, field, isIPv4, 'must be a dotted IPv4 address');

export const checkMacs = (value: unknown, field = 'macs'): string[] =>
  checkList(value, field, isMac, 'must be a lower-case MAC aa:bb:cc:dd:ee:ff');

export const checkTags = (value: unknown, field = 'tags'): string[] =>
  checkList(value, field, isTagName, 'must match [A-Za-z0-9_.-]{1,64}');
