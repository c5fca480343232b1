// The gateway API's request and reply schemas in one place: the OpenAPI document and the typed
// clients of @ztna/testkit are both derived from these.
export { PacketsBody, VerdictsReply } from '../traffic/packet-schema.js';
export { CliBody, CliReply } from './routes/cli-routes.js';
export { SessionsReply } from './routes/sessions-routes.js';
export { SessionQuery } from './session-query.js';
export { SessionViewSchema, type SessionView } from './session-view.js';
export { SyncReply, DynamicAddresses } from './routes/sync-routes.js';
export { WaitQuery, WaitReply, WaitState } from './routes/sync-wait-routes.js';
export { DeadLettersQuery, DeadLettersReply } from './routes/dead-letter-routes.js';
export { MonitorEnvelope } from './routes/fortios-routes.js';
export { GatewayResetReply } from './routes/control-routes.js';
export { ErrorReply } from './shared-schemas.js';
export { ClockAdvanceBody, ClockReply } from '@ztna/service-kit';
