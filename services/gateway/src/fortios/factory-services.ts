import type { FirewallService, PortRange, ServiceGroup } from '../core/model/config.js';

type Row = readonly [name: string, category: string, tcp: string, udp: string];

/** Port lists as FortiOS writes them (`53`, `161-162`, several separated by spaces). */
const TCP_UDP: readonly Row[] = [
  ['ALL_TCP', 'General', '1-65535', ''],
  ['ALL_UDP', 'General', '', '1-65535'],
  ['HTTP', 'Web Access', '80', ''],
  ['HTTPS', 'Web Access', '443', ''],
  ['FTP', 'File Access', '21', ''],
  ['FTP_GET', 'File Access', '21', ''],
  ['FTP_PUT', 'File Access', '21', ''],
  ['SAMBA', 'File Access', '139', ''],
  ['SMB', 'File Access', '445', ''],
  ['NFS', 'File Access', '111 2049', '111 2049'],
  ['TFTP', 'File Access', '', '69'],
  ['IMAP', 'Email', '143', ''],
  ['IMAPS', 'Email', '993', ''],
  ['POP3', 'Email', '110', ''],
  ['POP3S', 'Email', '995', ''],
  ['SMTP', 'Email', '25', ''],
  ['SMTPS', 'Email', '465', ''],
  ['DNS', 'Network Services', '53', '53'],
  ['NTP', 'Network Services', '123', '123'],
  ['BGP', 'Network Services', '179', ''],
  ['DHCP', 'Network Services', '', '67-68'],
  ['RIP', 'Network Services', '', '520'],
  ['SNMP', 'Network Services', '161-162', '161-162'],
  ['SYSLOG', 'Network Services', '', '514'],
  ['KERBEROS', 'Authentication', '88', '88'],
  ['LDAP', 'Authentication', '389', ''],
  ['LDAP_UDP', 'Authentication', '', '389'],
  ['RADIUS', 'Authentication', '', '1812 1813'],
  ['SSH', 'Remote Access', '22', ''],
  ['TELNET', 'Remote Access', '23', ''],
  ['RDP', 'Remote Access', '3389', ''],
  ['VNC', 'Remote Access', '5900', ''],
  ['DCE-RPC', 'Remote Access', '135', '135'],
  ['X-WINDOWS', 'Remote Access', '6000-6063', ''],
  ['PPTP', 'Tunneling', '1723', ''],
  ['L2TP', 'Tunneling', '1701', '1701'],
  ['IKE', 'Tunneling', '', '500 4500'],
  ['SIP', 'VoIP, Messaging & Other Applications', '', '5060'],
  ['H323', 'VoIP, Messaging & Other Applications', '1720 1503', '1719'],
  ['IRC', 'VoIP, Messaging & Other Applications', '6660-6669', ''],
  ['MS-SQL', 'VoIP, Messaging & Other Applications', '1433 1434', ''],
  ['MYSQL', 'VoIP, Messaging & Other Applications', '3306', ''],
  ['SQUID', 'Tunneling', '3128', ''],
  ['SOCKS', 'Tunneling', '1080', '1080'],
  ['TRACEROUTE', 'Network Services', '', '33434-33535'],
];

const ICMP: readonly (readonly [string, number | undefined])[] = [
  ['ALL_ICMP', undefined],
  ['PING', 8],
  ['TIMESTAMP', 13],
  ['INFO_REQUEST', 15],
  ['INFO_ADDRESS', 17],
];

const IP: readonly (readonly [string, string, number | undefined])[] = [
  ['ALL', 'General', undefined],
  ['GRE', 'Tunneling', 47],
  ['AH', 'Tunneling', 51],
  ['ESP', 'Tunneling', 50],
  ['OSPF', 'Network Services', 89],
];

function ranges(list: string): PortRange[] {
  if (list === '') return [];
  return list.split(' ').map((r) => {
    const [low, high = low] = r.split('-').map(Number) as [number, number?];
    return { low, high };
  });
}

/** The predefined services of a FortiOS factory config (`config firewall service custom`). */
export function predefinedServices(): FirewallService[] {
  const ip = IP.map(([name, category, protocolNumber]): FirewallService => ({
    name,
    category,
    protocol: 'IP',
    tcpPortrange: [],
    udpPortrange: [],
    ...(protocolNumber === undefined ? {} : { protocolNumber }),
  }));
  const tcpUdp = TCP_UDP.map(([name, category, tcp, udp]): FirewallService => ({
    name,
    category,
    protocol: 'TCP/UDP/SCTP',
    tcpPortrange: ranges(tcp),
    udpPortrange: ranges(udp),
  }));
  const icmp = ICMP.map(([name, icmptype]): FirewallService => ({
    name,
    category: name === 'ALL_ICMP' ? 'General' : 'Network Services',
    protocol: 'ICMP',
    tcpPortrange: [],
    udpPortrange: [],
    ...(icmptype === undefined ? {} : { icmptype }),
  }));
  return [...ip, ...tcpUdp, ...icmp];
}

/** The predefined service groups (`config firewall service group`). */
export function predefinedServiceGroups(): ServiceGroup[] {
  return [
    { name: 'Email Access', member: ['DNS', 'IMAP', 'IMAPS', 'POP3', 'POP3S', 'SMTP', 'SMTPS'] },
    { name: 'Web Access', member: ['DNS', 'HTTP', 'HTTPS'] },
    { name: 'Windows AD', member: ['DCE-RPC', 'DNS', 'KERBEROS', 'LDAP', 'LDAP_UDP', 'SAMBA', 'SMB'] },
  ];
}
