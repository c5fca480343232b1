import type { FctEms } from '../model/config.js';

/** One EMS connector as the connector printouts see it. */
export interface ConnectorView {
  readonly id: number;
  readonly ems: FctEms | undefined;
  /** Tag sync's state: `in-sync`, `resyncing`, `out-of-sync`; undefined when tag sync does not run it. */
  readonly state: string | undefined;
  readonly appliedSeq: number;
}

/** FortiOS's words for the connection: a connector in sync is connected. */
function websocketStatus(state: string | undefined): string {
  if (state === 'in-sync') return 'connected';
  if (state === 'resyncing') return 'connecting';
  return 'disconnected';
}

/**
 * `diagnose test application fcnacd 2` (dump EMS connectivity), one block per connector in id order,
 * after the layout of Fortinet docs' "ZTNA troubleshooting and debugging commands": the connector's
 * name, whether its serial is confirmed, the fetched serial number and the connection status.
 */
export function formatFcnacdStatus(connectors: readonly ConnectorView[]): string {
  const lines = ['EMS context status:'];
  for (const c of connectors) {
    const connected = c.state === 'in-sync';
    lines.push(
      `FortiClient EMS number ${c.id}:`,
      `\tname: ${c.ems?.name ?? `ems${c.id}`} confirmed: ${connected ? 'yes' : 'no'}`,
      `\tfetched-serial-number: ${c.ems?.serialNumber ?? ''}`,
      `\tWebsocket status: ${websocketStatus(c.state)}`,
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * `execute fctems verify <name>`: FortiOS answers `Server certificate already verified.` for a
 * connector it talks to; for one it cannot reach the simulator names the connector and its state.
 */
export function formatFctemsVerify(c: ConnectorView, name: string): string {
  if (c.state === 'in-sync') return 'Server certificate already verified.\n';
  return `Failed to verify EMS ${name}: ${websocketStatus(c.state)} (tag sync ${c.state ?? 'not running'}).\n`;
}
