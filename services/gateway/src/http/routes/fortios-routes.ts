import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { EngineApi } from '../../core/model/engine-api.js';
import { SessionQuery, toSessionFilter } from '../session-query.js';
import { toSessionView } from '../session-view.js';
import { ErrorReply } from '../shared-schemas.js';
import type { SyncStatusSource } from '../../runtime/sync-waiter.js';
import {
  MonitorEnvelope,
  MonitorError,
  MonitorQuery,
  ROOT_VDOM,
  monitorReplies,
  page,
} from './fortios-monitor.js';
import { DEFAULT_IDENTITY, type FortiosIdentity } from '../../core/model/fortios-identity.js';

export { DEFAULT_IDENTITY, type FortiosIdentity } from '../../core/model/fortios-identity.js';
export { MonitorEnvelope } from './fortios-monitor.js';

const PROTO_NAMES: Record<number, string> = { 1: 'icmp', 6: 'tcp', 17: 'udp' };

/** FortiOS's words for a connector's sync state in the EMS status monitor. */
const EMS_STATUS: Readonly<Record<string, string>> = {
  'in-sync': 'connected',
  resyncing: 'connecting',
  'out-of-sync': 'disconnected',
};

const SessionMonitorQuery = Type.Object(
  { ...SessionQuery.properties, ...MonitorQuery.properties },
  { additionalProperties: false },
);
const EmsStatusQuery = Type.Object(
  { ...MonitorQuery.properties, ems_id: Type.Optional(Type.Integer({ minimum: 1, maximum: 7 })) },
  { additionalProperties: false },
);
const EntryListQuery = Type.Object(
  { ...MonitorQuery.properties, mkey: Type.String({ minLength: 1, maxLength: 79 }) },
  { additionalProperties: false },
);
/** Route options of a monitor path: OpenAPI summary, the query schema and the FortiOS replies. */
const monitorSchema = (summary: string, querystring: TSchema) => ({
  schema: { summary, tags: ['fortios'], querystring, response: replies },
});
const replies = { 200: MonitorEnvelope, 400: ErrorReply, 404: MonitorError };

/**
 * FortiOS REST monitor paths over the same data, in FortiOS's JSON envelope (`http_method`, `results`,
 * `vdom`, `path`, `name`, `action`, `status`, `serial`, `version`, `build`), so tools written for a
 * FortiGate can point at the simulator: `firewall/address-dynamic`, `firewall/address-fqdns`,
 * `system/external-resource/entry-list`, `firewall/session` and `endpoint-control/ems/status`. Each
 * takes `vdom` (only `root` exists), `start` and `count` (at most 1000 per reply) and `mkey` (one
 * object by name); a missing VDOM or object answers FortiOS's error envelope (`status: "error"`,
 * `http_status: 404`). The serial is the gateway's one identity (`core/model/fortios-identity.ts`).
 */
export async function fortiosRoutes(
  app: FastifyInstance,
  options: { engine: EngineApi; identity?: FortiosIdentity; sync?: SyncStatusSource },
): Promise<void> {
  const { engine } = options;
  const identity = options.identity ?? DEFAULT_IDENTITY;
  /** Replies 404 in FortiOS's envelope when the VDOM is not root; true when it did. */
  const wrongVdom = (q: MonitorQuery, reply: FastifyReply, path: string, name: string): boolean => {
    if (q.vdom === undefined || q.vdom === ROOT_VDOM) return false;
    void reply.code(404).send(monitorReplies(identity, path, name).error(404));
    return true;
  };
  /** The page of `items` the query asks for, or the 404 envelope when `mkey` names none of them. */
  const answer = <T extends { name: string }>(
    q: MonitorQuery,
    reply: FastifyReply,
    path: string,
    name: string,
    items: readonly T[],
  ) => {
    const r = monitorReplies(identity, path, name);
    if (wrongVdom(q, reply, path, name)) return reply;
    const chosen = q.mkey === undefined ? items : items.filter((i) => i.name === q.mkey);
    if (q.mkey !== undefined && chosen.length === 0) return reply.code(404).send(r.error(404));
    return r.ok(page(chosen, q));
  };

  app.get<{ Querystring: MonitorQuery }>(
    '/api/v2/monitor/firewall/address-dynamic',
    monitorSchema('FortiOS: dynamic (EMS tag) addresses and their members', MonitorQuery),
    async (request, reply) =>
      answer(
        request.query,
        reply,
        'firewall',
        'address-dynamic',
        engine.dynamicAddresses().map((a) => ({
          name: a.name,
          tag: a.tag,
          id: a.id,
          ems_id: a.emsId,
          kind: a.kind,
          addrs: a.members.map((m) => (a.kind === 'ztna-mac' ? { mac: m } : { ip: m })),
        })),
      ),
  );

  app.get<{ Querystring: MonitorQuery }>(
    '/api/v2/monitor/firewall/address-fqdns',
    monitorSchema('FortiOS: FQDN addresses and what they resolved to', MonitorQuery),
    async (request, reply) =>
      answer(
        request.query,
        reply,
        'firewall',
        'address-fqdns',
        engine.fqdnAddresses().map((a) => ({ name: a.name, fqdn: a.fqdn, addrs: a.addresses })),
      ),
  );

  app.get<{ Querystring: MonitorQuery & { mkey: string } }>(
    '/api/v2/monitor/system/external-resource/entry-list',
    monitorSchema('FortiOS: the entries of an external resource (threat feed)', EntryListQuery),
    async (request, reply) => {
      const r = monitorReplies(identity, 'system', 'external-resource');
      if (wrongVdom(request.query, reply, 'system', 'external-resource')) return reply;
      const feed = engine.externalResources().find((f) => f.name === request.query.mkey);
      if (feed === undefined) return reply.code(404).send(r.error(404));
      return r.ok({
        name: feed.name,
        status: feed.status ? 'enable' : 'disable',
        resource: feed.resource,
        refresh_rate: feed.refreshRate,
        entries: page(feed.entries, request.query),
        valid_count: feed.entries.length,
        invalid_count: 0,
      });
    },
  );

  app.get<{ Querystring: SessionQuery & MonitorQuery }>(
    '/api/v2/monitor/firewall/session',
    monitorSchema('FortiOS: firewall sessions', SessionMonitorQuery),
    async (request, reply) => {
      if (wrongVdom(request.query, reply, 'firewall', 'session')) return reply;
      const { vdom: _vdom, count, start, mkey: _mkey, ...query } = request.query;
      const sessions = engine.sessions(toSessionFilter(query, engine.config)).map(toSessionView);
      const details = page(sessions, { count, start }).map((s) => ({
        proto: PROTO_NAMES[s.proto] ?? String(s.proto),
        saddr: s.src,
        sport: s.sport,
        daddr: s.dst,
        dport: s.dport,
        snaddr: s.snat?.ip ?? s.src,
        snport: s.snat?.port ?? s.sport,
        policyid: s.policyId,
        srcintf: s.srcintf,
        dstintf: s.dstintf,
        gateway: s.gateway,
        duration: s.duration,
        expiry: s.expire,
        timeout: s.timeout,
        state: s.state.join(' '),
        serial: s.serial,
        sentbyte: s.org.bytes,
        sentpkt: s.org.packets,
        rcvdbyte: s.reply.bytes,
        rcvdpkt: s.reply.packets,
      }));
      return monitorReplies(identity, 'firewall', 'session').ok({ details, total: sessions.length });
    },
  );

  app.get<{ Querystring: Static<typeof EmsStatusQuery> }>(
    '/api/v2/monitor/endpoint-control/ems/status',
    monitorSchema(
      'FortiOS: connection status of the EMS connectors (config endpoint-control fctems)',
      EmsStatusQuery,
    ),
    async (request, reply) => {
      const sync = new Map((options.sync?.syncStatus().ems ?? []).map((e) => [e.id, e]));
      const ids = [...new Set([...engine.config.fctems.keys(), ...sync.keys()])].sort((a, b) => a - b);
      const wanted = request.query.ems_id;
      const items = ids
        .filter((id) => wanted === undefined || id === wanted)
        .map((id) => {
          const ems = engine.config.fctems.get(id);
          const state = sync.get(id)?.state;
          return {
            ems_id: id,
            name: ems?.name ?? `ems${id}`,
            serial: ems?.serialNumber ?? '',
            status: state === undefined ? 'disconnected' : (EMS_STATUS[state] ?? 'disconnected'),
            applied_seq: sync.get(id)?.appliedSeq ?? 0,
          };
        });
      if (wanted !== undefined && items.length === 0) {
        return reply.code(404).send(monitorReplies(identity, 'endpoint-control', 'ems').error(404));
      }
      return answer(request.query, reply, 'endpoint-control', 'ems', items);
    },
  );
}
