import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { TagSync } from '../../tagsync/tag-sync.js';

export const SyncReply = Type.Object({
  revision: Type.Integer({ description: 'membership revision' }),
  ems: Type.Array(
    Type.Object({
      id: Type.Integer(),
      serial: Type.String(),
      incarnation: Type.Union([Type.String(), Type.Null()]),
      appliedSeq: Type.Integer(),
      state: Type.Union([Type.Literal('in-sync'), Type.Literal('resyncing'), Type.Literal('out-of-sync')]),
      lastEventAt: Type.Union([Type.String({ description: 'ISO 8601' }), Type.Null()]),
      refused: Type.Optional(
        Type.Object(
          {
            refuted: Type.Integer({
              description: 'events the EMS own snapshot refuted (forged seq, foreign incarnation)',
            }),
            lastRefusal: Type.Union([Type.String(), Type.Null()]),
          },
          { description: 'events dead-lettered as forged or misdirected' },
        ),
      ),
      lastHeartbeatAt: Type.Union([Type.String({ description: 'ISO 8601' }), Type.Null()]),
    }),
  ),
});

export const DynamicAddresses = Type.Array(
  Type.Object({
    name: Type.String(),
    tag: Type.String(),
    id: Type.Integer(),
    emsId: Type.Integer(),
    kind: Type.String({ description: 'ztna-ip, ztna-mac or classification' }),
    members: Type.Array(Type.String()),
  }),
);

/**
 * GET /api/v1/sync → `{ revision, ems: [{ id, serial, incarnation, appliedSeq, state, lastEventAt, lastHeartbeatAt, refused }] }`;
 * GET /api/v1/dynamic-addresses → `[{ name, tag, id, emsId, kind, members }]` by ID.
 */
export function syncRoutes(tagSync: Pick<TagSync, 'syncStatus' | 'dynamicAddresses'>): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/api/v1/sync',
      {
        schema: { summary: 'Tag sync state per EMS connector', tags: ['sync'], response: { 200: SyncReply } },
      },
      async () => {
        const { revision, ems } = tagSync.syncStatus();
        return {
          revision,
          ems: ems.map((e) => ({
            id: e.id,
            serial: e.serial,
            incarnation: e.incarnation,
            appliedSeq: e.appliedSeq,
            state: e.state,
            lastEventAt: e.lastEventAt,
            refused: e.refused,
            lastHeartbeatAt: e.lastHeartbeatAt,
          })),
        };
      },
    );
    app.get(
      '/api/v1/dynamic-addresses',
      {
        schema: {
          summary: 'Dynamic address objects and their members, by ID',
          tags: ['sync'],
          response: { 200: DynamicAddresses },
        },
      },
      async () => tagSync.dynamicAddresses(),
    );
  };
}
