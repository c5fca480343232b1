import type { FastifyPluginAsync } from 'fastify';
import type { TagSync } from '../tagsync/tag-sync.js';

/**
 * GET /api/v1/sync → `{ revision, ems: [{ id, serial, incarnation, appliedSeq, state, lastEventAt }] }`;
 * GET /api/v1/dynamic-addresses → `[{ name, tag, id, emsId, kind, members }]` by ID.
 */
export function syncRoutes(tagSync: Pick<TagSync, 'syncStatus' | 'dynamicAddresses'>): FastifyPluginAsync {
  return async (app) => {
    app.get('/api/v1/sync', async () => {
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
        })),
      };
    });
    app.get('/api/v1/dynamic-addresses', async () => tagSync.dynamicAddresses());
  };
}
