// Seed 1's endpoint and its SSH packet, as the kit's tests send them (README example's values).

export const PC108 = {
  uid: 'FCT108',
  hostname: 'pc108',
  user: 'alice',
  ips: ['192.168.30.108'],
  macs: [],
  tags: ['APP_SERVERS'],
  online: true,
};
export const SSH = {
  proto: 'tcp',
  src: '192.168.30.108',
  sport: 54225,
  dst: '192.168.12.99',
  dport: 22,
} as const;
