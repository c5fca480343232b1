import { randomUUID } from 'node:crypto';

export interface ConsoleReply {
  output: string;
  prompt: string;
}

export interface ConsoleConnection {
  /** Runs text on the gateway console (this connection's own console session). */
  run(text: string): Promise<ConsoleReply>;
}

/**
 * A console session on a running gateway over `POST /api/v1/cli`. Every call carries the same
 * `x-console-session` id, so an open config block spans lines. Rejects with the server's error
 * message on a non-200 reply and names the URL when the gateway does not answer.
 */
export function connectConsole(
  baseUrl: string,
  options: { token?: string; session?: string } = {},
): ConsoleConnection {
  const session = options.session ?? `console-${randomUUID().slice(0, 8)}`;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-console-session': session,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const url = new URL('/api/v1/cli', baseUrl).toString();
  return {
    async run(text) {
      let res: Response;
      try {
        res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ command: text }) });
      } catch (err) {
        throw new Error(`gateway not answering at ${baseUrl}: ${(err as Error).message}`, { cause: err });
      }
      const body = (await res.json().catch(() => undefined)) as
        (ConsoleReply & { error?: { message?: string } }) | undefined;
      if (!res.ok || body === undefined) {
        throw new Error(`gateway ${res.status}: ${body?.error?.message ?? res.statusText}`);
      }
      return { output: body.output, prompt: body.prompt };
    },
  };
}
