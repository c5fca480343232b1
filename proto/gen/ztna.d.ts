import * as $protobuf from "protobufjs/minimal.js";
export namespace ztna {

    namespace v1 {

        enum TagKind {
            TAG_KIND_UNSPECIFIED = 0,
            TAG_KIND_ZTNA = 1,
            TAG_KIND_CLASSIFICATION = 2
        }

        interface IEndpoint {
            uid?: (string|null);
            hostname?: (string|null);
            user?: (string|null);
            ips?: (string[]|null);
            macs?: (string[]|null);
            online?: (boolean|null);
            registered?: (boolean|null);
            quarantined?: (boolean|null);
            ztnaTags?: (string[]|null);
            classificationTags?: (string[]|null);
        }

        class Endpoint implements IEndpoint {
            constructor(p?: ztna.v1.IEndpoint);
            public uid: string;
            public hostname: string;
            public user: string;
            public ips: string[];
            public macs: string[];
            public online: boolean;
            public registered: boolean;
            public quarantined: boolean;
            public ztnaTags: string[];
            public classificationTags: string[];
            public static create(properties?: ztna.v1.IEndpoint): ztna.v1.Endpoint;
            public static encode(m: ztna.v1.IEndpoint, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.IEndpoint, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.Endpoint;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.Endpoint;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.Endpoint;
            public static toObject(m: ztna.v1.Endpoint, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IEnvelope {
            emsId?: (number|null);
            emsSerial?: (string|null);
            incarnation?: (string|null);
            seq?: (number|null);
            emittedAtMs?: (number|null);
            endpointUpsert?: (ztna.v1.IEndpointUpsert|null);
            tagsAttached?: (ztna.v1.ITagsAttached|null);
            tagsDetached?: (ztna.v1.ITagsDetached|null);
            endpointOffline?: (ztna.v1.IEndpointOffline|null);
            endpointRemoved?: (ztna.v1.IEndpointRemoved|null);
            addressChange?: (ztna.v1.IAddressChange|null);
        }

        class Envelope implements IEnvelope {
            constructor(p?: ztna.v1.IEnvelope);
            public emsId: number;
            public emsSerial: string;
            public incarnation: string;
            public seq: number;
            public emittedAtMs: number;
            public endpointUpsert?: (ztna.v1.IEndpointUpsert|null);
            public tagsAttached?: (ztna.v1.ITagsAttached|null);
            public tagsDetached?: (ztna.v1.ITagsDetached|null);
            public endpointOffline?: (ztna.v1.IEndpointOffline|null);
            public endpointRemoved?: (ztna.v1.IEndpointRemoved|null);
            public addressChange?: (ztna.v1.IAddressChange|null);
            public event?: ("endpointUpsert"|"tagsAttached"|"tagsDetached"|"endpointOffline"|"endpointRemoved"|"addressChange");
            public static create(properties?: ztna.v1.IEnvelope): ztna.v1.Envelope;
            public static encode(m: ztna.v1.IEnvelope, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.IEnvelope, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.Envelope;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.Envelope;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.Envelope;
            public static toObject(m: ztna.v1.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IEndpointUpsert {
            endpoint?: (ztna.v1.IEndpoint|null);
        }

        class EndpointUpsert implements IEndpointUpsert {
            constructor(p?: ztna.v1.IEndpointUpsert);
            public endpoint?: (ztna.v1.IEndpoint|null);
            public static create(properties?: ztna.v1.IEndpointUpsert): ztna.v1.EndpointUpsert;
            public static encode(m: ztna.v1.IEndpointUpsert, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.IEndpointUpsert, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.EndpointUpsert;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.EndpointUpsert;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.EndpointUpsert;
            public static toObject(m: ztna.v1.EndpointUpsert, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ITagsAttached {
            uid?: (string|null);
            kind?: (ztna.v1.TagKind|null);
            tags?: (string[]|null);
        }

        class TagsAttached implements ITagsAttached {
            constructor(p?: ztna.v1.ITagsAttached);
            public uid: string;
            public kind: ztna.v1.TagKind;
            public tags: string[];
            public static create(properties?: ztna.v1.ITagsAttached): ztna.v1.TagsAttached;
            public static encode(m: ztna.v1.ITagsAttached, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.ITagsAttached, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.TagsAttached;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.TagsAttached;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.TagsAttached;
            public static toObject(m: ztna.v1.TagsAttached, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ITagsDetached {
            uid?: (string|null);
            kind?: (ztna.v1.TagKind|null);
            tags?: (string[]|null);
        }

        class TagsDetached implements ITagsDetached {
            constructor(p?: ztna.v1.ITagsDetached);
            public uid: string;
            public kind: ztna.v1.TagKind;
            public tags: string[];
            public static create(properties?: ztna.v1.ITagsDetached): ztna.v1.TagsDetached;
            public static encode(m: ztna.v1.ITagsDetached, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.ITagsDetached, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.TagsDetached;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.TagsDetached;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.TagsDetached;
            public static toObject(m: ztna.v1.TagsDetached, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IEndpointOffline {
            uid?: (string|null);
        }

        class EndpointOffline implements IEndpointOffline {
            constructor(p?: ztna.v1.IEndpointOffline);
            public uid: string;
            public static create(properties?: ztna.v1.IEndpointOffline): ztna.v1.EndpointOffline;
            public static encode(m: ztna.v1.IEndpointOffline, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.IEndpointOffline, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.EndpointOffline;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.EndpointOffline;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.EndpointOffline;
            public static toObject(m: ztna.v1.EndpointOffline, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IEndpointRemoved {
            uid?: (string|null);
        }

        class EndpointRemoved implements IEndpointRemoved {
            constructor(p?: ztna.v1.IEndpointRemoved);
            public uid: string;
            public static create(properties?: ztna.v1.IEndpointRemoved): ztna.v1.EndpointRemoved;
            public static encode(m: ztna.v1.IEndpointRemoved, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.IEndpointRemoved, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.EndpointRemoved;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.EndpointRemoved;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.EndpointRemoved;
            public static toObject(m: ztna.v1.EndpointRemoved, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IAddressChange {
            uid?: (string|null);
            ips?: (string[]|null);
            macs?: (string[]|null);
        }

        class AddressChange implements IAddressChange {
            constructor(p?: ztna.v1.IAddressChange);
            public uid: string;
            public ips: string[];
            public macs: string[];
            public static create(properties?: ztna.v1.IAddressChange): ztna.v1.AddressChange;
            public static encode(m: ztna.v1.IAddressChange, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.IAddressChange, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.AddressChange;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.AddressChange;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.AddressChange;
            public static toObject(m: ztna.v1.AddressChange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IGatewayEvent {
            gatewayId?: (string|null);
            id?: (number|null);
            revision?: (number|null);
            timeMs?: (number|null);
            membership?: (ztna.v1.IMembershipChanged|null);
            session?: (ztna.v1.ISessionChanged|null);
            sync?: (ztna.v1.ISyncStateChanged|null);
            log?: (ztna.v1.ITrafficLog|null);
        }

        class GatewayEvent implements IGatewayEvent {
            constructor(p?: ztna.v1.IGatewayEvent);
            public gatewayId: string;
            public id: number;
            public revision: number;
            public timeMs: number;
            public membership?: (ztna.v1.IMembershipChanged|null);
            public session?: (ztna.v1.ISessionChanged|null);
            public sync?: (ztna.v1.ISyncStateChanged|null);
            public log?: (ztna.v1.ITrafficLog|null);
            public event?: ("membership"|"session"|"sync"|"log");
            public static create(properties?: ztna.v1.IGatewayEvent): ztna.v1.GatewayEvent;
            public static encode(m: ztna.v1.IGatewayEvent, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.IGatewayEvent, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.GatewayEvent;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.GatewayEvent;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.GatewayEvent;
            public static toObject(m: ztna.v1.GatewayEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IMembershipChanged {
            address?: (string|null);
            tag?: (string|null);
            emsId?: (number|null);
            kind?: (string|null);
            added?: (string[]|null);
            removed?: (string[]|null);
            addressId?: (number|null);
        }

        class MembershipChanged implements IMembershipChanged {
            constructor(p?: ztna.v1.IMembershipChanged);
            public address: string;
            public tag: string;
            public emsId: number;
            public kind: string;
            public added: string[];
            public removed: string[];
            public addressId: number;
            public static create(properties?: ztna.v1.IMembershipChanged): ztna.v1.MembershipChanged;
            public static encode(m: ztna.v1.IMembershipChanged, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.IMembershipChanged, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.MembershipChanged;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.MembershipChanged;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.MembershipChanged;
            public static toObject(m: ztna.v1.MembershipChanged, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISessionChanged {
            serial?: (number|null);
            proto?: (number|null);
            src?: (string|null);
            sport?: (number|null);
            dst?: (string|null);
            dport?: (number|null);
            policyBefore?: (number|null);
            policyAfter?: (number|null);
            transition?: (string|null);
            trigger?: (string|null);
            srcintf?: (string|null);
            dstintf?: (string|null);
        }

        class SessionChanged implements ISessionChanged {
            constructor(p?: ztna.v1.ISessionChanged);
            public serial: number;
            public proto: number;
            public src: string;
            public sport: number;
            public dst: string;
            public dport: number;
            public policyBefore: number;
            public policyAfter: number;
            public transition: string;
            public trigger: string;
            public srcintf: string;
            public dstintf: string;
            public static create(properties?: ztna.v1.ISessionChanged): ztna.v1.SessionChanged;
            public static encode(m: ztna.v1.ISessionChanged, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.ISessionChanged, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.SessionChanged;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.SessionChanged;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.SessionChanged;
            public static toObject(m: ztna.v1.SessionChanged, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISyncStateChanged {
            emsId?: (number|null);
            state?: (string|null);
            appliedSeq?: (number|null);
            cause?: (string|null);
            incarnation?: (string|null);
        }

        class SyncStateChanged implements ISyncStateChanged {
            constructor(p?: ztna.v1.ISyncStateChanged);
            public emsId: number;
            public state: string;
            public appliedSeq: number;
            public cause: string;
            public incarnation: string;
            public static create(properties?: ztna.v1.ISyncStateChanged): ztna.v1.SyncStateChanged;
            public static encode(m: ztna.v1.ISyncStateChanged, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.ISyncStateChanged, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.SyncStateChanged;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.SyncStateChanged;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.SyncStateChanged;
            public static toObject(m: ztna.v1.SyncStateChanged, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ITrafficLog {
            line?: (string|null);
            action?: (string|null);
            policyId?: (number|null);
            sessionId?: (number|null);
        }

        class TrafficLog implements ITrafficLog {
            constructor(p?: ztna.v1.ITrafficLog);
            public line: string;
            public action: string;
            public policyId: number;
            public sessionId: number;
            public static create(properties?: ztna.v1.ITrafficLog): ztna.v1.TrafficLog;
            public static encode(m: ztna.v1.ITrafficLog, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.ITrafficLog, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.TrafficLog;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.TrafficLog;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.TrafficLog;
            public static toObject(m: ztna.v1.TrafficLog, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IHeartbeat {
            emsId?: (number|null);
            emsSerial?: (string|null);
            incarnation?: (string|null);
            seq?: (number|null);
            sentAtMs?: (number|null);
            intervalMs?: (number|null);
        }

        class Heartbeat implements IHeartbeat {
            constructor(p?: ztna.v1.IHeartbeat);
            public emsId: number;
            public emsSerial: string;
            public incarnation: string;
            public seq: number;
            public sentAtMs: number;
            public intervalMs: number;
            public static create(properties?: ztna.v1.IHeartbeat): ztna.v1.Heartbeat;
            public static encode(m: ztna.v1.IHeartbeat, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.IHeartbeat, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.Heartbeat;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.Heartbeat;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.Heartbeat;
            public static toObject(m: ztna.v1.Heartbeat, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISnapshotRequest {
            gatewayId?: (string|null);
            snapshotId?: (string|null);
            page?: (number|null);
            pageSize?: (number|null);
        }

        class SnapshotRequest implements ISnapshotRequest {
            constructor(p?: ztna.v1.ISnapshotRequest);
            public gatewayId: string;
            public snapshotId: string;
            public page: number;
            public pageSize: number;
            public static create(properties?: ztna.v1.ISnapshotRequest): ztna.v1.SnapshotRequest;
            public static encode(m: ztna.v1.ISnapshotRequest, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.ISnapshotRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.SnapshotRequest;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.SnapshotRequest;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.SnapshotRequest;
            public static toObject(m: ztna.v1.SnapshotRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISnapshot {
            emsId?: (number|null);
            emsSerial?: (string|null);
            incarnation?: (string|null);
            seq?: (number|null);
            takenAtMs?: (number|null);
            endpoints?: (ztna.v1.IEndpoint[]|null);
            tenant?: (string|null);
            snapshotId?: (string|null);
            page?: (number|null);
            more?: (boolean|null);
            totalEndpoints?: (number|null);
            error?: (string|null);
        }

        class Snapshot implements ISnapshot {
            constructor(p?: ztna.v1.ISnapshot);
            public emsId: number;
            public emsSerial: string;
            public incarnation: string;
            public seq: number;
            public takenAtMs: number;
            public endpoints: ztna.v1.IEndpoint[];
            public tenant: string;
            public snapshotId: string;
            public page: number;
            public more: boolean;
            public totalEndpoints: number;
            public error: string;
            public static create(properties?: ztna.v1.ISnapshot): ztna.v1.Snapshot;
            public static encode(m: ztna.v1.ISnapshot, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.ISnapshot, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.Snapshot;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.Snapshot;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.Snapshot;
            public static toObject(m: ztna.v1.Snapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum IpProto {
            IP_PROTO_UNSPECIFIED = 0,
            IP_PROTO_ICMP = 1,
            IP_PROTO_TCP = 6,
            IP_PROTO_UDP = 17
        }

        enum Action {
            ACTION_UNSPECIFIED = 0,
            ACTION_ACCEPT = 1,
            ACTION_DENY = 2
        }

        interface IPacket {
            proto?: (ztna.v1.IpProto|null);
            src?: (string|null);
            sport?: (number|null);
            dst?: (string|null);
            dport?: (number|null);
            srcintf?: (string|null);
            flags?: (number|null);
            bytes?: (number|null);
            srcMac?: (string|null);
        }

        class Packet implements IPacket {
            constructor(p?: ztna.v1.IPacket);
            public proto: ztna.v1.IpProto;
            public src: string;
            public sport: number;
            public dst: string;
            public dport: number;
            public srcintf: string;
            public flags: number;
            public bytes: number;
            public srcMac: string;
            public static create(properties?: ztna.v1.IPacket): ztna.v1.Packet;
            public static encode(m: ztna.v1.IPacket, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.IPacket, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.Packet;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.Packet;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.Packet;
            public static toObject(m: ztna.v1.Packet, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IPacketBatch {
            packets?: (ztna.v1.IPacket[]|null);
        }

        class PacketBatch implements IPacketBatch {
            constructor(p?: ztna.v1.IPacketBatch);
            public packets: ztna.v1.IPacket[];
            public static create(properties?: ztna.v1.IPacketBatch): ztna.v1.PacketBatch;
            public static encode(m: ztna.v1.IPacketBatch, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.IPacketBatch, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.PacketBatch;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.PacketBatch;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.PacketBatch;
            public static toObject(m: ztna.v1.PacketBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IVerdict {
            action?: (ztna.v1.Action|null);
            session?: (number|null);
            policyId?: (number|null);
            reason?: (string|null);
        }

        class Verdict implements IVerdict {
            constructor(p?: ztna.v1.IVerdict);
            public action: ztna.v1.Action;
            public session: number;
            public policyId: number;
            public reason: string;
            public static create(properties?: ztna.v1.IVerdict): ztna.v1.Verdict;
            public static encode(m: ztna.v1.IVerdict, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.IVerdict, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.Verdict;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.Verdict;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.Verdict;
            public static toObject(m: ztna.v1.Verdict, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IVerdictBatch {
            verdicts?: (ztna.v1.IVerdict[]|null);
            error?: (string|null);
        }

        class VerdictBatch implements IVerdictBatch {
            constructor(p?: ztna.v1.IVerdictBatch);
            public verdicts: ztna.v1.IVerdict[];
            public error: string;
            public static create(properties?: ztna.v1.IVerdictBatch): ztna.v1.VerdictBatch;
            public static encode(m: ztna.v1.IVerdictBatch, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: ztna.v1.IVerdictBatch, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): ztna.v1.VerdictBatch;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ztna.v1.VerdictBatch;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): ztna.v1.VerdictBatch;
            public static toObject(m: ztna.v1.VerdictBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
