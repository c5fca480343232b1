import { FormatRegistry } from '@sinclair/typebox';
import { isIPv4, isMac, isTagName, isUid } from '@ztna/proto';

/** String formats of the wire contract, by the name JSON schemas use (`format: "mac"` …). */
export const FORMATS: Record<string, (value: string) => boolean> = {
  'ztna-ipv4': isIPv4,
  'ztna-mac': isMac,
  'ztna-uid': isUid,
  'ztna-tag': isTagName,
};

/** Plain-language meaning of each format, for error messages. */
export const FORMAT_HINTS: Record<string, string> = {
  'ztna-ipv4': 'must be a dotted IPv4 address',
  'ztna-mac': 'must be a lower-case MAC aa:bb:cc:dd:ee:ff',
  'ztna-uid': 'must match [A-Za-z0-9_-]{1,64}',
  'ztna-tag': 'must match [A-Za-z0-9_.-]{1,64}',
};

for (const [name, check] of Object.entries(FORMATS)) {
  if (!FormatRegistry.Has(name)) FormatRegistry.Set(name, check);
}
