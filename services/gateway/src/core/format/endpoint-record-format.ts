import type { EndpointRecord } from '../model/membership.js';

const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

/**
 * `diagnose endpoint record list [ip]`: one `Record #n:` block per endpoint, then the closing line
 * `online records: N; offline records: N; quarantined records: N; out-of-sync records: N`.
 */
export function formatEndpointRecords(records: readonly EndpointRecord[]): string {
  const lines: string[] = [];
  records.forEach((r, i) => {
    lines.push(
      `Record #${i + 1}:`,
      `\tIP Address = ${r.ips[0] ?? '0.0.0.0'}`,
      `\tMAC Address = ${r.macs[0] ?? '00:00:00:00:00:00'}`,
      `\tMAC list = ${r.macs.join(';')}`,
      `\tIP list = ${r.ips.join(';')}`,
      '\tVDOM = root (0)',
      `\tEMS connector id: ${r.emsId}`,
      `\tFortiClient UID: ${r.uid}`,
      `\tHost Name: ${r.hostname}`,
      `\tUser: ${r.user}`,
      `\tOnline status: ${r.online ? 'online' : 'offline'}`,
      `\tQuarantined: ${yesNo(r.quarantined)}`,
      `\tOut of sync: ${yesNo(r.outOfSync)}`,
      `\tZTNA tags: ${r.ztnaTags.join(', ')}`,
      `\tClassification tags: ${r.classificationTags.join(', ')}`,
      '',
    );
  });
  const online = records.filter((r) => r.online).length;
  const quarantined = records.filter((r) => r.quarantined).length;
  const outOfSync = records.filter((r) => r.outOfSync).length;
  lines.push(
    `online records: ${online}; offline records: ${records.length - online}; quarantined records: ${quarantined}; out-of-sync records: ${outOfSync}`,
  );
  return lines.join('\n') + '\n';
}
