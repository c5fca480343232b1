import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import type { ClockControl } from './manual-time.js';
import { typeboxValidator } from './validator.js';

/** Longest single `clock/advance`: one hour of manual time. */
export const MAX_ADVANCE_MS = 3_600_000;

export const ClockAdvanceBody = Type.Object(
  {
    ms: Type.Integer({
      minimum: 0,
      maximum: MAX_ADVANCE_MS,
      description: 'milliseconds to move the manual clock forward',
    }),
  },
  { additionalProperties: false },
);
export type ClockAdvanceBody = Static<typeof ClockAdvanceBody>;

export const ClockReply = Type.Object({
  mode: Type.Union([Type.Literal('system'), Type.Literal('manual')]),
  nowMs: Type.Integer({ description: 'the service clock, epoch ms' }),
  now: Type.String({ description: 'the service clock, ISO 8601' }),
});
export type ClockReply = Static<typeof ClockReply>;

const ClockError = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
});

/**
 * `GET /api/v1/clock` → `{ mode, nowMs, now }`; `POST /api/v1/clock/advance {"ms"}` (0–3 600 000)
 * moves a manual clock and answers once everything that fell due has run (409 `<prefix>_ERR_CLOCK`
 * on the system clock). Register with `app.register(clockRoutes, { control, codePrefix })`; bodies are
 * checked by `validator` (default the kit's TypeBox validator), failures go to the app's error handler.
 */
export async function clockRoutes(
  app: FastifyInstance,
  options: { control: ClockControl; codePrefix: string; validator?: FastifySchemaCompiler<TSchema> },
): Promise<void> {
  const { control } = options;
  app.setValidatorCompiler(options.validator ?? typeboxValidator);
  const view = (): ClockReply => ({
    mode: control.mode,
    nowMs: control.now(),
    now: new Date(control.now()).toISOString(),
  });
  // OpenAPI fields (tags, summary) are not in Fastify's own schema type: pass the objects as values.
  const getSchema = { tags: ['clock'], summary: 'The service clock', response: { 200: ClockReply } };
  const advanceSchema = {
    tags: ['clock'],
    summary: 'Move the manual clock (CLOCK=manual) and run everything that falls due before answering',
    body: ClockAdvanceBody,
    response: { 200: ClockReply, 400: ClockError, 409: ClockError },
  };
  app.get('/api/v1/clock', { schema: getSchema }, async () => view());
  app.post<{ Body: ClockAdvanceBody }>(
    '/api/v1/clock/advance',
    { schema: advanceSchema },
    async (request, reply) => {
      if (!control.advance) {
        return reply.code(409).send({
          error: {
            code: `${options.codePrefix}_ERR_CLOCK`,
            message: `clock/advance: the clock is "system"; start the service with CLOCK=manual`,
          },
        });
      }
      await control.advance(request.body.ms);
      return view();
    },
  );
}
