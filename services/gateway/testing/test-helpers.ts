import { expect } from 'vitest';
import type { GatewayConfig } from '../src/core/model/config.js';
import { CliFault } from '../src/fortios/cli-fault.js';
import { factoryConfig } from '../src/fortios/factory.js';
import { parseConfigText } from '../src/fortios/parse.js';

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

/** One refused config text and what the refusal must say. */
export interface FaultCase {
  readonly name: string;
  readonly text: string;
  readonly code: string;
  readonly line: number;
  readonly column: number;
  readonly fortios: string;
  readonly rc: number;
  readonly reason: string;
}

/** Asserts that `c.text` on `base` fails exactly as the case says. */
export function expectFault(c: FaultCase, base: GatewayConfig): void {
  const fault = faultOf(c.text, base);
  expect(fault).toMatchObject({
    code: c.code,
    line: c.line,
    column: c.column,
    fortiosText: c.fortios,
    returnCode: c.rc,
  });
  expect(fault.message).toContain(`line ${c.line}, column ${c.column}: `);
  expect(fault.message).toContain(c.reason);
}

/** port1 (192.168.30.1/24, index 3) and port3 (192.168.170.2/24, index 4) on the factory config. */
export const twoPorts = (): GatewayConfig =>
  parseConfigText(
    lines(
      'config system interface',
      '  edit "port1"',
      '    set ip 192.168.30.1/24',
      '  next',
      '  edit "port3"',
      '    set ip 192.168.170.2 255.255.255.0',
      '  next',
      'end',
    ),
  );
