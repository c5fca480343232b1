/**
 * Reads the `id:` lines of a Server-Sent Events body in order, calling `onId` with each id and the ids
 * so far; stops when `onId` returns true, when the body ends, or when the request's signal aborts (a
 * deadline: `AbortSignal.timeout(ms)`). Returns the ids seen, so a test asserts on exactly what arrived.
 */
export async function readSseIds(
  body: ReadableStream<Uint8Array> | null,
  onId: (id: number, ids: readonly number[]) => boolean,
): Promise<number[]> {
  const ids: number[] = [];
  if (body === null) return ids;
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const id = /^id: (\d+)$/m.exec(buffer.slice(0, end))?.[1];
        buffer = buffer.slice(end + 2);
        if (id === undefined) continue;
        ids.push(Number(id));
        if (onId(Number(id), ids)) return ids;
      }
    }
  } catch (err) {
    if (!(err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError'))) throw err;
  }
  return ids;
}
