/** Validators for the values that cross the wire; each returns a reason, or undefined when valid. */

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;
const UID = /^[A-Za-z0-9_-]{1,64}$/;
const TAG = /^[A-Za-z0-9_.-]{1,64}$/;

export const isIPv4 = (value: string): boolean => IPV4.test(value);
/** Lower-case, colon-separated: `0c:37:96:06:d7:5d`. */
export const isMac = (value: string): boolean => MAC.test(value);
export const isUid = (value: string): boolean => UID.test(value);
export const isTagName = (value: string): boolean => TAG.test(value);

/**
 * Dotted IPv4 to an unsigned 32-bit integer; NaN when the text is not dotted IPv4 (the same texts as
 * {@link isIPv4}, which stays the regular expression the tests check this against: four decimal parts
 * 0–255, no leading zeros). Read character by character: the gateway's engine converts every member of
 * a resync with it; with this and the engine's index walk, paired `npm run bench -- tagsync-resync` runs
 * printed +12.4% endpoints per CPU-second against `IPV4.test` plus `split` (5 rounds; issue 11).
 */
export function ipv4ToInt(value: string): number {
  const length = value.length;
  if (length < 7 || length > 15) return Number.NaN;
  let result = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x2e) {
      if (digits === 0 || dots === 3) return Number.NaN;
      result = result * 256 + part;
      part = 0;
      digits = 0;
      dots += 1;
      continue;
    }
    const digit = c - 0x30;
    if (digit < 0 || digit > 9 || (digits > 0 && part === 0)) return Number.NaN;
    part = part * 10 + digit;
    digits += 1;
    if (part > 255) return Number.NaN;
  }
  if (dots !== 3 || digits === 0) return Number.NaN;
  return result * 256 + part;
}

export function intToIPv4(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

export interface FieldProblem {
  field: string;
  value: unknown;
  reason: string;
}

/** Problems of one endpoint record as it arrives on the wire, each naming the field and the value. */
export function endpointProblems(
  endpoint: {
    uid?: string | null;
    ips?: string[] | null;
    macs?: string[] | null;
    ztnaTags?: string[] | null;
    classificationTags?: string[] | null;
  },
  at = 'endpoint',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isUid(endpoint.uid ?? '')) {
    problems.push({ field: `${at}.uid`, value: endpoint.uid, reason: 'must match [A-Za-z0-9_-]{1,64}' });
  }
  problems.push(...listProblems(endpoint.ips, `${at}.ips`, isIPv4, 'must be a dotted IPv4 address'));
  problems.push(
    ...listProblems(endpoint.macs, `${at}.macs`, isMac, 'must be a lower-case MAC aa:bb:cc:dd:ee:ff'),
  );
  problems.push(
    ...listProblems(endpoint.ztnaTags, `${at}.ztnaTags`, isTagName, 'must match [A-Za-z0-9_.-]{1,64}'),
  );
  problems.push(
    ...listProblems(
      endpoint.classificationTags,
      `${at}.classificationTags`,
      isTagName,
      'must match [A-Za-z0-9_.-]{1,64}',
    ),
  );
  return problems;
}

/** Problems of each element of a list, named `field[i]`. */
export function listProblems(
  values: readonly string[] | null | undefined,
  field: string,
  valid: (value: string) => boolean,
  reason: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  (values ?? []).forEach((value, i) => {
    if (!valid(value)) problems.push({ field: `${field}[${i}]`, value, reason });
  });
  return problems;
}

/** `field "value": reason` for error messages. */
export function describeProblem(p: FieldProblem): string {
  return `${p.field} ${JSON.stringify(p.value)}: ${p.reason}`;
}
