/** JetStream's answer to a publish. */
export interface PubAck {
  seq?: number;
  duplicate?: boolean;
  error?: { code?: number; description?: string };
}

/** `{"stream":"S","seq":12}` or `{"stream":"S","seq":12,"duplicate":true}` without JSON.parse; else JSON. */
export function parsePubAck(text: string): PubAck {
  const at = text.indexOf('"seq":');
  if (at < 0 || text.includes('"error"')) return JSON.parse(text) as PubAck;
  const seq = Number.parseInt(text.slice(at + 6), 10);
  return { seq, duplicate: text.includes('"duplicate":true') };
}
