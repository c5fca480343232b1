import { MsgHdrsImpl } from 'nats';

const KEY = 'Nats-Msg-Id';

/**
 * Headers carrying only `Nats-Msg-Id`, reused publish after publish. nats.js turns headers into bytes
 * with `encode()` inside publish(); MsgHdrsImpl rebuilds and re-encodes its map there on every message,
 * this class writes the one-header block directly (same bytes). With any other header set it falls back
 * to MsgHdrsImpl's encoding.
 */
export class MsgIdHeader extends MsgHdrsImpl {
  constructor() {
    super();
    this.headers.set(KEY, ['']);
  }

  /** Sets the message id; throws NatsError BAD_HEADER for CR or LF, as `set()` does. */
  setId(id: string): void {
    const values = this.headers.get(KEY);
    if (values?.length === 1) values[0] = MsgHdrsImpl.validHeaderValue(id);
    else this.set(KEY, id);
  }

  override encode(): Uint8Array {
    const values = this.headers.get(KEY);
    if (this.headers.size !== 1 || values?.length !== 1 || this._code !== 0) return super.encode();
    return Buffer.from(`NATS/1.0\r\n${KEY}: ${values[0]}\r\n\r\n`);
  }
}
