/** The ZTNA tag that allows the tracked traffic (policy 3), attached by the runner, never by churn. */
export const TRAFFIC_TAG = 'CHAOS_APP';
/** The server every tracked session goes to (data only: nothing ever connects to it). */
export const SERVER = { ip: '192.168.12.99', port: 22 } as const;

/** Serial of EMS connector `id` in every stack the runner builds. */
export const emsSerial = (id: number): string => `FCTEMS88220000${String(id).padStart(2, '0')}`;

/** IP of traffic endpoint `i` (0-based, below 250), on the LAN subnet. */
export const trafficIp = (i: number): string => `192.168.30.${i + 2}`;

/**
 * The FortiOS config of one chaos gateway: the seed-1 topology (LAN port1, servers behind port3), one
 * fctems entry per EMS, policy 3 allowing SSH to the servers only with EMS1_ZTNA_CHAOS_APP, and the
 * session-check knob as asked (`dyn-addr-session-check` is a system setting, so it differs per gateway).
 */
export function firewallConfig(options: { ems: number; dynAddrSessionCheck: boolean }): string {
  const fctems = Array.from({ length: options.ems }, (_, i) =>
    [
      `    edit ${i + 1}`,
      `        set name "ems${i + 1}"`,
      `        set server "192.168.30.${200 + i}"`,
      `        set serial-number "${emsSerial(i + 1)}"`,
      '        set status enable',
      '    next',
    ].join('\n'),
  ).join('\n');
  return `config system settings
    set dyn-addr-session-check ${options.dynAddrSessionCheck ? 'enable' : 'disable'}
end
config system interface
    edit "port1"
        set index 9
        set ip 192.168.30.1 255.255.255.0
    next
    edit "port3"
        set index 3
        set ip 192.168.170.2 255.255.255.0
    next
end
config endpoint-control fctems
${fctems}
end
config firewall address
    edit "LAN_SUBNET"
        set subnet 192.168.30.0 255.255.255.0
    next
    edit "APP_SERVERS_NET"
        set subnet 192.168.12.0 255.255.255.0
    next
    edit "EMS1_ZTNA_${TRAFFIC_TAG}"
        set type dynamic
        set sub-type ems-tag
        set obj-tag "${TRAFFIC_TAG}"
    next
end
config router static
    edit 1
        set dst 192.168.12.0 255.255.255.0
        set gateway 192.168.170.1
        set device "port3"
    next
end
config firewall policy
    edit 3
        set name "ZTNA-CHAOS-APP"
        set srcintf "port1"
        set dstintf "port3"
        set action accept
        set ztna-status enable
        set ztna-ems-tag "EMS1_ZTNA_${TRAFFIC_TAG}"
        set srcaddr "LAN_SUBNET"
        set dstaddr "APP_SERVERS_NET"
        set schedule "always"
        set service "SSH"
    next
end
`;
}
