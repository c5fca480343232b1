import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { EngineApi } from '../../core/model/engine-api.js';
import { SessionQuery, toSessionFilter } from '../session-query.js';
import { toSessionView } from '../session-view.js';
import { ErrorReply } from '../shared-schemas.js';

/** What the envelope says about the box (FortiOS prints these in every monitor reply). */
export interface FortiosIdentity {
  serial: string;
  version: string;
  build: number;
}

export const DEFAULT_IDENTITY: FortiosIdentity = {
  serial: 'FGVM00ZTNASIM001',
  version: 'v7.4.4',
  build: 2662,
};

const PROTO_NAMES: Record<number, string> = { 1: 'icmp', 6: 'tcp', 17: 'udp' };

export const MonitorEnvelope = Type.Object(
  {
    http_method: Type.String(),
    results: Type.Unknown(),
    vdom: Type.String(),
    path: Type.String(),
    name: Type.String(),
    status: Type.String(),
    serial: Type.String(),
    version: Type.String(),
    build: Type.Integer(),
  },
  { additionalProperties: true },
);

/**
 * FortiOS REST monitor paths over the same data, in FortiOS's JSON envelope, so tools written for a
 * FortiGate can point at the simulator: `GET /api/v2/monitor/firewall/address-dynamic` and
 * `GET /api/v2/monitor/firewall/session` (same filters as /api/v1/sessions).
 */
export async function fortiosRoutes(
  app: FastifyInstance,
  options: { engine: EngineApi; identity?: FortiosIdentity },
): Promise<void> {
  const { engine } = options;
  const identity = options.identity ?? DEFAULT_IDENTITY;
  const envelope = (path: string, name: string, results: unknown) => ({
    http_method: 'GET',
    results,
    vdom: 'root',
    path,
    name,
    action: '',
    status: 'success',
    serial: identity.serial,
    version: identity.version,
    build: identity.build,
  });

  app.get(
    '/api/v2/monitor/firewall/address-dynamic',
    {
      schema: {
        summary: 'FortiOS: dynamic (EMS tag) addresses and their members',
        tags: ['fortios'],
        response: { 200: MonitorEnvelope },
      },
    },
    async () =>
      envelope(
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

  app.get(
    '/api/v2/monitor/firewall/address-fqdns',
    {
      schema: {
        summary: 'FortiOS: FQDN addresses and what they resolved to',
        tags: ['fortios'],
        response: { 200: MonitorEnvelope },
      },
    },
    async () =>
      envelope(
        'firewall',
        'address-fqdns',
        engine.fqdnAddresses().map((a) => ({ name: a.name, fqdn: a.fqdn, addrs: a.addresses })),
      ),
  );

  app.get<{ Querystring: { mkey: string } }>(
    '/api/v2/monitor/system/external-resource/entry-list',
    {
      schema: {
        summary: 'FortiOS: the entries of an external resource (threat feed)',
        tags: ['fortios'],
        querystring: Type.Object({ mkey: Type.String({ minLength: 1, maxLength: 79 }) }),
        response: { 200: MonitorEnvelope, 400: ErrorReply, 404: ErrorReply },
      },
    },
    async (request, reply) => {
      const { mkey } = request.query;
      const feed = engine.externalResources().find((r) => r.name === mkey);
      if (feed === undefined) {
        return reply.code(404).send({
          error: {
            code: 'ZTNA_ERR_NOT_FOUND',
            message: `query mkey "${mkey}": no external resource of that name`,
          },
        });
      }
      return envelope('system', 'external-resource', {
        name: feed.name,
        status: feed.status ? 'enable' : 'disable',
        resource: feed.resource,
        refresh_rate: feed.refreshRate,
        entries: feed.entries,
        valid_count: feed.entries.length,
        invalid_count: 0,
      });
    },
  );

  app.get<{ Querystring: SessionQuery }>(
    '/api/v2/monitor/firewall/session',
    {
      schema: {
        summary: 'FortiOS: firewall sessions',
        tags: ['fortios'],
        querystring: SessionQuery,
        response: { 200: MonitorEnvelope, 400: ErrorReply },
      },
    },
    async (request) => {
      const config = engine.config;
      const sessions = engine.sessions(toSessionFilter(request.query, config)).map(toSessionView);
      const details = sessions.map((s) => ({
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
      return envelope('firewall', 'session', { details, total: details.length });
    },
  );
}
