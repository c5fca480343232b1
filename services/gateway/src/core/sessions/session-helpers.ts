/**
 * FortiOS's default `config system session-helper` table (FortiOS 7.4 CLI reference, `config system
 * session-helper`): a session to one of these protocol/port pairs is handed to the helper and its
 * `diagnose sys session list` entry names it (`helper=dns-udp`, `helper=ftp`, …). Other sessions
 * print no `helper=` field.
 */
const DEFAULT_SESSION_HELPERS: readonly (readonly [name: string, proto: number, port: number])[] = [
  ['pptp', 6, 1723],
  ['h323', 6, 1720],
  ['ras', 17, 1719],
  ['tns', 6, 1521],
  ['tftp', 17, 69],
  ['rtsp', 6, 554],
  ['rtsp', 6, 7070],
  ['rtsp', 6, 8554],
  ['ftp', 6, 21],
  ['mms', 6, 1863],
  ['pmap', 6, 111],
  ['pmap', 17, 111],
  ['sip', 17, 5060],
  ['dns-udp', 17, 53],
  ['rsh', 6, 514],
  ['rsh', 6, 512],
  ['dcerpc', 6, 135],
  ['dcerpc', 17, 135],
  ['mgcp', 17, 2427],
  ['mgcp', 17, 2727],
];

const BY_KEY = new Map(DEFAULT_SESSION_HELPERS.map(([name, proto, port]) => [proto * 65536 + port, name]));

/** Name of the default session helper for `proto`/`dport`, or undefined (ICMP never has one). */
export function sessionHelper(proto: number, dport: number): string | undefined {
  return proto === 1 ? undefined : BY_KEY.get(proto * 65536 + dport);
}
