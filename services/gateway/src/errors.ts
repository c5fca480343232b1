/**
 * Typed gateway errors: a stable `code` for the edges to map (HTTP status, console text, NATS reply) and
 * a message naming the field and the value received.
 */
export type GatewayErrorCode =
  | 'ZTNA_ERR_CONFIG' // environment / startup configuration
  | 'ZTNA_ERR_CLI_SYNTAX' // FortiOS CLI text that does not parse
  | 'ZTNA_ERR_CLI_VALUE' // a value out of range or of the wrong kind
  | 'ZTNA_ERR_CLI_REFERENCE' // a name that refers to nothing (or is still in use)
  | 'ZTNA_ERR_CLI_COMMAND' // an unknown command
  | 'ZTNA_ERR_PACKET' // a packet that cannot be processed
  | 'ZTNA_ERR_EVENT' // an EMS event refused by tag sync
  | 'ZTNA_ERR_UNAVAILABLE'; // NATS or Redis not reachable

export class GatewayError extends Error {
  override readonly name = 'GatewayError';

  constructor(
    readonly code: GatewayErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A CLI error at a place in the input text (1-based line and column). */
export class CliError extends GatewayError {
  constructor(
    code: Extract<GatewayErrorCode, `ZTNA_ERR_CLI_${string}`>,
    message: string,
    readonly line: number,
    readonly column: number,
    options?: { cause?: unknown },
  ) {
    super(code, `line ${line}, column ${column}: ${message}`, options);
  }
}
