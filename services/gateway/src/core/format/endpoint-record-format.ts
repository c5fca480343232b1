import type { EndpointRecord } from '../model/membership.js';

/** Tenant id FortiOS prints for an EMS without tenants (32 zeros). */
export const DEFAULT_TENANT_ID = '00000000000000000000000000000000';

/** What a record printout needs from the gateway: its serial and the interface facing an address. */
export interface EndpointRecordContext {
  readonly serial: string;
  /** Name of the interface whose subnet holds `ip`, or undefined. */
  interfaceOf(ip: string): string | undefined;
}

/**
 * One `Record #n:` block in FortiOS order (Fortinet docs: "ZTNA troubleshooting and debugging
 * commands", `diagnose endpoint record list`): addresses, VDOM, EMS serial number and tenant id,
 * quarantine, online, registration and on-net status, gateway interface, UID, host name, last login
 * user, then the route to the endpoint. Fields EMS does not send the simulator (FortiClient versions,
 * OS, hardware, certificate) are left out rather than invented; on-net status is `on-net` for an
 * online endpoint (the simulator's endpoints sit behind the gateway), `off-net` otherwise.
 */
function recordLines(r: EndpointRecord, n: number, ctx: EndpointRecordContext): string[] {
  const ip = r.ips[0] ?? '0.0.0.0';
  const mac = r.macs[0] ?? '00:00:00:00:00:00';
  const intf = r.ips[0] === undefined ? undefined : ctx.interfaceOf(ip);
  const lines = [
    `Record #${n}:`,
    `\tIP Address = ${ip}`,
    `\tMAC Address = ${mac}`,
    `\tMAC list = ${r.macs.map((m) => `${m};`).join('')}`,
    '\tVDOM = root (0)',
    `\tEMS serial number: ${r.emsSerial}`,
    `\tEMS tenant id: ${r.tenantId ?? DEFAULT_TENANT_ID}`,
    `\tQuarantined: ${r.quarantined ? 'yes' : 'no'}`,
    `\tOnline status: ${r.online ? 'online' : 'offline'}`,
    `\tRegistration status: ${r.registered ? 'registered' : 'unregistered'}`,
    `\tOn-net status: ${r.online ? 'on-net' : 'off-net'}`,
    `\tGateway Interface: ${intf ?? ''}`,
    `\tFortiClient UID: ${r.uid}`,
    `\tHost Name: ${r.hostname}`,
    `\tLast Login User: ${r.user}`,
  ];
  if (intf === undefined) return [...lines, '\tNumber of Routes: (0)'];
  return [
    ...lines,
    '\tNumber of Routes: (1)',
    '\t\tGateway Route #0:',
    `\t\t\t- IP:${ip}, MAC: ${mac}, Indirect: no`,
    `\t\t\t- Interface:${intf}, VFID:0, SN: ${ctx.serial}`,
  ];
}

/**
 * `diagnose endpoint record list [ip]`: one `Record #n:` block per endpoint, then
 * `online records: N; offline records: N; quarantined records: N; out-of-sync records: N`.
 */
export function formatEndpointRecords(
  records: readonly EndpointRecord[],
  ctx: EndpointRecordContext,
): string {
  const blocks = records.map((r, i) => recordLines(r, i + 1, ctx).join('\n'));
  const online = records.filter((r) => r.online).length;
  const quarantined = records.filter((r) => r.quarantined).length;
  const outOfSync = records.filter((r) => r.outOfSync).length;
  const counts = `online records: ${online}; offline records: ${records.length - online}; quarantined records: ${quarantined}; out-of-sync records: ${outOfSync}`;
  return [...blocks, counts].join('\n') + '\n';
}
