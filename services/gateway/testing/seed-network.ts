import { ipv4ToInt } from '@ztna/proto';
import type { MembershipChange } from '../src/core/model/membership.js';
import { TcpFlag, type PacketIn } from '../src/core/model/engine-api.js';
import { testConfig, type TestConfigInput } from './test-config.js';

/** `ipv4ToInt` that throws on bad input (tests and benches only). */
export const ip = (text: string): number => {
  const n = ipv4ToInt(text);
  if (Number.isNaN(n)) throw new RangeError(`bad IPv4 "${text}"`);
  return n;
};

export const SEED_TAG_ADDRESS = 'EMS1_ZTNA_APP_SERVERS';
export const SEED_MEMBERS = ['192.168.30.47', '192.168.30.35', '192.168.30.108', '192.168.30.126'] as const;

/**
 * The network of seed 1: endpoints on port9 (dev 9, 192.168.30.0/24), the server 192.168.12.99 behind
 * 192.168.170.1 on port3 (dev 3), policy 3 allowing SSH from EMS1_ZTNA_APP_SERVERS (pol_uuid_idx
 * 15849), plus an SNAT policy 1 from port40 to the Internet on port7 (seed 2). `extra` overrides.
 */
export function seedConfig(extra: TestConfigInput = {}) {
  return testConfig({
    interfaces: [
      { name: 'port9', index: 9, ip: '192.168.30.1/24' },
      { name: 'port3', index: 3, ip: '192.168.170.2/24' },
      { name: 'port40', index: 40, ip: '192.168.100.1/24' },
      { name: 'port7', index: 7, ip: '10.10.12.2/24' },
    ],
    routes: [
      { seqNum: 1, dst: '192.168.12.0/24', gateway: '192.168.170.1', device: 'port3' },
      { seqNum: 2, dst: '0.0.0.0/0', gateway: '10.10.12.1', device: 'port7' },
    ],
    policies: [
      {
        policyid: 3,
        uuidIdx: 15849,
        srcintf: ['port9'],
        dstintf: ['port3'],
        service: ['SSH'],
        ztnaStatus: true,
        ztnaEmsTag: [SEED_TAG_ADDRESS],
      },
      { policyid: 1, uuidIdx: 661, srcintf: ['port40'], dstintf: ['port7'], nat: true },
    ],
    ...extra,
  });
}

/** Revision creating EMS1_ZTNA_APP_SERVERS (ID 115) with the four members of seed 1. */
export function seedMembership(revision = 1): MembershipChange {
  return {
    revision,
    created: [{ name: SEED_TAG_ADDRESS, tag: 'APP_SERVERS', id: 115, emsId: 1, kind: 'ztna-ip' }],
    deltas: SEED_MEMBERS.map((member) => ({ address: SEED_TAG_ADDRESS, member, op: 'add' as const })),
  };
}

/** One membership delta in its own revision. */
export function memberChange(
  revision: number,
  member: string,
  op: 'add' | 'remove',
  address = SEED_TAG_ADDRESS,
): MembershipChange {
  return { revision, created: [], deltas: [{ address, member, op }] };
}

/** Several deltas of one address in one revision: `[member, op]` pairs. */
export function changeOf(
  revision: number,
  ops: readonly [string, 'add' | 'remove'][],
  address = SEED_TAG_ADDRESS,
): MembershipChange {
  return { revision, created: [], deltas: ops.map(([member, op]) => ({ address, member, op })) };
}

/** The seed's SSH flow 192.168.30.108:54225 → 192.168.12.99:22 (dir org) and its reply. */
export const sshOrg = (flags: number = TcpFlag.ACK, bytes = 73): PacketIn => ({
  proto: 6,
  src: ip('192.168.30.108'),
  sport: 54225,
  dst: ip('192.168.12.99'),
  dport: 22,
  flags,
  bytes,
});

export const sshReply = (flags: number = TcpFlag.ACK, bytes = 261): PacketIn => ({
  proto: 6,
  src: ip('192.168.12.99'),
  sport: 22,
  dst: ip('192.168.30.108'),
  dport: 54225,
  flags,
  bytes,
});

/** `diagnose firewall dynamic list EMS1_ZTNA_APP_SERVERS` lines for the four seed members (seed 1). */
export const SEED_DYNAMIC_BLOCK: readonly string[] = [
  'CMDB name: EMS1_ZTNA_APP_SERVERS',
  'TAG name: APP_SERVERS',
  'EMS1_ZTNA_APP_SERVERS: ID(115)',
  ...SEED_MEMBERS.map((m) => `ADDR(${m})`),
  'Total IP dynamic range blocks: 0.',
  'Total IP dynamic addresses: 4.',
];

/** The seed's SSH session through its three-way handshake (SYN, SYN/ACK, ACK): established. */
export function establishSsh(engine: { process(p: PacketIn): unknown }): void {
  engine.process(sshOrg(TcpFlag.SYN));
  engine.process(sshReply(TcpFlag.SYN | TcpFlag.ACK));
  engine.process(sshOrg(TcpFlag.ACK));
}

/** Seed 2's SNAT flow 192.168.100.177:54449 → 223.5.5.5:443 (port40 → port7, policy 1), first packet. */
export const snatSyn = (srcMac?: string): PacketIn => ({
  proto: 6,
  src: ip('192.168.100.177'),
  sport: 54449,
  dst: ip('223.5.5.5'),
  dport: 443,
  flags: TcpFlag.SYN,
  bytes: 60,
  ...(srcMac === undefined ? {} : { srcMac }),
});
