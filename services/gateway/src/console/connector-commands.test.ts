import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../fortios/parse.js';
import { FakeEngine, fakeRecords } from '../../testing/fake-engine.js';
import { lines } from '../../testing/test-helpers.js';
import { createConsole } from './console.js';

const config = parseConfigText(
  lines(
    'config endpoint-control fctems',
    'edit 1',
    'set name "ems138"',
    'set server "10.0.0.5"',
    'set serial-number "FCTEMS8821001322"',
    'next',
    'edit 2',
    'set name "ems2"',
    'set server "10.0.0.6"',
    'set serial-number "FCTEMS0000000002"',
    'next',
    'end',
  ),
);

function cli() {
  const connectors = {
    syncStatus: () => ({
      ems: [
        { id: 1, appliedSeq: 42, state: 'in-sync' },
        { id: 2, appliedSeq: 0, state: 'out-of-sync' },
      ],
    }),
  };
  return createConsole({ engine: new FakeEngine(config), records: fakeRecords([]), connectors });
}

describe('connector state commands', () => {
  // Fortinet docs: "ZTNA troubleshooting and debugging commands", `diagnose test application fcnacd 2`
  // (dump EMS connectivity): one block per connector with its name, confirmation, serial and status.
  it('diagnose test application fcnacd 2 prints each connector and its connection', () => {
    expect(cli().execute('diagnose test application fcnacd 2').split('\n')).toEqual([
      'EMS context status:',
      'FortiClient EMS number 1:',
      '\tname: ems138 confirmed: yes',
      '\tfetched-serial-number: FCTEMS8821001322',
      '\tWebsocket status: connected',
      'FortiClient EMS number 2:',
      '\tname: ems2 confirmed: no',
      '\tfetched-serial-number: FCTEMS0000000002',
      '\tWebsocket status: disconnected',
      '',
    ]);
    expect(cli().execute('diagnose test application fcnacd 7')).toContain(
      "fcnacd: only 2 (EMS connectivity) is simulated, got '7'",
    );
  });

  // FortiOS 7.4 CLI reference, `execute fctems verify <ems>`: a reachable connector's certificate is
  // already verified; the simulator names an unreachable one with its state.
  it('execute fctems verify <name> reports the connector state', () => {
    expect(cli().execute('execute fctems verify ems138')).toBe('Server certificate already verified.\n');
    expect(cli().execute('execute fctems verify ems2')).toBe(
      'Failed to verify EMS ems2: disconnected (tag sync out-of-sync).\n',
    );
    expect(cli().execute('execute fctems verify nope')).toContain("no EMS connector 'nope'");
  });
});
