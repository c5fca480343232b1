import { cut } from '@ztna/service-kit';

export type TestkitErrorCode =
  'ZTNA_TESTKIT_HTTP' | 'ZTNA_TESTKIT_TIMEOUT' | 'ZTNA_TESTKIT_OPTIONS' | 'ZTNA_TESTKIT_START';

/** Every error the kit throws: a stable `code`; HTTP failures carry the status and the reply body. */
export class TestkitError extends Error {
  override readonly name = 'TestkitError';

  constructor(
    readonly code: TestkitErrorCode,
    message: string,
    readonly details: { status?: number; body?: unknown; cause?: unknown } = {},
  ) {
    super(cut(message, 2000), details.cause === undefined ? undefined : { cause: details.cause });
  }
}
