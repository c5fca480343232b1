import { randomUUID } from 'node:crypto';
import { createSubjects, type Subjects } from '@ztna/proto';

/** A short unique token for subjects, stream names and Redis key prefixes: `<prefix><8 hex>`. */
export function uniqueId(prefix = 't'): string {
  return `${prefix}${randomUUID().replaceAll('-', '').slice(0, 8)}`;
}

/** Subjects and stream of their own for one test: prefix `<id>.ztna`, stream `EV_<id>`. */
export function testSubjects(id = uniqueId()): Subjects {
  return createSubjects(`${id}.ztna`, `EV_${id}`);
}
