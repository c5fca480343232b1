import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { CONSOLE_SESSION_HEADER, consoleSessionName, type ConsoleSessions } from '../console-sessions.js';
import { sendError } from '../error-reply.js';
import { ErrorReply } from '../shared-schemas.js';

const MAX_CLI_BYTES = 1024 * 1024;
/** Most lines one CLI request may carry. */
export const MAX_CLI_LINES = 100_000;

/** Lines of `text`, counting no further than `limit + 1`. */
function lineCount(text: string, limit: number): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1 && lines <= limit; at = text.indexOf('\n', at + 1)) lines += 1;
  return lines;
}

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
 * still 200 because that is what the console printed. Each request is its own console unless it names a
 * session in the `x-console-session` header. More than {@link MAX_CLI_LINES} lines → 413; the console's
 * limits (output, time, open block) end a request with a failure naming the limit.
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
        response: { 200: CliReply, 400: ErrorReply, 413: ErrorReply },
      },
    },
    async (request, reply) => {
      const session = consoleSessionName(request.headers);
      if ('error' in session) return sendError(reply, 400, 'ZTNA_ERR_REQUEST', session.error);
      const { command } = request.body;
      const lines = lineCount(command, MAX_CLI_LINES);
      if (lines > MAX_CLI_LINES) {
        return sendError(
          reply,
          413,
          'ZTNA_ERR_TOO_LARGE',
          `command: more than the limit of ${MAX_CLI_LINES} lines per request`,
        );
      }
      const console = options.consoles.get(session.name);
      const output = await console.run(command);
      return { output, prompt: console.prompt() };
    },
  );
}
