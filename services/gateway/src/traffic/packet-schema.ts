import { Type, type Static } from '@sinclair/typebox';

const Port = Type.Integer({ minimum: 0, maximum: 65535 });
const Ipv4 = Type.String({ format: 'ipv4', description: 'dotted IPv4' });

export const TCP_FLAG_NAMES = ['fin', 'syn', 'rst', 'psh', 'ack'] as const;

export const PacketJson = Type.Object(
  {
    proto: Type.Union([Type.Literal('tcp'), Type.Literal('udp'), Type.Literal('icmp')]),
    src: Ipv4,
    sport: Port,
    dst: Ipv4,
    dport: Port,
    srcintf: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 35,
        description: 'default: the interface whose route covers src',
      }),
    ),
    flags: Type.Optional(
      Type.Array(Type.Union(TCP_FLAG_NAMES.map((f) => Type.Literal(f))), {
        maxItems: 5,
        description: 'TCP flags, e.g. ["syn"], ["ack"], ["fin","ack"], ["rst"]; default ["ack"] for TCP',
      }),
    ),
    bytes: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535 })),
    srcMac: Type.Optional(Type.String({ pattern: '^[0-9a-f]{2}(:[0-9a-f]{2}){5}$' })),
  },
  { additionalProperties: false },
);
export type PacketJson = Static<typeof PacketJson>;

/** Largest batch one HTTP request may carry. */
export const MAX_HTTP_PACKETS = 10_000;

export const PacketsBody = Type.Object(
  { packets: Type.Array(PacketJson, { minItems: 1, maxItems: MAX_HTTP_PACKETS }) },
  { additionalProperties: false },
);
export type PacketsBody = Static<typeof PacketsBody>;

export const VerdictJson = Type.Object({
  action: Type.Union([Type.Literal('accept'), Type.Literal('deny')]),
  session: Type.Optional(Type.Integer({ description: 'session serial, absent when none' })),
  policyId: Type.Integer(),
  reason: Type.String(),
});
export type VerdictJson = Static<typeof VerdictJson>;

export const VerdictsReply = Type.Object({ verdicts: Type.Array(VerdictJson) });
