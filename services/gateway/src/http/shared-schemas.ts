import { Type } from '@sinclair/typebox';

export const ErrorReply = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }, { additionalProperties: true }),
});
