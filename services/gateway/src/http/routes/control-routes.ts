import { Type, type Static } from '@sinclair/typebox';
import { clockRoutes, typeboxValidator, type ClockControl } from '@ztna/service-kit';
import type { FastifyInstance } from 'fastify';

export const GatewayResetReply = Type.Object({
  sessionsCleared: Type.Integer({ description: 'sessions deleted by the reset' }),
  revision: Type.Integer({ description: 'membership revision (kept: membership belongs to the EMS)' }),
});
export type GatewayResetReply = Static<typeof GatewayResetReply>;

export interface ControlRoutesOptions {
  /** Puts the startup config back, deletes every session and console state; counters stay. */
  reset(): GatewayResetReply;
  clock: ClockControl;
}

/**
 * Test control: `POST /api/v1/reset` (config back to the one loaded at start, sessions and console
 * sessions cleared, metrics and dynamic addresses kept) and the clock routes (`GET /api/v1/clock`,
 * `POST /api/v1/clock/advance`, manual time only).
 */
export async function controlRoutes(app: FastifyInstance, options: ControlRoutesOptions): Promise<void> {
  app.post(
    '/api/v1/reset',
    {
      schema: {
        summary: 'Back to the startup config, no sessions, no console state; counters and membership kept',
        tags: ['control'],
        response: { 200: GatewayResetReply },
      },
    },
    async () => options.reset(),
  );
  await app.register(clockRoutes, {
    control: options.clock,
    codePrefix: 'ZTNA',
    validator: typeboxValidator,
  });
}
