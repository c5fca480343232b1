import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { CONSOLE_SESSION_HEADER, consoleKey, type ConsoleSessions } from '../console-sessions.js';
import { sendError } from '../error-reply.js';
import { ErrorReply } from '../shared-schemas.js';

const MAX_CLI_BYTES = 1024 * 1024;

export const CliBody = Type.Object(
  { command: Type.String({ maxLength: MAX_CLI_BYTES, description: 'one or more FortiOS CLI lines' }) },
  { additionalProperties: false },
);
type CliBody = Static<typeof CliBody>;

export const CliReply = Type.Object({
  output: Type.String({ description: 'exactly what the console prints' }),
  prompt: Type.String({ description: 'the prompt after the command, e.g. "FortiGate-VM64 # "' }),
});

/**
 * `POST /api/v1/cli`: FortiOS CLI text in (`{ "command" }` JSON, or a `text/plain` body), console text
 * out. A failing config block prints `Command fail.` with the reason and applies nothing; the reply is
 * still 200 because that is what the console printed. Console state is kept per `x-console-session`
 * header (else per bearer token).
 */
export async function cliRoutes(app: FastifyInstance, options: { consoles: ConsoleSessions }): Promise<void> {
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(
    'text/plain',
    { parseAs: 'string', bodyLimit: MAX_CLI_BYTES },
    (_req, body, done) => done(null, { command: body }),
  );
  app.post<{ Body: CliBody }>(
    '/api/v1/cli',
    {
      schema: {
        summary: 'Run FortiOS CLI text on the gateway console',
        tags: ['console'],
        headers: Type.Object({ [CONSOLE_SESSION_HEADER]: Type.Optional(Type.String()) }),
        body: CliBody,
        response: { 200: CliReply, 400: ErrorReply },
      },
    },
    async (request, reply) => {
      const key = consoleKey(request.headers);
      if ('error' in key) return sendError(reply, 400, 'ZTNA_ERR_REQUEST', key.error);
      const console = options.consoles.get(key.key);
      const output = console.execute(request.body.command);
      return { output, prompt: console.prompt() };
    },
  );
}
