import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { EmsMock } from '../app.js';
import { EndpointBody } from '../scenarios/scenario-schema.js';
import { endpointInput } from '../scenarios/scenario-runner.js';
import { ChangeReply, EndpointList, EndpointView, ErrorReply } from './reply-schemas.js';

export const UidParams = Type.Object({ uid: Type.String({ format: 'ztna-uid' }) });
export const TagParams = Type.Object({
  uid: Type.String({ format: 'ztna-uid' }),
  tag: Type.String({ format: 'ztna-tag' }),
});
export const KindQuery = Type.Object(
  { kind: Type.Optional(Type.Union([Type.Literal('ztna'), Type.Literal('classification')])) },
  { additionalProperties: false },
);
export const IpsBody = Type.Object(
  {
    ips: Type.Array(Type.String({ format: 'ztna-ipv4' }), { maxItems: 1024 }),
    macs: Type.Optional(Type.Array(Type.String({ format: 'ztna-mac' }), { maxItems: 1024 })),
  },
  { additionalProperties: false },
);

type Uid = { Params: Static<typeof UidParams> };
type Tag = { Params: Static<typeof TagParams>; Querystring: Static<typeof KindQuery> };

/**
 * Endpoint routes under /api/v1/endpoints. Every change answers `{ uid, events, seq, endpoint }`:
 * `events` is 1 when an event was produced, 0 for a no-op.
 */
export function endpointRoutes(app: FastifyInstance, mock: EmsMock): void {
  const d = mock.domain;
  const changed = (uid: string, events: number) => ({
    uid,
    events,
    seq: d.seq,
    endpoint: d.has(uid) ? d.endpoint(uid) : null,
  });
  const tags = { tags: ['endpoints'] };
  const changes = { response: { 200: ChangeReply, 400: ErrorReply, 404: ErrorReply } };

  app.post<{ Body: EndpointBody }>(
    '/api/v1/endpoints',
    {
      schema: {
        ...tags,
        summary: 'Register or update an endpoint (201 when new)',
        body: EndpointBody,
        response: { 200: ChangeReply, 201: ChangeReply, 400: ErrorReply },
      },
    },
    async (req, reply) => {
      const isNew = !d.has(req.body.uid);
      const events = d.upsertEndpoint(endpointInput(req.body));
      return reply.status(isNew ? 201 : 200).send(changed(req.body.uid, events));
    },
  );
  const listSchema = { ...tags, summary: 'All endpoints, in uid order', response: { 200: EndpointList } };
  app.get('/api/v1/endpoints', { schema: listSchema }, async () => {
    const state = d.state();
    return { seq: state.seq, endpoints: state.endpoints };
  });
  const oneSchema = { ...tags, params: UidParams, response: { 200: EndpointView, 404: ErrorReply } };
  app.get<Uid>('/api/v1/endpoints/:uid', { schema: oneSchema }, async (req) => d.endpoint(req.params.uid));
  app.delete<Uid>(
    '/api/v1/endpoints/:uid',
    { schema: { ...tags, ...changes, summary: 'Deregister', params: UidParams } },
    async (req) => changed(req.params.uid, d.removeEndpoint(req.params.uid)),
  );
  app.put<Tag>(
    '/api/v1/endpoints/:uid/tags/:tag',
    {
      schema: {
        ...tags,
        ...changes,
        summary: 'Attach a tag (idempotent)',
        params: TagParams,
        querystring: KindQuery,
      },
    },
    async (req) => changed(req.params.uid, d.attachTags(req.params.uid, [req.params.tag], req.query.kind)),
  );
  app.delete<Tag>(
    '/api/v1/endpoints/:uid/tags/:tag',
    {
      schema: {
        ...tags,
        ...changes,
        summary: 'Detach a tag (idempotent)',
        params: TagParams,
        querystring: KindQuery,
      },
    },
    async (req) => changed(req.params.uid, d.detachTags(req.params.uid, [req.params.tag], req.query.kind)),
  );
  app.post<Uid>(
    '/api/v1/endpoints/:uid/offline',
    { schema: { ...tags, ...changes, params: UidParams } },
    async (req) => changed(req.params.uid, d.setOffline(req.params.uid)),
  );
  app.post<Uid>(
    '/api/v1/endpoints/:uid/online',
    { schema: { ...tags, ...changes, params: UidParams } },
    async (req) => changed(req.params.uid, d.setOnline(req.params.uid)),
  );
  app.put<Uid & { Body: Static<typeof IpsBody> }>(
    '/api/v1/endpoints/:uid/ips',
    {
      schema: {
        ...tags,
        ...changes,
        summary: 'Change addresses (DHCP, NIC)',
        params: UidParams,
        body: IpsBody,
      },
    },
    async (req) => changed(req.params.uid, d.changeAddresses(req.params.uid, req.body.ips, req.body.macs)),
  );
}
