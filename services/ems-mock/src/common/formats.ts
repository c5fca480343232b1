import { registerFormats, type StringFormat } from '@ztna/service-kit';
import { isIPv4, isMac, isTagName, isUid } from '@ztna/proto';

/** String formats of the wire contract, by the name JSON schemas use (`format: "ztna-mac"` …). */
export const FORMATS: Readonly<Record<string, StringFormat>> = {
  'ztna-ipv4': { check: isIPv4, hint: 'must be a dotted IPv4 address' },
  'ztna-mac': { check: isMac, hint: 'must be a lower-case MAC aa:bb:cc:dd:ee:ff' },
  'ztna-uid': { check: isUid, hint: 'must match [A-Za-z0-9_-]{1,64}' },
  'ztna-tag': { check: isTagName, hint: 'must match [A-Za-z0-9_.-]{1,64}' },
};

registerFormats(FORMATS);
