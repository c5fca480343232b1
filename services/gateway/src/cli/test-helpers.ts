import { expect } from 'vitest';
import type { GatewayConfig } from '../model/config.js';
import { CliFault } from './cli-fault.js';
import { factoryConfig } from './factory.js';
import { parseConfigText } from './parse.js';

/** Lines joined with newlines: config text in tests. */
export const lines = (...l: string[]): string => l.join('\n') + '\n';

/** The CliFault `text` raises on top of `base` (fails the test when it parses). */
export function faultOf(text: string, base: GatewayConfig = factoryConfig()): CliFault {
  try {
    parseConfigText(text, base);
  } catch (err) {
    expect(err).toBeInstanceOf(CliFault);
    return err as CliFault;
  }
  throw new Error(`expected a CliFault for:\n${text}`);
}

/** The `edit … next` lines of an EMS-tag dynamic address (inside `config firewall address`). */
export const emsTagAddress = (tag: string, ems = 1): string[] => [
  `edit "EMS${ems}_ZTNA_${tag}"`,
  'set type dynamic',
  'set sub-type ems-tag',
  `set obj-tag "${tag}"`,
  'next',
];
