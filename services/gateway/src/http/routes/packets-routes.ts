import type { FastifyInstance } from 'fastify';
import type { EngineApi } from '../../core/model/engine-api.js';
import { PacketsBody, VerdictsReply } from '../../traffic/packet-schema.js';
import { toPacketIn, toVerdictJson } from '../../traffic/packet-translate.js';
import type { VerdictObserver } from '../../metrics/verdict-observer.js';
import { ErrorReply } from '../shared-schemas.js';

export interface PacketsRoutesOptions {
  engine: EngineApi;
  observer?: VerdictObserver;
}

/**
 * `POST /api/v1/packets`: a JSON batch of packets → one verdict per packet, in order. Every packet is
 * validated before any is processed, so a bad batch changes no session.
 */
export async function packetsRoutes(app: FastifyInstance, options: PacketsRoutesOptions): Promise<void> {
  const { engine, observer } = options;
  app.post<{ Body: PacketsBody }>(
    '/api/v1/packets',
    {
      schema: {
        summary: 'Offer packets to the firewall and get verdicts',
        tags: ['traffic'],
        body: PacketsBody,
        response: { 200: VerdictsReply, 400: ErrorReply },
      },
    },
    async (request) => {
      const config = engine.config;
      const packets = request.body.packets.map((p, i) => toPacketIn(p, i, config));
      const verdicts = packets.map((p) => {
        const v = engine.process(p);
        observer?.one(p, v);
        return toVerdictJson(v);
      });
      return { verdicts };
    },
  );
}
