// The EMS mock API's request and reply schemas in one place: the OpenAPI document and the typed
// clients of @ztna/testkit are both derived from these.
export * from './reply-schemas.js';
export { IpsBody, KindQuery, TagParams, UidParams } from './endpoint-routes.js';
export { FaultsBody, ResetBody, RunWaitQuery, MAX_RUN_WAIT_MS } from './admin-routes.js';
export { ChurnBody, EndpointBody } from '../scenarios/scenario-schema.js';
export { ClockAdvanceBody, ClockReply } from '@ztna/service-kit';
