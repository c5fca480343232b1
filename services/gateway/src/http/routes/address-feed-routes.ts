import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { ipv4ToInt } from '@ztna/proto';
import { GatewayError } from '../../errors.js';
import type { EngineApi } from '../../core/model/engine-api.js';
import { ErrorReply } from '../shared-schemas.js';

/** Most addresses one FQDN resolves to here (a DNS answer rarely carries more than a few dozen). */
export const MAX_FQDN_ADDRESSES = 256;
/** Most entries one threat feed carries here (FortiOS: 131,072 per IP feed; bounded by the body limit). */
export const MAX_FEED_ENTRIES = 50_000;

const NameParams = Type.Object({ name: Type.String({ minLength: 1, maxLength: 79 }) });
type NameParams = Static<typeof NameParams>;

const FqdnBody = Type.Object(
  {
    addresses: Type.Array(Type.String({ format: 'ipv4', maxLength: 15 }), { maxItems: MAX_FQDN_ADDRESSES }),
  },
  { additionalProperties: false },
);
type FqdnBody = Static<typeof FqdnBody>;

const FeedBody = Type.Object(
  { entries: Type.Array(Type.String({ maxLength: 64 }), { maxItems: MAX_FEED_ENTRIES }) },
  { additionalProperties: false },
);
type FeedBody = Static<typeof FeedBody>;

const TriggerReply = Type.Object({
  names: Type.Array(Type.String()),
  trigger: Type.String(),
  dirty: Type.Integer(),
  persistent: Type.Integer(),
});

const putSchema = (summary: string, body: typeof FqdnBody | typeof FeedBody) => ({
  schema: {
    summary,
    tags: ['addresses'],
    params: NameParams,
    body,
    response: { 200: TriggerReply, 400: ErrorReply, 404: ErrorReply },
  },
});

const cut = (s: string): string => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

/**
 * The simulated DNS resolver and threat-feed server: `PUT /api/v1/fqdn/:name {"addresses"}` sets what an
 * FQDN address resolves to (`:name` is the address name, or the FQDN itself for every address of that
 * name); `PUT /api/v1/external-resources/:name {"entries"}` replaces a feed's entries (`1.2.3.4`,
 * `10.0.0.0/8`, `10.0.0.1-10.0.0.9`). Each runs the trigger as `fqdn-session-check` /
 * `ext-resource-session-check` say and replies with what it marked; 404 for a name the config lacks.
 */
export async function addressFeedRoutes(app: FastifyInstance, options: { engine: EngineApi }): Promise<void> {
  const { engine } = options;
  app.put<{ Params: NameParams; Body: FqdnBody }>(
    '/api/v1/fqdn/:name',
    putSchema('Set the addresses an FQDN address resolves to (simulated DNS)', FqdnBody),
    async (request, reply) => {
      const { name } = request.params;
      const names = fqdnAddressNames(engine, name);
      if (names.length === 0) {
        return reply.code(404).send({
          error: { code: 'ZTNA_ERR_NOT_FOUND', message: `fqdn "${cut(name)}": no FQDN address of that name` },
        });
      }
      const ips = request.body.addresses.map((a) => ipv4ToInt(a));
      const total = { trigger: 'fqdn', dirty: 0, persistent: 0 };
      for (const n of names) {
        const r = engine.setFqdnAddresses(n, ips);
        total.dirty += r.dirty;
        total.persistent += r.persistent;
      }
      return { names, ...total };
    },
  );

  app.put<{ Params: NameParams; Body: FeedBody }>(
    '/api/v1/external-resources/:name',
    putSchema('Replace the entries of an external resource (simulated threat feed)', FeedBody),
    async (request, reply) => {
      const { name } = request.params;
      if (!engine.config.externalResources.has(name)) {
        return reply.code(404).send({
          error: { code: 'ZTNA_ERR_NOT_FOUND', message: `external resource "${cut(name)}": not configured` },
        });
      }
      try {
        const r = engine.setExternalResource(name, request.body.entries);
        return { names: [name], ...r };
      } catch (err) {
        if (err instanceof GatewayError) throw new GatewayError(err.code, `body.entries: ${err.message}`);
        throw err;
      }
    },
  );
}

/** The FQDN addresses `name` stands for: the address of that name, else those whose fqdn it is. */
function fqdnAddressNames(engine: EngineApi, name: string): string[] {
  const own = engine.config.addresses.get(name);
  if (own?.type === 'fqdn') return [name];
  const wanted = name.toLowerCase();
  return [...engine.config.addresses.values()]
    .filter((a) => a.type === 'fqdn' && a.fqdn.toLowerCase() === wanted)
    .map((a) => a.name);
}
