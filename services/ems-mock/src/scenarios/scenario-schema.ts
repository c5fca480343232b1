import { Type, type Static, type TProperties } from '@sinclair/typebox';
import '../common/formats.js';

const Uid = Type.String({ format: 'ztna-uid', description: 'FortiClient UID' });
const Tags = Type.Array(Type.String({ format: 'ztna-tag' }), { maxItems: 1024 });
const Ips = Type.Array(Type.String({ format: 'ztna-ipv4' }), { maxItems: 1024 });
const Macs = Type.Array(Type.String({ format: 'ztna-mac' }), { maxItems: 1024 });
const Kind = Type.Union([Type.Literal('ztna'), Type.Literal('classification')]);

/** An endpoint as the HTTP API and scenario files give it; `tags` are ZTNA tags. */
export const EndpointBody = Type.Object(
  {
    uid: Uid,
    hostname: Type.Optional(Type.String({ maxLength: 256 })),
    user: Type.Optional(Type.String({ maxLength: 256 })),
    ips: Type.Optional(Ips),
    macs: Type.Optional(Macs),
    tags: Type.Optional(Tags),
    classificationTags: Type.Optional(Tags),
    online: Type.Optional(Type.Boolean()),
    quarantined: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type EndpointBody = Static<typeof EndpointBody>;

export const ChurnBody = Type.Object(
  {
    seed: Type.Integer({ minimum: 0, maximum: 4294967295 }),
    rate: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 10_000_000 })),
    durationMs: Type.Optional(Type.Integer({ minimum: 1, maximum: 86_400_000 })),
    count: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000 })),
    mix: Type.Optional(
      Type.Object(
        {
          attach: Type.Optional(Type.Number({ minimum: 0 })),
          detach: Type.Optional(Type.Number({ minimum: 0 })),
          offline: Type.Optional(Type.Number({ minimum: 0 })),
          online: Type.Optional(Type.Number({ minimum: 0 })),
          address: Type.Optional(Type.Number({ minimum: 0 })),
        },
        { additionalProperties: false },
      ),
    ),
    endpoints: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
    tags: Type.Optional(Type.Integer({ minimum: 1, maximum: 256 })),
  },
  { additionalProperties: false },
);
export type ChurnBody = Static<typeof ChurnBody>;

const At = Type.Integer({ minimum: 0, maximum: 86_400_000, description: 'ms after the scenario starts' });
const step = <O extends string, T extends TProperties>(op: O, fields: T) =>
  Type.Object({ at: At, op: Type.Literal(op), ...fields }, { additionalProperties: false });

export const ScenarioStep = Type.Union([
  Type.Object(
    { at: At, op: Type.Literal('upsert'), endpoint: EndpointBody },
    { additionalProperties: false },
  ),
  step('attach', { uid: Uid, tags: Tags, kind: Type.Optional(Kind) }),
  step('detach', { uid: Uid, tags: Tags, kind: Type.Optional(Kind) }),
  step('offline', { uid: Uid }),
  step('online', { uid: Uid }),
  step('addresses', { uid: Uid, ips: Ips, macs: Type.Optional(Macs) }),
  step('remove', { uid: Uid }),
  step('churn', { churn: ChurnBody }),
]);
export type ScenarioStep = Static<typeof ScenarioStep>;

/** A scenario document (YAML or JSON): endpoints registered first, then steps at their times. */
export const ScenarioDoc = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 128 }),
    description: Type.Optional(Type.String({ maxLength: 4096 })),
    endpoints: Type.Optional(Type.Array(EndpointBody, { maxItems: 100_000 })),
    steps: Type.Optional(Type.Array(ScenarioStep, { maxItems: 100_000 })),
  },
  { additionalProperties: false },
);
export type ScenarioDoc = Static<typeof ScenarioDoc>;
