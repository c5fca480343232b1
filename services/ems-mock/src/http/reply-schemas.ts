import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '@ztna/service-kit';

// The EMS mock's answers as TypeBox schemas: the OpenAPI document and the typed clients of
// @ztna/testkit are both derived from these.

export const ErrorReply = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
});

export const EndpointView = Type.Object({
  uid: Type.String(),
  hostname: Type.String(),
  user: Type.String(),
  ips: Type.Array(Type.String()),
  macs: Type.Array(Type.String()),
  online: Type.Boolean(),
  registered: Type.Boolean(),
  quarantined: Type.Boolean(),
  ztnaTags: Type.Array(Type.String()),
  classificationTags: Type.Array(Type.String()),
});
export type EndpointView = Static<typeof EndpointView>;

export const ChangeReply = Type.Object({
  uid: Type.String(),
  events: Type.Integer({ description: '1 when an event was produced, 0 for a no-op' }),
  seq: Type.Integer({ description: 'the EMS sequence number after the change' }),
  endpoint: Nullable(EndpointView),
});
export type ChangeReply = Static<typeof ChangeReply>;

export const EndpointList = Type.Object({ seq: Type.Integer(), endpoints: Type.Array(EndpointView) });
export type EndpointList = Static<typeof EndpointList>;

export const StateReply = Type.Object({
  emsId: Type.Integer(),
  serial: Type.String(),
  tenant: Type.String(),
  incarnation: Type.String(),
  seq: Type.Integer(),
  endpoints: Type.Array(EndpointView),
});
export type StateReply = Static<typeof StateReply>;

const ByKind = Type.Record(Type.String(), Type.Integer(), { description: 'event kind → count' });

export const RunView = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('churn'), Type.Literal('scenario')]),
  status: Type.Union([
    Type.Literal('running'),
    Type.Literal('done'),
    Type.Literal('failed'),
    Type.Literal('cancelled'),
  ]),
  startedAtMs: Type.Integer(),
  finishedAtMs: Type.Optional(Type.Integer()),
  events: Type.Integer(),
  eventsByKind: ByKind,
  firstSeq: Type.Union([Type.Integer(), Type.Null()], { description: 'seq of the run’s first event' }),
  lastSeq: Type.Union([Type.Integer(), Type.Null()], { description: 'seq of the run’s last event' }),
  summary: Type.Optional(
    Type.Object({
      events: Type.Integer(),
      eventsByKind: ByKind,
      durationMs: Type.Integer(),
      eventsPerSecond: Type.Integer(),
    }),
  ),
  error: Type.Optional(Type.Object({ code: Type.String(), message: Type.String() })),
  paused: Type.Optional(
    Type.Object(
      { reason: Type.String(), sinceMs: Type.Integer() },
      { description: 'the running run waits: JetStream refuses the events (retried with backoff)' },
    ),
  ),
});
export type RunViewReply = Static<typeof RunView>;

export const RunList = Type.Object({ runs: Type.Array(RunView) });
export const RunStarted = Type.Object({ id: Type.String({ description: 'run id, e.g. run-1' }) });
export type RunStarted = Static<typeof RunStarted>;

export const ResetReply = Type.Object({
  removed: Type.Integer({ description: 'endpoints removed' }),
  incarnation: Type.String(),
  seq: Type.Integer({ description: 'the EMS sequence number after the reset (0 after a new incarnation)' }),
});
export type ResetReply = Static<typeof ResetReply>;

export const FaultsReply = Type.Object({
  seed: Type.Integer(),
  drop: Type.Number(),
  duplicate: Type.Number(),
  reorder: Type.Number(),
  delay: Type.Number(),
  delayMs: Type.Integer(),
});
export type FaultsReply = Static<typeof FaultsReply>;

export const StatusReply = Type.Object({
  emsId: Type.Integer(),
  serial: Type.String(),
  incarnation: Type.String(),
  seq: Type.Integer({ description: 'the EMS sequence number: events produced by this incarnation' }),
  unacked: Type.Integer({ description: 'events produced and not yet acked by JetStream' }),
  faultsInjected: Type.Object(
    {
      drop: Type.Integer(),
      duplicate: Type.Integer(),
      reorder: Type.Integer(),
      delay: Type.Integer(),
    },
    { description: 'publisher faults injected by this incarnation so far, by fault (PUT /api/v1/faults)' },
  ),
});
export type StatusReply = Static<typeof StatusReply>;

export const ReadyReply = Type.Object({
  nats: Type.Boolean(),
  stream: Type.Boolean(),
  publishing: Type.Boolean({ description: 'JetStream takes the events (false: store full, no leader, …)' }),
  reason: Type.Optional(
    Type.String({ description: 'why not ready, e.g. "jetstream: maximum bytes exceeded"' }),
  ),
});
export const HealthReply = Type.Object({ status: Type.Literal('ok') });
