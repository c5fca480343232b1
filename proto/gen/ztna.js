/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const ztna = $root.ztna = (() => {

    /**
     * Namespace ztna.
     * @exports ztna
     * @namespace
     */
    const ztna = {};

    ztna.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof ztna
         * @namespace
         */
        const v1 = {};

        /**
         * TagKind enum.
         * @name ztna.v1.TagKind
         * @enum {number}
         * @property {number} TAG_KIND_UNSPECIFIED=0 TAG_KIND_UNSPECIFIED value
         * @property {number} TAG_KIND_ZTNA=1 TAG_KIND_ZTNA value
         * @property {number} TAG_KIND_CLASSIFICATION=2 TAG_KIND_CLASSIFICATION value
         */
        v1.TagKind = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "TAG_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TAG_KIND_ZTNA"] = 1;
            values[valuesById[2] = "TAG_KIND_CLASSIFICATION"] = 2;
            return values;
        })();

        v1.Endpoint = (function() {

            /**
             * Properties of an Endpoint.
             * @memberof ztna.v1
             * @interface IEndpoint
             * @property {string|null} [uid] Endpoint uid
             * @property {string|null} [hostname] Endpoint hostname
             * @property {string|null} [user] Endpoint user
             * @property {Array.<string>|null} [ips] Endpoint ips
             * @property {Array.<string>|null} [macs] Endpoint macs
             * @property {boolean|null} [online] Endpoint online
             * @property {boolean|null} [registered] Endpoint registered
             * @property {boolean|null} [quarantined] Endpoint quarantined
             * @property {Array.<string>|null} [ztnaTags] Endpoint ztnaTags
             * @property {Array.<string>|null} [classificationTags] Endpoint classificationTags
             */

            /**
             * Constructs a new Endpoint.
             * @memberof ztna.v1
             * @classdesc Represents an Endpoint.
             * @implements IEndpoint
             * @constructor
             * @param {ztna.v1.IEndpoint=} [p] Properties to set
             */
            function Endpoint(p) {
                this.ips = [];
                this.macs = [];
                this.ztnaTags = [];
                this.classificationTags = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * Endpoint uid.
             * @member {string} uid
             * @memberof ztna.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.uid = "";

            /**
             * Endpoint hostname.
             * @member {string} hostname
             * @memberof ztna.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.hostname = "";

            /**
             * Endpoint user.
             * @member {string} user
             * @memberof ztna.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.user = "";

            /**
             * Endpoint ips.
             * @member {Array.<string>} ips
             * @memberof ztna.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.ips = $util.emptyArray;

            /**
             * Endpoint macs.
             * @member {Array.<string>} macs
             * @memberof ztna.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.macs = $util.emptyArray;

            /**
             * Endpoint online.
             * @member {boolean} online
             * @memberof ztna.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.online = false;

            /**
             * Endpoint registered.
             * @member {boolean} registered
             * @memberof ztna.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.registered = false;

            /**
             * Endpoint quarantined.
             * @member {boolean} quarantined
             * @memberof ztna.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.quarantined = false;

            /**
             * Endpoint ztnaTags.
             * @member {Array.<string>} ztnaTags
             * @memberof ztna.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.ztnaTags = $util.emptyArray;

            /**
             * Endpoint classificationTags.
             * @member {Array.<string>} classificationTags
             * @memberof ztna.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.classificationTags = $util.emptyArray;

            /**
             * Creates a new Endpoint instance using the specified properties.
             * @function create
             * @memberof ztna.v1.Endpoint
             * @static
             * @param {ztna.v1.IEndpoint=} [properties] Properties to set
             * @returns {ztna.v1.Endpoint} Endpoint instance
             */
            Endpoint.create = function create(properties) {
                return new Endpoint(properties);
            };

            /**
             * Encodes the specified Endpoint message. Does not implicitly {@link ztna.v1.Endpoint.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.Endpoint
             * @static
             * @param {ztna.v1.IEndpoint} m Endpoint message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Endpoint.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid"))
                    w.uint32(10).string(m.uid);
                if (m.hostname != null && Object.hasOwnProperty.call(m, "hostname"))
                    w.uint32(18).string(m.hostname);
                if (m.user != null && Object.hasOwnProperty.call(m, "user"))
                    w.uint32(26).string(m.user);
                if (m.ips != null && m.ips.length) {
                    for (var i = 0; i < m.ips.length; ++i)
                        w.uint32(34).string(m.ips[i]);
                }
                if (m.macs != null && m.macs.length) {
                    for (var i = 0; i < m.macs.length; ++i)
                        w.uint32(42).string(m.macs[i]);
                }
                if (m.online != null && Object.hasOwnProperty.call(m, "online"))
                    w.uint32(48).bool(m.online);
                if (m.registered != null && Object.hasOwnProperty.call(m, "registered"))
                    w.uint32(56).bool(m.registered);
                if (m.quarantined != null && Object.hasOwnProperty.call(m, "quarantined"))
                    w.uint32(64).bool(m.quarantined);
                if (m.ztnaTags != null && m.ztnaTags.length) {
                    for (var i = 0; i < m.ztnaTags.length; ++i)
                        w.uint32(74).string(m.ztnaTags[i]);
                }
                if (m.classificationTags != null && m.classificationTags.length) {
                    for (var i = 0; i < m.classificationTags.length; ++i)
                        w.uint32(82).string(m.classificationTags[i]);
                }
                return w;
            };

            /**
             * Encodes the specified Endpoint message, length delimited. Does not implicitly {@link ztna.v1.Endpoint.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.Endpoint
             * @static
             * @param {ztna.v1.IEndpoint} message Endpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Endpoint.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an Endpoint message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.Endpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.Endpoint} Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Endpoint.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.Endpoint();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.uid = r.string();
                            break;
                        }
                    case 2: {
                            m.hostname = r.string();
                            break;
                        }
                    case 3: {
                            m.user = r.string();
                            break;
                        }
                    case 4: {
                            if (!(m.ips && m.ips.length))
                                m.ips = [];
                            m.ips.push(r.string());
                            break;
                        }
                    case 5: {
                            if (!(m.macs && m.macs.length))
                                m.macs = [];
                            m.macs.push(r.string());
                            break;
                        }
                    case 6: {
                            m.online = r.bool();
                            break;
                        }
                    case 7: {
                            m.registered = r.bool();
                            break;
                        }
                    case 8: {
                            m.quarantined = r.bool();
                            break;
                        }
                    case 9: {
                            if (!(m.ztnaTags && m.ztnaTags.length))
                                m.ztnaTags = [];
                            m.ztnaTags.push(r.string());
                            break;
                        }
                    case 10: {
                            if (!(m.classificationTags && m.classificationTags.length))
                                m.classificationTags = [];
                            m.classificationTags.push(r.string());
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes an Endpoint message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.Endpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.Endpoint} Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Endpoint.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an Endpoint message.
             * @function verify
             * @memberof ztna.v1.Endpoint
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Endpoint.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid")) {
                    if (!$util.isString(m.uid))
                        return "uid: string expected";
                }
                if (m.hostname != null && Object.hasOwnProperty.call(m, "hostname")) {
                    if (!$util.isString(m.hostname))
                        return "hostname: string expected";
                }
                if (m.user != null && Object.hasOwnProperty.call(m, "user")) {
                    if (!$util.isString(m.user))
                        return "user: string expected";
                }
                if (m.ips != null && Object.hasOwnProperty.call(m, "ips")) {
                    if (!Array.isArray(m.ips))
                        return "ips: array expected";
                    for (var i = 0; i < m.ips.length; ++i) {
                        if (!$util.isString(m.ips[i]))
                            return "ips: string[] expected";
                    }
                }
                if (m.macs != null && Object.hasOwnProperty.call(m, "macs")) {
                    if (!Array.isArray(m.macs))
                        return "macs: array expected";
                    for (var i = 0; i < m.macs.length; ++i) {
                        if (!$util.isString(m.macs[i]))
                            return "macs: string[] expected";
                    }
                }
                if (m.online != null && Object.hasOwnProperty.call(m, "online")) {
                    if (typeof m.online !== "boolean")
                        return "online: boolean expected";
                }
                if (m.registered != null && Object.hasOwnProperty.call(m, "registered")) {
                    if (typeof m.registered !== "boolean")
                        return "registered: boolean expected";
                }
                if (m.quarantined != null && Object.hasOwnProperty.call(m, "quarantined")) {
                    if (typeof m.quarantined !== "boolean")
                        return "quarantined: boolean expected";
                }
                if (m.ztnaTags != null && Object.hasOwnProperty.call(m, "ztnaTags")) {
                    if (!Array.isArray(m.ztnaTags))
                        return "ztnaTags: array expected";
                    for (var i = 0; i < m.ztnaTags.length; ++i) {
                        if (!$util.isString(m.ztnaTags[i]))
                            return "ztnaTags: string[] expected";
                    }
                }
                if (m.classificationTags != null && Object.hasOwnProperty.call(m, "classificationTags")) {
                    if (!Array.isArray(m.classificationTags))
                        return "classificationTags: array expected";
                    for (var i = 0; i < m.classificationTags.length; ++i) {
                        if (!$util.isString(m.classificationTags[i]))
                            return "classificationTags: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates an Endpoint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.Endpoint
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.Endpoint} Endpoint
             */
            Endpoint.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.Endpoint)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.Endpoint: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.Endpoint();
                if (d.uid != null) {
                    m.uid = String(d.uid);
                }
                if (d.hostname != null) {
                    m.hostname = String(d.hostname);
                }
                if (d.user != null) {
                    m.user = String(d.user);
                }
                if (d.ips) {
                    if (!Array.isArray(d.ips))
                        throw TypeError(".ztna.v1.Endpoint.ips: array expected");
                    m.ips = [];
                    for (var i = 0; i < d.ips.length; ++i) {
                        m.ips[i] = String(d.ips[i]);
                    }
                }
                if (d.macs) {
                    if (!Array.isArray(d.macs))
                        throw TypeError(".ztna.v1.Endpoint.macs: array expected");
                    m.macs = [];
                    for (var i = 0; i < d.macs.length; ++i) {
                        m.macs[i] = String(d.macs[i]);
                    }
                }
                if (d.online != null) {
                    m.online = Boolean(d.online);
                }
                if (d.registered != null) {
                    m.registered = Boolean(d.registered);
                }
                if (d.quarantined != null) {
                    m.quarantined = Boolean(d.quarantined);
                }
                if (d.ztnaTags) {
                    if (!Array.isArray(d.ztnaTags))
                        throw TypeError(".ztna.v1.Endpoint.ztnaTags: array expected");
                    m.ztnaTags = [];
                    for (var i = 0; i < d.ztnaTags.length; ++i) {
                        m.ztnaTags[i] = String(d.ztnaTags[i]);
                    }
                }
                if (d.classificationTags) {
                    if (!Array.isArray(d.classificationTags))
                        throw TypeError(".ztna.v1.Endpoint.classificationTags: array expected");
                    m.classificationTags = [];
                    for (var i = 0; i < d.classificationTags.length; ++i) {
                        m.classificationTags[i] = String(d.classificationTags[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Endpoint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.Endpoint
             * @static
             * @param {ztna.v1.Endpoint} m Endpoint
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Endpoint.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.ips = [];
                    d.macs = [];
                    d.ztnaTags = [];
                    d.classificationTags = [];
                }
                if (o.defaults) {
                    d.uid = "";
                    d.hostname = "";
                    d.user = "";
                    d.online = false;
                    d.registered = false;
                    d.quarantined = false;
                }
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid")) {
                    d.uid = m.uid;
                }
                if (m.hostname != null && Object.hasOwnProperty.call(m, "hostname")) {
                    d.hostname = m.hostname;
                }
                if (m.user != null && Object.hasOwnProperty.call(m, "user")) {
                    d.user = m.user;
                }
                if (m.ips && m.ips.length) {
                    d.ips = [];
                    for (var j = 0; j < m.ips.length; ++j) {
                        d.ips[j] = m.ips[j];
                    }
                }
                if (m.macs && m.macs.length) {
                    d.macs = [];
                    for (var j = 0; j < m.macs.length; ++j) {
                        d.macs[j] = m.macs[j];
                    }
                }
                if (m.online != null && Object.hasOwnProperty.call(m, "online")) {
                    d.online = m.online;
                }
                if (m.registered != null && Object.hasOwnProperty.call(m, "registered")) {
                    d.registered = m.registered;
                }
                if (m.quarantined != null && Object.hasOwnProperty.call(m, "quarantined")) {
                    d.quarantined = m.quarantined;
                }
                if (m.ztnaTags && m.ztnaTags.length) {
                    d.ztnaTags = [];
                    for (var j = 0; j < m.ztnaTags.length; ++j) {
                        d.ztnaTags[j] = m.ztnaTags[j];
                    }
                }
                if (m.classificationTags && m.classificationTags.length) {
                    d.classificationTags = [];
                    for (var j = 0; j < m.classificationTags.length; ++j) {
                        d.classificationTags[j] = m.classificationTags[j];
                    }
                }
                return d;
            };

            /**
             * Converts this Endpoint to JSON.
             * @function toJSON
             * @memberof ztna.v1.Endpoint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Endpoint.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Endpoint
             * @function getTypeUrl
             * @memberof ztna.v1.Endpoint
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Endpoint.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.Endpoint";
            };

            return Endpoint;
        })();

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @memberof ztna.v1
             * @interface IEnvelope
             * @property {number|null} [emsId] Envelope emsId
             * @property {string|null} [emsSerial] Envelope emsSerial
             * @property {string|null} [incarnation] Envelope incarnation
             * @property {number|null} [seq] Envelope seq
             * @property {number|null} [emittedAtMs] Envelope emittedAtMs
             * @property {ztna.v1.IEndpointUpsert|null} [endpointUpsert] Envelope endpointUpsert
             * @property {ztna.v1.ITagsAttached|null} [tagsAttached] Envelope tagsAttached
             * @property {ztna.v1.ITagsDetached|null} [tagsDetached] Envelope tagsDetached
             * @property {ztna.v1.IEndpointOffline|null} [endpointOffline] Envelope endpointOffline
             * @property {ztna.v1.IEndpointRemoved|null} [endpointRemoved] Envelope endpointRemoved
             * @property {ztna.v1.IAddressChange|null} [addressChange] Envelope addressChange
             */

            /**
             * Constructs a new Envelope.
             * @memberof ztna.v1
             * @classdesc Represents an Envelope.
             * @implements IEnvelope
             * @constructor
             * @param {ztna.v1.IEnvelope=} [p] Properties to set
             */
            function Envelope(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * Envelope emsId.
             * @member {number} emsId
             * @memberof ztna.v1.Envelope
             * @instance
             */
            Envelope.prototype.emsId = 0;

            /**
             * Envelope emsSerial.
             * @member {string} emsSerial
             * @memberof ztna.v1.Envelope
             * @instance
             */
            Envelope.prototype.emsSerial = "";

            /**
             * Envelope incarnation.
             * @member {string} incarnation
             * @memberof ztna.v1.Envelope
             * @instance
             */
            Envelope.prototype.incarnation = "";

            /**
             * Envelope seq.
             * @member {number} seq
             * @memberof ztna.v1.Envelope
             * @instance
             */
            Envelope.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope emittedAtMs.
             * @member {number} emittedAtMs
             * @memberof ztna.v1.Envelope
             * @instance
             */
            Envelope.prototype.emittedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope endpointUpsert.
             * @member {ztna.v1.IEndpointUpsert|null|undefined} endpointUpsert
             * @memberof ztna.v1.Envelope
             * @instance
             */
            Envelope.prototype.endpointUpsert = null;

            /**
             * Envelope tagsAttached.
             * @member {ztna.v1.ITagsAttached|null|undefined} tagsAttached
             * @memberof ztna.v1.Envelope
             * @instance
             */
            Envelope.prototype.tagsAttached = null;

            /**
             * Envelope tagsDetached.
             * @member {ztna.v1.ITagsDetached|null|undefined} tagsDetached
             * @memberof ztna.v1.Envelope
             * @instance
             */
            Envelope.prototype.tagsDetached = null;

            /**
             * Envelope endpointOffline.
             * @member {ztna.v1.IEndpointOffline|null|undefined} endpointOffline
             * @memberof ztna.v1.Envelope
             * @instance
             */
            Envelope.prototype.endpointOffline = null;

            /**
             * Envelope endpointRemoved.
             * @member {ztna.v1.IEndpointRemoved|null|undefined} endpointRemoved
             * @memberof ztna.v1.Envelope
             * @instance
             */
            Envelope.prototype.endpointRemoved = null;

            /**
             * Envelope addressChange.
             * @member {ztna.v1.IAddressChange|null|undefined} addressChange
             * @memberof ztna.v1.Envelope
             * @instance
             */
            Envelope.prototype.addressChange = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope event.
             * @member {"endpointUpsert"|"tagsAttached"|"tagsDetached"|"endpointOffline"|"endpointRemoved"|"addressChange"|undefined} event
             * @memberof ztna.v1.Envelope
             * @instance
             */
            Object.defineProperty(Envelope.prototype, "event", {
                get: $util.oneOfGetter($oneOfFields = ["endpointUpsert", "tagsAttached", "tagsDetached", "endpointOffline", "endpointRemoved", "addressChange"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof ztna.v1.Envelope
             * @static
             * @param {ztna.v1.IEnvelope=} [properties] Properties to set
             * @returns {ztna.v1.Envelope} Envelope instance
             */
            Envelope.create = function create(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link ztna.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.Envelope
             * @static
             * @param {ztna.v1.IEnvelope} m Envelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.emsId != null && Object.hasOwnProperty.call(m, "emsId"))
                    w.uint32(8).uint32(m.emsId);
                if (m.emsSerial != null && Object.hasOwnProperty.call(m, "emsSerial"))
                    w.uint32(18).string(m.emsSerial);
                if (m.incarnation != null && Object.hasOwnProperty.call(m, "incarnation"))
                    w.uint32(26).string(m.incarnation);
                if (m.seq != null && Object.hasOwnProperty.call(m, "seq"))
                    w.uint32(32).uint64(m.seq);
                if (m.emittedAtMs != null && Object.hasOwnProperty.call(m, "emittedAtMs"))
                    w.uint32(40).uint64(m.emittedAtMs);
                if (m.endpointUpsert != null && Object.hasOwnProperty.call(m, "endpointUpsert"))
                    $root.ztna.v1.EndpointUpsert.encode(m.endpointUpsert, w.uint32(82).fork(), q + 1).ldelim();
                if (m.tagsAttached != null && Object.hasOwnProperty.call(m, "tagsAttached"))
                    $root.ztna.v1.TagsAttached.encode(m.tagsAttached, w.uint32(90).fork(), q + 1).ldelim();
                if (m.tagsDetached != null && Object.hasOwnProperty.call(m, "tagsDetached"))
                    $root.ztna.v1.TagsDetached.encode(m.tagsDetached, w.uint32(98).fork(), q + 1).ldelim();
                if (m.endpointOffline != null && Object.hasOwnProperty.call(m, "endpointOffline"))
                    $root.ztna.v1.EndpointOffline.encode(m.endpointOffline, w.uint32(106).fork(), q + 1).ldelim();
                if (m.endpointRemoved != null && Object.hasOwnProperty.call(m, "endpointRemoved"))
                    $root.ztna.v1.EndpointRemoved.encode(m.endpointRemoved, w.uint32(114).fork(), q + 1).ldelim();
                if (m.addressChange != null && Object.hasOwnProperty.call(m, "addressChange"))
                    $root.ztna.v1.AddressChange.encode(m.addressChange, w.uint32(122).fork(), q + 1).ldelim();
                return w;
            };

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link ztna.v1.Envelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.Envelope
             * @static
             * @param {ztna.v1.IEnvelope} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.Envelope} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.Envelope();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.emsId = r.uint32();
                            break;
                        }
                    case 2: {
                            m.emsSerial = r.string();
                            break;
                        }
                    case 3: {
                            m.incarnation = r.string();
                            break;
                        }
                    case 4: {
                            m.seq = r.uint64();
                            break;
                        }
                    case 5: {
                            m.emittedAtMs = r.uint64();
                            break;
                        }
                    case 10: {
                            m.endpointUpsert = $root.ztna.v1.EndpointUpsert.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 11: {
                            m.tagsAttached = $root.ztna.v1.TagsAttached.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 12: {
                            m.tagsDetached = $root.ztna.v1.TagsDetached.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 13: {
                            m.endpointOffline = $root.ztna.v1.EndpointOffline.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 14: {
                            m.endpointRemoved = $root.ztna.v1.EndpointRemoved.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 15: {
                            m.addressChange = $root.ztna.v1.AddressChange.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.Envelope} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof ztna.v1.Envelope
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                var p = {};
                if (m.emsId != null && Object.hasOwnProperty.call(m, "emsId")) {
                    if (!$util.isInteger(m.emsId))
                        return "emsId: integer expected";
                }
                if (m.emsSerial != null && Object.hasOwnProperty.call(m, "emsSerial")) {
                    if (!$util.isString(m.emsSerial))
                        return "emsSerial: string expected";
                }
                if (m.incarnation != null && Object.hasOwnProperty.call(m, "incarnation")) {
                    if (!$util.isString(m.incarnation))
                        return "incarnation: string expected";
                }
                if (m.seq != null && Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                        return "seq: integer|Long expected";
                }
                if (m.emittedAtMs != null && Object.hasOwnProperty.call(m, "emittedAtMs")) {
                    if (!$util.isInteger(m.emittedAtMs) && !(m.emittedAtMs && $util.isInteger(m.emittedAtMs.low) && $util.isInteger(m.emittedAtMs.high)))
                        return "emittedAtMs: integer|Long expected";
                }
                if (m.endpointUpsert != null && Object.hasOwnProperty.call(m, "endpointUpsert")) {
                    p.event = 1;
                    {
                        var e = $root.ztna.v1.EndpointUpsert.verify(m.endpointUpsert, n + 1);
                        if (e)
                            return "endpointUpsert." + e;
                    }
                }
                if (m.tagsAttached != null && Object.hasOwnProperty.call(m, "tagsAttached")) {
                    if (p.event === 1)
                        return "event: multiple values";
                    p.event = 1;
                    {
                        var e = $root.ztna.v1.TagsAttached.verify(m.tagsAttached, n + 1);
                        if (e)
                            return "tagsAttached." + e;
                    }
                }
                if (m.tagsDetached != null && Object.hasOwnProperty.call(m, "tagsDetached")) {
                    if (p.event === 1)
                        return "event: multiple values";
                    p.event = 1;
                    {
                        var e = $root.ztna.v1.TagsDetached.verify(m.tagsDetached, n + 1);
                        if (e)
                            return "tagsDetached." + e;
                    }
                }
                if (m.endpointOffline != null && Object.hasOwnProperty.call(m, "endpointOffline")) {
                    if (p.event === 1)
                        return "event: multiple values";
                    p.event = 1;
                    {
                        var e = $root.ztna.v1.EndpointOffline.verify(m.endpointOffline, n + 1);
                        if (e)
                            return "endpointOffline." + e;
                    }
                }
                if (m.endpointRemoved != null && Object.hasOwnProperty.call(m, "endpointRemoved")) {
                    if (p.event === 1)
                        return "event: multiple values";
                    p.event = 1;
                    {
                        var e = $root.ztna.v1.EndpointRemoved.verify(m.endpointRemoved, n + 1);
                        if (e)
                            return "endpointRemoved." + e;
                    }
                }
                if (m.addressChange != null && Object.hasOwnProperty.call(m, "addressChange")) {
                    if (p.event === 1)
                        return "event: multiple values";
                    p.event = 1;
                    {
                        var e = $root.ztna.v1.AddressChange.verify(m.addressChange, n + 1);
                        if (e)
                            return "addressChange." + e;
                    }
                }
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.Envelope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.Envelope} Envelope
             */
            Envelope.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.Envelope)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.Envelope: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.Envelope();
                if (d.emsId != null) {
                    m.emsId = d.emsId >>> 0;
                }
                if (d.emsSerial != null) {
                    m.emsSerial = String(d.emsSerial);
                }
                if (d.incarnation != null) {
                    m.incarnation = String(d.incarnation);
                }
                if (d.seq != null) {
                    if ($util.Long)
                        m.seq = $util.Long.fromValue(d.seq, true);
                    else if (typeof d.seq === "string")
                        m.seq = parseInt(d.seq, 10);
                    else if (typeof d.seq === "number")
                        m.seq = d.seq;
                    else if (typeof d.seq === "object")
                        m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                }
                if (d.emittedAtMs != null) {
                    if ($util.Long)
                        m.emittedAtMs = $util.Long.fromValue(d.emittedAtMs, true);
                    else if (typeof d.emittedAtMs === "string")
                        m.emittedAtMs = parseInt(d.emittedAtMs, 10);
                    else if (typeof d.emittedAtMs === "number")
                        m.emittedAtMs = d.emittedAtMs;
                    else if (typeof d.emittedAtMs === "object")
                        m.emittedAtMs = new $util.LongBits(d.emittedAtMs.low >>> 0, d.emittedAtMs.high >>> 0).toNumber(true);
                }
                if (d.endpointUpsert != null) {
                    if (!$util.isObject(d.endpointUpsert))
                        throw TypeError(".ztna.v1.Envelope.endpointUpsert: object expected");
                    m.endpointUpsert = $root.ztna.v1.EndpointUpsert.fromObject(d.endpointUpsert, n + 1);
                }
                if (d.tagsAttached != null) {
                    if (!$util.isObject(d.tagsAttached))
                        throw TypeError(".ztna.v1.Envelope.tagsAttached: object expected");
                    m.tagsAttached = $root.ztna.v1.TagsAttached.fromObject(d.tagsAttached, n + 1);
                }
                if (d.tagsDetached != null) {
                    if (!$util.isObject(d.tagsDetached))
                        throw TypeError(".ztna.v1.Envelope.tagsDetached: object expected");
                    m.tagsDetached = $root.ztna.v1.TagsDetached.fromObject(d.tagsDetached, n + 1);
                }
                if (d.endpointOffline != null) {
                    if (!$util.isObject(d.endpointOffline))
                        throw TypeError(".ztna.v1.Envelope.endpointOffline: object expected");
                    m.endpointOffline = $root.ztna.v1.EndpointOffline.fromObject(d.endpointOffline, n + 1);
                }
                if (d.endpointRemoved != null) {
                    if (!$util.isObject(d.endpointRemoved))
                        throw TypeError(".ztna.v1.Envelope.endpointRemoved: object expected");
                    m.endpointRemoved = $root.ztna.v1.EndpointRemoved.fromObject(d.endpointRemoved, n + 1);
                }
                if (d.addressChange != null) {
                    if (!$util.isObject(d.addressChange))
                        throw TypeError(".ztna.v1.Envelope.addressChange: object expected");
                    m.addressChange = $root.ztna.v1.AddressChange.fromObject(d.addressChange, n + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.Envelope
             * @static
             * @param {ztna.v1.Envelope} m Envelope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.emsId = 0;
                    d.emsSerial = "";
                    d.incarnation = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.emittedAtMs = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.emittedAtMs = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                }
                if (m.emsId != null && Object.hasOwnProperty.call(m, "emsId")) {
                    d.emsId = m.emsId;
                }
                if (m.emsSerial != null && Object.hasOwnProperty.call(m, "emsSerial")) {
                    d.emsSerial = m.emsSerial;
                }
                if (m.incarnation != null && Object.hasOwnProperty.call(m, "incarnation")) {
                    d.incarnation = m.incarnation;
                }
                if (m.seq != null && Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.seq = typeof m.seq === "number" ? BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === String ? String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === String ? $util.Long.prototype.toString.call(m.seq) : o.longs === Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                if (m.emittedAtMs != null && Object.hasOwnProperty.call(m, "emittedAtMs")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.emittedAtMs = typeof m.emittedAtMs === "number" ? BigInt(m.emittedAtMs) : $util.Long.fromBits(m.emittedAtMs.low >>> 0, m.emittedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof m.emittedAtMs === "number")
                        d.emittedAtMs = o.longs === String ? String(m.emittedAtMs) : m.emittedAtMs;
                    else
                        d.emittedAtMs = o.longs === String ? $util.Long.prototype.toString.call(m.emittedAtMs) : o.longs === Number ? new $util.LongBits(m.emittedAtMs.low >>> 0, m.emittedAtMs.high >>> 0).toNumber(true) : m.emittedAtMs;
                }
                if (m.endpointUpsert != null && Object.hasOwnProperty.call(m, "endpointUpsert")) {
                    d.endpointUpsert = $root.ztna.v1.EndpointUpsert.toObject(m.endpointUpsert, o, q + 1);
                    if (o.oneofs)
                        d.event = "endpointUpsert";
                }
                if (m.tagsAttached != null && Object.hasOwnProperty.call(m, "tagsAttached")) {
                    d.tagsAttached = $root.ztna.v1.TagsAttached.toObject(m.tagsAttached, o, q + 1);
                    if (o.oneofs)
                        d.event = "tagsAttached";
                }
                if (m.tagsDetached != null && Object.hasOwnProperty.call(m, "tagsDetached")) {
                    d.tagsDetached = $root.ztna.v1.TagsDetached.toObject(m.tagsDetached, o, q + 1);
                    if (o.oneofs)
                        d.event = "tagsDetached";
                }
                if (m.endpointOffline != null && Object.hasOwnProperty.call(m, "endpointOffline")) {
                    d.endpointOffline = $root.ztna.v1.EndpointOffline.toObject(m.endpointOffline, o, q + 1);
                    if (o.oneofs)
                        d.event = "endpointOffline";
                }
                if (m.endpointRemoved != null && Object.hasOwnProperty.call(m, "endpointRemoved")) {
                    d.endpointRemoved = $root.ztna.v1.EndpointRemoved.toObject(m.endpointRemoved, o, q + 1);
                    if (o.oneofs)
                        d.event = "endpointRemoved";
                }
                if (m.addressChange != null && Object.hasOwnProperty.call(m, "addressChange")) {
                    d.addressChange = $root.ztna.v1.AddressChange.toObject(m.addressChange, o, q + 1);
                    if (o.oneofs)
                        d.event = "addressChange";
                }
                return d;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof ztna.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Envelope
             * @function getTypeUrl
             * @memberof ztna.v1.Envelope
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Envelope.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.Envelope";
            };

            return Envelope;
        })();

        v1.EndpointUpsert = (function() {

            /**
             * Properties of an EndpointUpsert.
             * @memberof ztna.v1
             * @interface IEndpointUpsert
             * @property {ztna.v1.IEndpoint|null} [endpoint] EndpointUpsert endpoint
             */

            /**
             * Constructs a new EndpointUpsert.
             * @memberof ztna.v1
             * @classdesc Represents an EndpointUpsert.
             * @implements IEndpointUpsert
             * @constructor
             * @param {ztna.v1.IEndpointUpsert=} [p] Properties to set
             */
            function EndpointUpsert(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * EndpointUpsert endpoint.
             * @member {ztna.v1.IEndpoint|null|undefined} endpoint
             * @memberof ztna.v1.EndpointUpsert
             * @instance
             */
            EndpointUpsert.prototype.endpoint = null;

            /**
             * Creates a new EndpointUpsert instance using the specified properties.
             * @function create
             * @memberof ztna.v1.EndpointUpsert
             * @static
             * @param {ztna.v1.IEndpointUpsert=} [properties] Properties to set
             * @returns {ztna.v1.EndpointUpsert} EndpointUpsert instance
             */
            EndpointUpsert.create = function create(properties) {
                return new EndpointUpsert(properties);
            };

            /**
             * Encodes the specified EndpointUpsert message. Does not implicitly {@link ztna.v1.EndpointUpsert.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.EndpointUpsert
             * @static
             * @param {ztna.v1.IEndpointUpsert} m EndpointUpsert message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EndpointUpsert.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.endpoint != null && Object.hasOwnProperty.call(m, "endpoint"))
                    $root.ztna.v1.Endpoint.encode(m.endpoint, w.uint32(10).fork(), q + 1).ldelim();
                return w;
            };

            /**
             * Encodes the specified EndpointUpsert message, length delimited. Does not implicitly {@link ztna.v1.EndpointUpsert.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.EndpointUpsert
             * @static
             * @param {ztna.v1.IEndpointUpsert} message EndpointUpsert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EndpointUpsert.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an EndpointUpsert message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.EndpointUpsert
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.EndpointUpsert} EndpointUpsert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EndpointUpsert.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.EndpointUpsert();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.endpoint = $root.ztna.v1.Endpoint.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes an EndpointUpsert message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.EndpointUpsert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.EndpointUpsert} EndpointUpsert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EndpointUpsert.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an EndpointUpsert message.
             * @function verify
             * @memberof ztna.v1.EndpointUpsert
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EndpointUpsert.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.endpoint != null && Object.hasOwnProperty.call(m, "endpoint")) {
                    {
                        var e = $root.ztna.v1.Endpoint.verify(m.endpoint, n + 1);
                        if (e)
                            return "endpoint." + e;
                    }
                }
                return null;
            };

            /**
             * Creates an EndpointUpsert message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.EndpointUpsert
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.EndpointUpsert} EndpointUpsert
             */
            EndpointUpsert.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.EndpointUpsert)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.EndpointUpsert: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.EndpointUpsert();
                if (d.endpoint != null) {
                    if (!$util.isObject(d.endpoint))
                        throw TypeError(".ztna.v1.EndpointUpsert.endpoint: object expected");
                    m.endpoint = $root.ztna.v1.Endpoint.fromObject(d.endpoint, n + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an EndpointUpsert message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.EndpointUpsert
             * @static
             * @param {ztna.v1.EndpointUpsert} m EndpointUpsert
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EndpointUpsert.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.endpoint = null;
                }
                if (m.endpoint != null && Object.hasOwnProperty.call(m, "endpoint")) {
                    d.endpoint = $root.ztna.v1.Endpoint.toObject(m.endpoint, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this EndpointUpsert to JSON.
             * @function toJSON
             * @memberof ztna.v1.EndpointUpsert
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EndpointUpsert.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for EndpointUpsert
             * @function getTypeUrl
             * @memberof ztna.v1.EndpointUpsert
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            EndpointUpsert.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.EndpointUpsert";
            };

            return EndpointUpsert;
        })();

        v1.TagsAttached = (function() {

            /**
             * Properties of a TagsAttached.
             * @memberof ztna.v1
             * @interface ITagsAttached
             * @property {string|null} [uid] TagsAttached uid
             * @property {ztna.v1.TagKind|null} [kind] TagsAttached kind
             * @property {Array.<string>|null} [tags] TagsAttached tags
             */

            /**
             * Constructs a new TagsAttached.
             * @memberof ztna.v1
             * @classdesc Represents a TagsAttached.
             * @implements ITagsAttached
             * @constructor
             * @param {ztna.v1.ITagsAttached=} [p] Properties to set
             */
            function TagsAttached(p) {
                this.tags = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * TagsAttached uid.
             * @member {string} uid
             * @memberof ztna.v1.TagsAttached
             * @instance
             */
            TagsAttached.prototype.uid = "";

            /**
             * TagsAttached kind.
             * @member {ztna.v1.TagKind} kind
             * @memberof ztna.v1.TagsAttached
             * @instance
             */
            TagsAttached.prototype.kind = 0;

            /**
             * TagsAttached tags.
             * @member {Array.<string>} tags
             * @memberof ztna.v1.TagsAttached
             * @instance
             */
            TagsAttached.prototype.tags = $util.emptyArray;

            /**
             * Creates a new TagsAttached instance using the specified properties.
             * @function create
             * @memberof ztna.v1.TagsAttached
             * @static
             * @param {ztna.v1.ITagsAttached=} [properties] Properties to set
             * @returns {ztna.v1.TagsAttached} TagsAttached instance
             */
            TagsAttached.create = function create(properties) {
                return new TagsAttached(properties);
            };

            /**
             * Encodes the specified TagsAttached message. Does not implicitly {@link ztna.v1.TagsAttached.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.TagsAttached
             * @static
             * @param {ztna.v1.ITagsAttached} m TagsAttached message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TagsAttached.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid"))
                    w.uint32(10).string(m.uid);
                if (m.kind != null && Object.hasOwnProperty.call(m, "kind"))
                    w.uint32(16).int32(m.kind);
                if (m.tags != null && m.tags.length) {
                    for (var i = 0; i < m.tags.length; ++i)
                        w.uint32(26).string(m.tags[i]);
                }
                return w;
            };

            /**
             * Encodes the specified TagsAttached message, length delimited. Does not implicitly {@link ztna.v1.TagsAttached.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.TagsAttached
             * @static
             * @param {ztna.v1.ITagsAttached} message TagsAttached message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TagsAttached.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a TagsAttached message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.TagsAttached
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.TagsAttached} TagsAttached
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TagsAttached.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.TagsAttached();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.uid = r.string();
                            break;
                        }
                    case 2: {
                            m.kind = r.int32();
                            break;
                        }
                    case 3: {
                            if (!(m.tags && m.tags.length))
                                m.tags = [];
                            m.tags.push(r.string());
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a TagsAttached message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.TagsAttached
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.TagsAttached} TagsAttached
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TagsAttached.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a TagsAttached message.
             * @function verify
             * @memberof ztna.v1.TagsAttached
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TagsAttached.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid")) {
                    if (!$util.isString(m.uid))
                        return "uid: string expected";
                }
                if (m.kind != null && Object.hasOwnProperty.call(m, "kind")) {
                    switch (m.kind) {
                    default:
                        return "kind: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                }
                if (m.tags != null && Object.hasOwnProperty.call(m, "tags")) {
                    if (!Array.isArray(m.tags))
                        return "tags: array expected";
                    for (var i = 0; i < m.tags.length; ++i) {
                        if (!$util.isString(m.tags[i]))
                            return "tags: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a TagsAttached message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.TagsAttached
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.TagsAttached} TagsAttached
             */
            TagsAttached.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.TagsAttached)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.TagsAttached: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.TagsAttached();
                if (d.uid != null) {
                    m.uid = String(d.uid);
                }
                switch (d.kind) {
                default:
                    if (typeof d.kind === "number") {
                        m.kind = d.kind;
                        break;
                    }
                    break;
                case "TAG_KIND_UNSPECIFIED":
                case 0:
                    m.kind = 0;
                    break;
                case "TAG_KIND_ZTNA":
                case 1:
                    m.kind = 1;
                    break;
                case "TAG_KIND_CLASSIFICATION":
                case 2:
                    m.kind = 2;
                    break;
                }
                if (d.tags) {
                    if (!Array.isArray(d.tags))
                        throw TypeError(".ztna.v1.TagsAttached.tags: array expected");
                    m.tags = [];
                    for (var i = 0; i < d.tags.length; ++i) {
                        m.tags[i] = String(d.tags[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TagsAttached message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.TagsAttached
             * @static
             * @param {ztna.v1.TagsAttached} m TagsAttached
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TagsAttached.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.tags = [];
                }
                if (o.defaults) {
                    d.uid = "";
                    d.kind = o.enums === String ? "TAG_KIND_UNSPECIFIED" : 0;
                }
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid")) {
                    d.uid = m.uid;
                }
                if (m.kind != null && Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = o.enums === String ? $root.ztna.v1.TagKind[m.kind] === undefined ? m.kind : $root.ztna.v1.TagKind[m.kind] : m.kind;
                }
                if (m.tags && m.tags.length) {
                    d.tags = [];
                    for (var j = 0; j < m.tags.length; ++j) {
                        d.tags[j] = m.tags[j];
                    }
                }
                return d;
            };

            /**
             * Converts this TagsAttached to JSON.
             * @function toJSON
             * @memberof ztna.v1.TagsAttached
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TagsAttached.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for TagsAttached
             * @function getTypeUrl
             * @memberof ztna.v1.TagsAttached
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TagsAttached.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.TagsAttached";
            };

            return TagsAttached;
        })();

        v1.TagsDetached = (function() {

            /**
             * Properties of a TagsDetached.
             * @memberof ztna.v1
             * @interface ITagsDetached
             * @property {string|null} [uid] TagsDetached uid
             * @property {ztna.v1.TagKind|null} [kind] TagsDetached kind
             * @property {Array.<string>|null} [tags] TagsDetached tags
             */

            /**
             * Constructs a new TagsDetached.
             * @memberof ztna.v1
             * @classdesc Represents a TagsDetached.
             * @implements ITagsDetached
             * @constructor
             * @param {ztna.v1.ITagsDetached=} [p] Properties to set
             */
            function TagsDetached(p) {
                this.tags = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * TagsDetached uid.
             * @member {string} uid
             * @memberof ztna.v1.TagsDetached
             * @instance
             */
            TagsDetached.prototype.uid = "";

            /**
             * TagsDetached kind.
             * @member {ztna.v1.TagKind} kind
             * @memberof ztna.v1.TagsDetached
             * @instance
             */
            TagsDetached.prototype.kind = 0;

            /**
             * TagsDetached tags.
             * @member {Array.<string>} tags
             * @memberof ztna.v1.TagsDetached
             * @instance
             */
            TagsDetached.prototype.tags = $util.emptyArray;

            /**
             * Creates a new TagsDetached instance using the specified properties.
             * @function create
             * @memberof ztna.v1.TagsDetached
             * @static
             * @param {ztna.v1.ITagsDetached=} [properties] Properties to set
             * @returns {ztna.v1.TagsDetached} TagsDetached instance
             */
            TagsDetached.create = function create(properties) {
                return new TagsDetached(properties);
            };

            /**
             * Encodes the specified TagsDetached message. Does not implicitly {@link ztna.v1.TagsDetached.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.TagsDetached
             * @static
             * @param {ztna.v1.ITagsDetached} m TagsDetached message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TagsDetached.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid"))
                    w.uint32(10).string(m.uid);
                if (m.kind != null && Object.hasOwnProperty.call(m, "kind"))
                    w.uint32(16).int32(m.kind);
                if (m.tags != null && m.tags.length) {
                    for (var i = 0; i < m.tags.length; ++i)
                        w.uint32(26).string(m.tags[i]);
                }
                return w;
            };

            /**
             * Encodes the specified TagsDetached message, length delimited. Does not implicitly {@link ztna.v1.TagsDetached.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.TagsDetached
             * @static
             * @param {ztna.v1.ITagsDetached} message TagsDetached message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TagsDetached.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a TagsDetached message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.TagsDetached
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.TagsDetached} TagsDetached
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TagsDetached.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.TagsDetached();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.uid = r.string();
                            break;
                        }
                    case 2: {
                            m.kind = r.int32();
                            break;
                        }
                    case 3: {
                            if (!(m.tags && m.tags.length))
                                m.tags = [];
                            m.tags.push(r.string());
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a TagsDetached message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.TagsDetached
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.TagsDetached} TagsDetached
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TagsDetached.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a TagsDetached message.
             * @function verify
             * @memberof ztna.v1.TagsDetached
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TagsDetached.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid")) {
                    if (!$util.isString(m.uid))
                        return "uid: string expected";
                }
                if (m.kind != null && Object.hasOwnProperty.call(m, "kind")) {
                    switch (m.kind) {
                    default:
                        return "kind: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                }
                if (m.tags != null && Object.hasOwnProperty.call(m, "tags")) {
                    if (!Array.isArray(m.tags))
                        return "tags: array expected";
                    for (var i = 0; i < m.tags.length; ++i) {
                        if (!$util.isString(m.tags[i]))
                            return "tags: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a TagsDetached message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.TagsDetached
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.TagsDetached} TagsDetached
             */
            TagsDetached.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.TagsDetached)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.TagsDetached: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.TagsDetached();
                if (d.uid != null) {
                    m.uid = String(d.uid);
                }
                switch (d.kind) {
                default:
                    if (typeof d.kind === "number") {
                        m.kind = d.kind;
                        break;
                    }
                    break;
                case "TAG_KIND_UNSPECIFIED":
                case 0:
                    m.kind = 0;
                    break;
                case "TAG_KIND_ZTNA":
                case 1:
                    m.kind = 1;
                    break;
                case "TAG_KIND_CLASSIFICATION":
                case 2:
                    m.kind = 2;
                    break;
                }
                if (d.tags) {
                    if (!Array.isArray(d.tags))
                        throw TypeError(".ztna.v1.TagsDetached.tags: array expected");
                    m.tags = [];
                    for (var i = 0; i < d.tags.length; ++i) {
                        m.tags[i] = String(d.tags[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TagsDetached message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.TagsDetached
             * @static
             * @param {ztna.v1.TagsDetached} m TagsDetached
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TagsDetached.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.tags = [];
                }
                if (o.defaults) {
                    d.uid = "";
                    d.kind = o.enums === String ? "TAG_KIND_UNSPECIFIED" : 0;
                }
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid")) {
                    d.uid = m.uid;
                }
                if (m.kind != null && Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = o.enums === String ? $root.ztna.v1.TagKind[m.kind] === undefined ? m.kind : $root.ztna.v1.TagKind[m.kind] : m.kind;
                }
                if (m.tags && m.tags.length) {
                    d.tags = [];
                    for (var j = 0; j < m.tags.length; ++j) {
                        d.tags[j] = m.tags[j];
                    }
                }
                return d;
            };

            /**
             * Converts this TagsDetached to JSON.
             * @function toJSON
             * @memberof ztna.v1.TagsDetached
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TagsDetached.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for TagsDetached
             * @function getTypeUrl
             * @memberof ztna.v1.TagsDetached
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TagsDetached.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.TagsDetached";
            };

            return TagsDetached;
        })();

        v1.EndpointOffline = (function() {

            /**
             * Properties of an EndpointOffline.
             * @memberof ztna.v1
             * @interface IEndpointOffline
             * @property {string|null} [uid] EndpointOffline uid
             */

            /**
             * Constructs a new EndpointOffline.
             * @memberof ztna.v1
             * @classdesc Represents an EndpointOffline.
             * @implements IEndpointOffline
             * @constructor
             * @param {ztna.v1.IEndpointOffline=} [p] Properties to set
             */
            function EndpointOffline(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * EndpointOffline uid.
             * @member {string} uid
             * @memberof ztna.v1.EndpointOffline
             * @instance
             */
            EndpointOffline.prototype.uid = "";

            /**
             * Creates a new EndpointOffline instance using the specified properties.
             * @function create
             * @memberof ztna.v1.EndpointOffline
             * @static
             * @param {ztna.v1.IEndpointOffline=} [properties] Properties to set
             * @returns {ztna.v1.EndpointOffline} EndpointOffline instance
             */
            EndpointOffline.create = function create(properties) {
                return new EndpointOffline(properties);
            };

            /**
             * Encodes the specified EndpointOffline message. Does not implicitly {@link ztna.v1.EndpointOffline.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.EndpointOffline
             * @static
             * @param {ztna.v1.IEndpointOffline} m EndpointOffline message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EndpointOffline.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid"))
                    w.uint32(10).string(m.uid);
                return w;
            };

            /**
             * Encodes the specified EndpointOffline message, length delimited. Does not implicitly {@link ztna.v1.EndpointOffline.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.EndpointOffline
             * @static
             * @param {ztna.v1.IEndpointOffline} message EndpointOffline message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EndpointOffline.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an EndpointOffline message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.EndpointOffline
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.EndpointOffline} EndpointOffline
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EndpointOffline.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.EndpointOffline();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.uid = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes an EndpointOffline message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.EndpointOffline
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.EndpointOffline} EndpointOffline
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EndpointOffline.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an EndpointOffline message.
             * @function verify
             * @memberof ztna.v1.EndpointOffline
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EndpointOffline.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid")) {
                    if (!$util.isString(m.uid))
                        return "uid: string expected";
                }
                return null;
            };

            /**
             * Creates an EndpointOffline message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.EndpointOffline
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.EndpointOffline} EndpointOffline
             */
            EndpointOffline.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.EndpointOffline)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.EndpointOffline: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.EndpointOffline();
                if (d.uid != null) {
                    m.uid = String(d.uid);
                }
                return m;
            };

            /**
             * Creates a plain object from an EndpointOffline message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.EndpointOffline
             * @static
             * @param {ztna.v1.EndpointOffline} m EndpointOffline
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EndpointOffline.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.uid = "";
                }
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid")) {
                    d.uid = m.uid;
                }
                return d;
            };

            /**
             * Converts this EndpointOffline to JSON.
             * @function toJSON
             * @memberof ztna.v1.EndpointOffline
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EndpointOffline.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for EndpointOffline
             * @function getTypeUrl
             * @memberof ztna.v1.EndpointOffline
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            EndpointOffline.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.EndpointOffline";
            };

            return EndpointOffline;
        })();

        v1.EndpointRemoved = (function() {

            /**
             * Properties of an EndpointRemoved.
             * @memberof ztna.v1
             * @interface IEndpointRemoved
             * @property {string|null} [uid] EndpointRemoved uid
             */

            /**
             * Constructs a new EndpointRemoved.
             * @memberof ztna.v1
             * @classdesc Represents an EndpointRemoved.
             * @implements IEndpointRemoved
             * @constructor
             * @param {ztna.v1.IEndpointRemoved=} [p] Properties to set
             */
            function EndpointRemoved(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * EndpointRemoved uid.
             * @member {string} uid
             * @memberof ztna.v1.EndpointRemoved
             * @instance
             */
            EndpointRemoved.prototype.uid = "";

            /**
             * Creates a new EndpointRemoved instance using the specified properties.
             * @function create
             * @memberof ztna.v1.EndpointRemoved
             * @static
             * @param {ztna.v1.IEndpointRemoved=} [properties] Properties to set
             * @returns {ztna.v1.EndpointRemoved} EndpointRemoved instance
             */
            EndpointRemoved.create = function create(properties) {
                return new EndpointRemoved(properties);
            };

            /**
             * Encodes the specified EndpointRemoved message. Does not implicitly {@link ztna.v1.EndpointRemoved.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.EndpointRemoved
             * @static
             * @param {ztna.v1.IEndpointRemoved} m EndpointRemoved message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EndpointRemoved.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid"))
                    w.uint32(10).string(m.uid);
                return w;
            };

            /**
             * Encodes the specified EndpointRemoved message, length delimited. Does not implicitly {@link ztna.v1.EndpointRemoved.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.EndpointRemoved
             * @static
             * @param {ztna.v1.IEndpointRemoved} message EndpointRemoved message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EndpointRemoved.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an EndpointRemoved message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.EndpointRemoved
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.EndpointRemoved} EndpointRemoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EndpointRemoved.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.EndpointRemoved();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.uid = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes an EndpointRemoved message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.EndpointRemoved
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.EndpointRemoved} EndpointRemoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EndpointRemoved.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an EndpointRemoved message.
             * @function verify
             * @memberof ztna.v1.EndpointRemoved
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EndpointRemoved.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid")) {
                    if (!$util.isString(m.uid))
                        return "uid: string expected";
                }
                return null;
            };

            /**
             * Creates an EndpointRemoved message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.EndpointRemoved
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.EndpointRemoved} EndpointRemoved
             */
            EndpointRemoved.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.EndpointRemoved)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.EndpointRemoved: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.EndpointRemoved();
                if (d.uid != null) {
                    m.uid = String(d.uid);
                }
                return m;
            };

            /**
             * Creates a plain object from an EndpointRemoved message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.EndpointRemoved
             * @static
             * @param {ztna.v1.EndpointRemoved} m EndpointRemoved
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EndpointRemoved.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.uid = "";
                }
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid")) {
                    d.uid = m.uid;
                }
                return d;
            };

            /**
             * Converts this EndpointRemoved to JSON.
             * @function toJSON
             * @memberof ztna.v1.EndpointRemoved
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EndpointRemoved.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for EndpointRemoved
             * @function getTypeUrl
             * @memberof ztna.v1.EndpointRemoved
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            EndpointRemoved.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.EndpointRemoved";
            };

            return EndpointRemoved;
        })();

        v1.AddressChange = (function() {

            /**
             * Properties of an AddressChange.
             * @memberof ztna.v1
             * @interface IAddressChange
             * @property {string|null} [uid] AddressChange uid
             * @property {Array.<string>|null} [ips] AddressChange ips
             * @property {Array.<string>|null} [macs] AddressChange macs
             */

            /**
             * Constructs a new AddressChange.
             * @memberof ztna.v1
             * @classdesc Represents an AddressChange.
             * @implements IAddressChange
             * @constructor
             * @param {ztna.v1.IAddressChange=} [p] Properties to set
             */
            function AddressChange(p) {
                this.ips = [];
                this.macs = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * AddressChange uid.
             * @member {string} uid
             * @memberof ztna.v1.AddressChange
             * @instance
             */
            AddressChange.prototype.uid = "";

            /**
             * AddressChange ips.
             * @member {Array.<string>} ips
             * @memberof ztna.v1.AddressChange
             * @instance
             */
            AddressChange.prototype.ips = $util.emptyArray;

            /**
             * AddressChange macs.
             * @member {Array.<string>} macs
             * @memberof ztna.v1.AddressChange
             * @instance
             */
            AddressChange.prototype.macs = $util.emptyArray;

            /**
             * Creates a new AddressChange instance using the specified properties.
             * @function create
             * @memberof ztna.v1.AddressChange
             * @static
             * @param {ztna.v1.IAddressChange=} [properties] Properties to set
             * @returns {ztna.v1.AddressChange} AddressChange instance
             */
            AddressChange.create = function create(properties) {
                return new AddressChange(properties);
            };

            /**
             * Encodes the specified AddressChange message. Does not implicitly {@link ztna.v1.AddressChange.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.AddressChange
             * @static
             * @param {ztna.v1.IAddressChange} m AddressChange message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddressChange.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid"))
                    w.uint32(10).string(m.uid);
                if (m.ips != null && m.ips.length) {
                    for (var i = 0; i < m.ips.length; ++i)
                        w.uint32(18).string(m.ips[i]);
                }
                if (m.macs != null && m.macs.length) {
                    for (var i = 0; i < m.macs.length; ++i)
                        w.uint32(26).string(m.macs[i]);
                }
                return w;
            };

            /**
             * Encodes the specified AddressChange message, length delimited. Does not implicitly {@link ztna.v1.AddressChange.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.AddressChange
             * @static
             * @param {ztna.v1.IAddressChange} message AddressChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddressChange.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an AddressChange message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.AddressChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.AddressChange} AddressChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddressChange.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.AddressChange();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.uid = r.string();
                            break;
                        }
                    case 2: {
                            if (!(m.ips && m.ips.length))
                                m.ips = [];
                            m.ips.push(r.string());
                            break;
                        }
                    case 3: {
                            if (!(m.macs && m.macs.length))
                                m.macs = [];
                            m.macs.push(r.string());
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes an AddressChange message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.AddressChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.AddressChange} AddressChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddressChange.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an AddressChange message.
             * @function verify
             * @memberof ztna.v1.AddressChange
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AddressChange.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid")) {
                    if (!$util.isString(m.uid))
                        return "uid: string expected";
                }
                if (m.ips != null && Object.hasOwnProperty.call(m, "ips")) {
                    if (!Array.isArray(m.ips))
                        return "ips: array expected";
                    for (var i = 0; i < m.ips.length; ++i) {
                        if (!$util.isString(m.ips[i]))
                            return "ips: string[] expected";
                    }
                }
                if (m.macs != null && Object.hasOwnProperty.call(m, "macs")) {
                    if (!Array.isArray(m.macs))
                        return "macs: array expected";
                    for (var i = 0; i < m.macs.length; ++i) {
                        if (!$util.isString(m.macs[i]))
                            return "macs: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates an AddressChange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.AddressChange
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.AddressChange} AddressChange
             */
            AddressChange.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.AddressChange)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.AddressChange: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.AddressChange();
                if (d.uid != null) {
                    m.uid = String(d.uid);
                }
                if (d.ips) {
                    if (!Array.isArray(d.ips))
                        throw TypeError(".ztna.v1.AddressChange.ips: array expected");
                    m.ips = [];
                    for (var i = 0; i < d.ips.length; ++i) {
                        m.ips[i] = String(d.ips[i]);
                    }
                }
                if (d.macs) {
                    if (!Array.isArray(d.macs))
                        throw TypeError(".ztna.v1.AddressChange.macs: array expected");
                    m.macs = [];
                    for (var i = 0; i < d.macs.length; ++i) {
                        m.macs[i] = String(d.macs[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AddressChange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.AddressChange
             * @static
             * @param {ztna.v1.AddressChange} m AddressChange
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AddressChange.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.ips = [];
                    d.macs = [];
                }
                if (o.defaults) {
                    d.uid = "";
                }
                if (m.uid != null && Object.hasOwnProperty.call(m, "uid")) {
                    d.uid = m.uid;
                }
                if (m.ips && m.ips.length) {
                    d.ips = [];
                    for (var j = 0; j < m.ips.length; ++j) {
                        d.ips[j] = m.ips[j];
                    }
                }
                if (m.macs && m.macs.length) {
                    d.macs = [];
                    for (var j = 0; j < m.macs.length; ++j) {
                        d.macs[j] = m.macs[j];
                    }
                }
                return d;
            };

            /**
             * Converts this AddressChange to JSON.
             * @function toJSON
             * @memberof ztna.v1.AddressChange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AddressChange.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for AddressChange
             * @function getTypeUrl
             * @memberof ztna.v1.AddressChange
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            AddressChange.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.AddressChange";
            };

            return AddressChange;
        })();

        v1.GatewayEvent = (function() {

            /**
             * Properties of a GatewayEvent.
             * @memberof ztna.v1
             * @interface IGatewayEvent
             * @property {string|null} [gatewayId] GatewayEvent gatewayId
             * @property {number|null} [id] GatewayEvent id
             * @property {number|null} [revision] GatewayEvent revision
             * @property {number|null} [timeMs] GatewayEvent timeMs
             * @property {ztna.v1.IMembershipChanged|null} [membership] GatewayEvent membership
             * @property {ztna.v1.ISessionChanged|null} [session] GatewayEvent session
             * @property {ztna.v1.ISyncStateChanged|null} [sync] GatewayEvent sync
             * @property {ztna.v1.ITrafficLog|null} [log] GatewayEvent log
             */

            /**
             * Constructs a new GatewayEvent.
             * @memberof ztna.v1
             * @classdesc Represents a GatewayEvent.
             * @implements IGatewayEvent
             * @constructor
             * @param {ztna.v1.IGatewayEvent=} [p] Properties to set
             */
            function GatewayEvent(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * GatewayEvent gatewayId.
             * @member {string} gatewayId
             * @memberof ztna.v1.GatewayEvent
             * @instance
             */
            GatewayEvent.prototype.gatewayId = "";

            /**
             * GatewayEvent id.
             * @member {number} id
             * @memberof ztna.v1.GatewayEvent
             * @instance
             */
            GatewayEvent.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GatewayEvent revision.
             * @member {number} revision
             * @memberof ztna.v1.GatewayEvent
             * @instance
             */
            GatewayEvent.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GatewayEvent timeMs.
             * @member {number} timeMs
             * @memberof ztna.v1.GatewayEvent
             * @instance
             */
            GatewayEvent.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GatewayEvent membership.
             * @member {ztna.v1.IMembershipChanged|null|undefined} membership
             * @memberof ztna.v1.GatewayEvent
             * @instance
             */
            GatewayEvent.prototype.membership = null;

            /**
             * GatewayEvent session.
             * @member {ztna.v1.ISessionChanged|null|undefined} session
             * @memberof ztna.v1.GatewayEvent
             * @instance
             */
            GatewayEvent.prototype.session = null;

            /**
             * GatewayEvent sync.
             * @member {ztna.v1.ISyncStateChanged|null|undefined} sync
             * @memberof ztna.v1.GatewayEvent
             * @instance
             */
            GatewayEvent.prototype.sync = null;

            /**
             * GatewayEvent log.
             * @member {ztna.v1.ITrafficLog|null|undefined} log
             * @memberof ztna.v1.GatewayEvent
             * @instance
             */
            GatewayEvent.prototype.log = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * GatewayEvent event.
             * @member {"membership"|"session"|"sync"|"log"|undefined} event
             * @memberof ztna.v1.GatewayEvent
             * @instance
             */
            Object.defineProperty(GatewayEvent.prototype, "event", {
                get: $util.oneOfGetter($oneOfFields = ["membership", "session", "sync", "log"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new GatewayEvent instance using the specified properties.
             * @function create
             * @memberof ztna.v1.GatewayEvent
             * @static
             * @param {ztna.v1.IGatewayEvent=} [properties] Properties to set
             * @returns {ztna.v1.GatewayEvent} GatewayEvent instance
             */
            GatewayEvent.create = function create(properties) {
                return new GatewayEvent(properties);
            };

            /**
             * Encodes the specified GatewayEvent message. Does not implicitly {@link ztna.v1.GatewayEvent.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.GatewayEvent
             * @static
             * @param {ztna.v1.IGatewayEvent} m GatewayEvent message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatewayEvent.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.gatewayId != null && Object.hasOwnProperty.call(m, "gatewayId"))
                    w.uint32(10).string(m.gatewayId);
                if (m.id != null && Object.hasOwnProperty.call(m, "id"))
                    w.uint32(16).uint64(m.id);
                if (m.revision != null && Object.hasOwnProperty.call(m, "revision"))
                    w.uint32(24).uint64(m.revision);
                if (m.timeMs != null && Object.hasOwnProperty.call(m, "timeMs"))
                    w.uint32(32).uint64(m.timeMs);
                if (m.membership != null && Object.hasOwnProperty.call(m, "membership"))
                    $root.ztna.v1.MembershipChanged.encode(m.membership, w.uint32(82).fork(), q + 1).ldelim();
                if (m.session != null && Object.hasOwnProperty.call(m, "session"))
                    $root.ztna.v1.SessionChanged.encode(m.session, w.uint32(90).fork(), q + 1).ldelim();
                if (m.sync != null && Object.hasOwnProperty.call(m, "sync"))
                    $root.ztna.v1.SyncStateChanged.encode(m.sync, w.uint32(98).fork(), q + 1).ldelim();
                if (m.log != null && Object.hasOwnProperty.call(m, "log"))
                    $root.ztna.v1.TrafficLog.encode(m.log, w.uint32(106).fork(), q + 1).ldelim();
                return w;
            };

            /**
             * Encodes the specified GatewayEvent message, length delimited. Does not implicitly {@link ztna.v1.GatewayEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.GatewayEvent
             * @static
             * @param {ztna.v1.IGatewayEvent} message GatewayEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatewayEvent.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a GatewayEvent message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.GatewayEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.GatewayEvent} GatewayEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatewayEvent.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.GatewayEvent();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.gatewayId = r.string();
                            break;
                        }
                    case 2: {
                            m.id = r.uint64();
                            break;
                        }
                    case 3: {
                            m.revision = r.uint64();
                            break;
                        }
                    case 4: {
                            m.timeMs = r.uint64();
                            break;
                        }
                    case 10: {
                            m.membership = $root.ztna.v1.MembershipChanged.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 11: {
                            m.session = $root.ztna.v1.SessionChanged.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 12: {
                            m.sync = $root.ztna.v1.SyncStateChanged.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 13: {
                            m.log = $root.ztna.v1.TrafficLog.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a GatewayEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.GatewayEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.GatewayEvent} GatewayEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatewayEvent.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a GatewayEvent message.
             * @function verify
             * @memberof ztna.v1.GatewayEvent
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GatewayEvent.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                var p = {};
                if (m.gatewayId != null && Object.hasOwnProperty.call(m, "gatewayId")) {
                    if (!$util.isString(m.gatewayId))
                        return "gatewayId: string expected";
                }
                if (m.id != null && Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isInteger(m.id) && !(m.id && $util.isInteger(m.id.low) && $util.isInteger(m.id.high)))
                        return "id: integer|Long expected";
                }
                if (m.revision != null && Object.hasOwnProperty.call(m, "revision")) {
                    if (!$util.isInteger(m.revision) && !(m.revision && $util.isInteger(m.revision.low) && $util.isInteger(m.revision.high)))
                        return "revision: integer|Long expected";
                }
                if (m.timeMs != null && Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.membership != null && Object.hasOwnProperty.call(m, "membership")) {
                    p.event = 1;
                    {
                        var e = $root.ztna.v1.MembershipChanged.verify(m.membership, n + 1);
                        if (e)
                            return "membership." + e;
                    }
                }
                if (m.session != null && Object.hasOwnProperty.call(m, "session")) {
                    if (p.event === 1)
                        return "event: multiple values";
                    p.event = 1;
                    {
                        var e = $root.ztna.v1.SessionChanged.verify(m.session, n + 1);
                        if (e)
                            return "session." + e;
                    }
                }
                if (m.sync != null && Object.hasOwnProperty.call(m, "sync")) {
                    if (p.event === 1)
                        return "event: multiple values";
                    p.event = 1;
                    {
                        var e = $root.ztna.v1.SyncStateChanged.verify(m.sync, n + 1);
                        if (e)
                            return "sync." + e;
                    }
                }
                if (m.log != null && Object.hasOwnProperty.call(m, "log")) {
                    if (p.event === 1)
                        return "event: multiple values";
                    p.event = 1;
                    {
                        var e = $root.ztna.v1.TrafficLog.verify(m.log, n + 1);
                        if (e)
                            return "log." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a GatewayEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.GatewayEvent
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.GatewayEvent} GatewayEvent
             */
            GatewayEvent.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.GatewayEvent)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.GatewayEvent: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.GatewayEvent();
                if (d.gatewayId != null) {
                    m.gatewayId = String(d.gatewayId);
                }
                if (d.id != null) {
                    if ($util.Long)
                        m.id = $util.Long.fromValue(d.id, true);
                    else if (typeof d.id === "string")
                        m.id = parseInt(d.id, 10);
                    else if (typeof d.id === "number")
                        m.id = d.id;
                    else if (typeof d.id === "object")
                        m.id = new $util.LongBits(d.id.low >>> 0, d.id.high >>> 0).toNumber(true);
                }
                if (d.revision != null) {
                    if ($util.Long)
                        m.revision = $util.Long.fromValue(d.revision, true);
                    else if (typeof d.revision === "string")
                        m.revision = parseInt(d.revision, 10);
                    else if (typeof d.revision === "number")
                        m.revision = d.revision;
                    else if (typeof d.revision === "object")
                        m.revision = new $util.LongBits(d.revision.low >>> 0, d.revision.high >>> 0).toNumber(true);
                }
                if (d.timeMs != null) {
                    if ($util.Long)
                        m.timeMs = $util.Long.fromValue(d.timeMs, true);
                    else if (typeof d.timeMs === "string")
                        m.timeMs = parseInt(d.timeMs, 10);
                    else if (typeof d.timeMs === "number")
                        m.timeMs = d.timeMs;
                    else if (typeof d.timeMs === "object")
                        m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber(true);
                }
                if (d.membership != null) {
                    if (!$util.isObject(d.membership))
                        throw TypeError(".ztna.v1.GatewayEvent.membership: object expected");
                    m.membership = $root.ztna.v1.MembershipChanged.fromObject(d.membership, n + 1);
                }
                if (d.session != null) {
                    if (!$util.isObject(d.session))
                        throw TypeError(".ztna.v1.GatewayEvent.session: object expected");
                    m.session = $root.ztna.v1.SessionChanged.fromObject(d.session, n + 1);
                }
                if (d.sync != null) {
                    if (!$util.isObject(d.sync))
                        throw TypeError(".ztna.v1.GatewayEvent.sync: object expected");
                    m.sync = $root.ztna.v1.SyncStateChanged.fromObject(d.sync, n + 1);
                }
                if (d.log != null) {
                    if (!$util.isObject(d.log))
                        throw TypeError(".ztna.v1.GatewayEvent.log: object expected");
                    m.log = $root.ztna.v1.TrafficLog.fromObject(d.log, n + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a GatewayEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.GatewayEvent
             * @static
             * @param {ztna.v1.GatewayEvent} m GatewayEvent
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GatewayEvent.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.gatewayId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.id = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.id = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.revision = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.revision = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.timeMs = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                }
                if (m.gatewayId != null && Object.hasOwnProperty.call(m, "gatewayId")) {
                    d.gatewayId = m.gatewayId;
                }
                if (m.id != null && Object.hasOwnProperty.call(m, "id")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.id = typeof m.id === "number" ? BigInt(m.id) : $util.Long.fromBits(m.id.low >>> 0, m.id.high >>> 0, true).toBigInt();
                    else if (typeof m.id === "number")
                        d.id = o.longs === String ? String(m.id) : m.id;
                    else
                        d.id = o.longs === String ? $util.Long.prototype.toString.call(m.id) : o.longs === Number ? new $util.LongBits(m.id.low >>> 0, m.id.high >>> 0).toNumber(true) : m.id;
                }
                if (m.revision != null && Object.hasOwnProperty.call(m, "revision")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.revision = typeof m.revision === "number" ? BigInt(m.revision) : $util.Long.fromBits(m.revision.low >>> 0, m.revision.high >>> 0, true).toBigInt();
                    else if (typeof m.revision === "number")
                        d.revision = o.longs === String ? String(m.revision) : m.revision;
                    else
                        d.revision = o.longs === String ? $util.Long.prototype.toString.call(m.revision) : o.longs === Number ? new $util.LongBits(m.revision.low >>> 0, m.revision.high >>> 0).toNumber(true) : m.revision;
                }
                if (m.timeMs != null && Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, true).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === String ? String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber(true) : m.timeMs;
                }
                if (m.membership != null && Object.hasOwnProperty.call(m, "membership")) {
                    d.membership = $root.ztna.v1.MembershipChanged.toObject(m.membership, o, q + 1);
                    if (o.oneofs)
                        d.event = "membership";
                }
                if (m.session != null && Object.hasOwnProperty.call(m, "session")) {
                    d.session = $root.ztna.v1.SessionChanged.toObject(m.session, o, q + 1);
                    if (o.oneofs)
                        d.event = "session";
                }
                if (m.sync != null && Object.hasOwnProperty.call(m, "sync")) {
                    d.sync = $root.ztna.v1.SyncStateChanged.toObject(m.sync, o, q + 1);
                    if (o.oneofs)
                        d.event = "sync";
                }
                if (m.log != null && Object.hasOwnProperty.call(m, "log")) {
                    d.log = $root.ztna.v1.TrafficLog.toObject(m.log, o, q + 1);
                    if (o.oneofs)
                        d.event = "log";
                }
                return d;
            };

            /**
             * Converts this GatewayEvent to JSON.
             * @function toJSON
             * @memberof ztna.v1.GatewayEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GatewayEvent.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GatewayEvent
             * @function getTypeUrl
             * @memberof ztna.v1.GatewayEvent
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GatewayEvent.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.GatewayEvent";
            };

            return GatewayEvent;
        })();

        v1.MembershipChanged = (function() {

            /**
             * Properties of a MembershipChanged.
             * @memberof ztna.v1
             * @interface IMembershipChanged
             * @property {string|null} [address] MembershipChanged address
             * @property {string|null} [tag] MembershipChanged tag
             * @property {number|null} [emsId] MembershipChanged emsId
             * @property {string|null} [kind] MembershipChanged kind
             * @property {Array.<string>|null} [added] MembershipChanged added
             * @property {Array.<string>|null} [removed] MembershipChanged removed
             * @property {number|null} [addressId] MembershipChanged addressId
             */

            /**
             * Constructs a new MembershipChanged.
             * @memberof ztna.v1
             * @classdesc Represents a MembershipChanged.
             * @implements IMembershipChanged
             * @constructor
             * @param {ztna.v1.IMembershipChanged=} [p] Properties to set
             */
            function MembershipChanged(p) {
                this.added = [];
                this.removed = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * MembershipChanged address.
             * @member {string} address
             * @memberof ztna.v1.MembershipChanged
             * @instance
             */
            MembershipChanged.prototype.address = "";

            /**
             * MembershipChanged tag.
             * @member {string} tag
             * @memberof ztna.v1.MembershipChanged
             * @instance
             */
            MembershipChanged.prototype.tag = "";

            /**
             * MembershipChanged emsId.
             * @member {number} emsId
             * @memberof ztna.v1.MembershipChanged
             * @instance
             */
            MembershipChanged.prototype.emsId = 0;

            /**
             * MembershipChanged kind.
             * @member {string} kind
             * @memberof ztna.v1.MembershipChanged
             * @instance
             */
            MembershipChanged.prototype.kind = "";

            /**
             * MembershipChanged added.
             * @member {Array.<string>} added
             * @memberof ztna.v1.MembershipChanged
             * @instance
             */
            MembershipChanged.prototype.added = $util.emptyArray;

            /**
             * MembershipChanged removed.
             * @member {Array.<string>} removed
             * @memberof ztna.v1.MembershipChanged
             * @instance
             */
            MembershipChanged.prototype.removed = $util.emptyArray;

            /**
             * MembershipChanged addressId.
             * @member {number} addressId
             * @memberof ztna.v1.MembershipChanged
             * @instance
             */
            MembershipChanged.prototype.addressId = 0;

            /**
             * Creates a new MembershipChanged instance using the specified properties.
             * @function create
             * @memberof ztna.v1.MembershipChanged
             * @static
             * @param {ztna.v1.IMembershipChanged=} [properties] Properties to set
             * @returns {ztna.v1.MembershipChanged} MembershipChanged instance
             */
            MembershipChanged.create = function create(properties) {
                return new MembershipChanged(properties);
            };

            /**
             * Encodes the specified MembershipChanged message. Does not implicitly {@link ztna.v1.MembershipChanged.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.MembershipChanged
             * @static
             * @param {ztna.v1.IMembershipChanged} m MembershipChanged message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MembershipChanged.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.address != null && Object.hasOwnProperty.call(m, "address"))
                    w.uint32(10).string(m.address);
                if (m.tag != null && Object.hasOwnProperty.call(m, "tag"))
                    w.uint32(18).string(m.tag);
                if (m.emsId != null && Object.hasOwnProperty.call(m, "emsId"))
                    w.uint32(24).uint32(m.emsId);
                if (m.kind != null && Object.hasOwnProperty.call(m, "kind"))
                    w.uint32(34).string(m.kind);
                if (m.added != null && m.added.length) {
                    for (var i = 0; i < m.added.length; ++i)
                        w.uint32(42).string(m.added[i]);
                }
                if (m.removed != null && m.removed.length) {
                    for (var i = 0; i < m.removed.length; ++i)
                        w.uint32(50).string(m.removed[i]);
                }
                if (m.addressId != null && Object.hasOwnProperty.call(m, "addressId"))
                    w.uint32(56).uint32(m.addressId);
                return w;
            };

            /**
             * Encodes the specified MembershipChanged message, length delimited. Does not implicitly {@link ztna.v1.MembershipChanged.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.MembershipChanged
             * @static
             * @param {ztna.v1.IMembershipChanged} message MembershipChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MembershipChanged.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a MembershipChanged message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.MembershipChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.MembershipChanged} MembershipChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MembershipChanged.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.MembershipChanged();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.address = r.string();
                            break;
                        }
                    case 2: {
                            m.tag = r.string();
                            break;
                        }
                    case 3: {
                            m.emsId = r.uint32();
                            break;
                        }
                    case 4: {
                            m.kind = r.string();
                            break;
                        }
                    case 5: {
                            if (!(m.added && m.added.length))
                                m.added = [];
                            m.added.push(r.string());
                            break;
                        }
                    case 6: {
                            if (!(m.removed && m.removed.length))
                                m.removed = [];
                            m.removed.push(r.string());
                            break;
                        }
                    case 7: {
                            m.addressId = r.uint32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a MembershipChanged message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.MembershipChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.MembershipChanged} MembershipChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MembershipChanged.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a MembershipChanged message.
             * @function verify
             * @memberof ztna.v1.MembershipChanged
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MembershipChanged.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.address != null && Object.hasOwnProperty.call(m, "address")) {
                    if (!$util.isString(m.address))
                        return "address: string expected";
                }
                if (m.tag != null && Object.hasOwnProperty.call(m, "tag")) {
                    if (!$util.isString(m.tag))
                        return "tag: string expected";
                }
                if (m.emsId != null && Object.hasOwnProperty.call(m, "emsId")) {
                    if (!$util.isInteger(m.emsId))
                        return "emsId: integer expected";
                }
                if (m.kind != null && Object.hasOwnProperty.call(m, "kind")) {
                    if (!$util.isString(m.kind))
                        return "kind: string expected";
                }
                if (m.added != null && Object.hasOwnProperty.call(m, "added")) {
                    if (!Array.isArray(m.added))
                        return "added: array expected";
                    for (var i = 0; i < m.added.length; ++i) {
                        if (!$util.isString(m.added[i]))
                            return "added: string[] expected";
                    }
                }
                if (m.removed != null && Object.hasOwnProperty.call(m, "removed")) {
                    if (!Array.isArray(m.removed))
                        return "removed: array expected";
                    for (var i = 0; i < m.removed.length; ++i) {
                        if (!$util.isString(m.removed[i]))
                            return "removed: string[] expected";
                    }
                }
                if (m.addressId != null && Object.hasOwnProperty.call(m, "addressId")) {
                    if (!$util.isInteger(m.addressId))
                        return "addressId: integer expected";
                }
                return null;
            };

            /**
             * Creates a MembershipChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.MembershipChanged
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.MembershipChanged} MembershipChanged
             */
            MembershipChanged.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.MembershipChanged)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.MembershipChanged: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.MembershipChanged();
                if (d.address != null) {
                    m.address = String(d.address);
                }
                if (d.tag != null) {
                    m.tag = String(d.tag);
                }
                if (d.emsId != null) {
                    m.emsId = d.emsId >>> 0;
                }
                if (d.kind != null) {
                    m.kind = String(d.kind);
                }
                if (d.added) {
                    if (!Array.isArray(d.added))
                        throw TypeError(".ztna.v1.MembershipChanged.added: array expected");
                    m.added = [];
                    for (var i = 0; i < d.added.length; ++i) {
                        m.added[i] = String(d.added[i]);
                    }
                }
                if (d.removed) {
                    if (!Array.isArray(d.removed))
                        throw TypeError(".ztna.v1.MembershipChanged.removed: array expected");
                    m.removed = [];
                    for (var i = 0; i < d.removed.length; ++i) {
                        m.removed[i] = String(d.removed[i]);
                    }
                }
                if (d.addressId != null) {
                    m.addressId = d.addressId >>> 0;
                }
                return m;
            };

            /**
             * Creates a plain object from a MembershipChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.MembershipChanged
             * @static
             * @param {ztna.v1.MembershipChanged} m MembershipChanged
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MembershipChanged.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.added = [];
                    d.removed = [];
                }
                if (o.defaults) {
                    d.address = "";
                    d.tag = "";
                    d.emsId = 0;
                    d.kind = "";
                    d.addressId = 0;
                }
                if (m.address != null && Object.hasOwnProperty.call(m, "address")) {
                    d.address = m.address;
                }
                if (m.tag != null && Object.hasOwnProperty.call(m, "tag")) {
                    d.tag = m.tag;
                }
                if (m.emsId != null && Object.hasOwnProperty.call(m, "emsId")) {
                    d.emsId = m.emsId;
                }
                if (m.kind != null && Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = m.kind;
                }
                if (m.added && m.added.length) {
                    d.added = [];
                    for (var j = 0; j < m.added.length; ++j) {
                        d.added[j] = m.added[j];
                    }
                }
                if (m.removed && m.removed.length) {
                    d.removed = [];
                    for (var j = 0; j < m.removed.length; ++j) {
                        d.removed[j] = m.removed[j];
                    }
                }
                if (m.addressId != null && Object.hasOwnProperty.call(m, "addressId")) {
                    d.addressId = m.addressId;
                }
                return d;
            };

            /**
             * Converts this MembershipChanged to JSON.
             * @function toJSON
             * @memberof ztna.v1.MembershipChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MembershipChanged.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for MembershipChanged
             * @function getTypeUrl
             * @memberof ztna.v1.MembershipChanged
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            MembershipChanged.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.MembershipChanged";
            };

            return MembershipChanged;
        })();

        v1.SessionChanged = (function() {

            /**
             * Properties of a SessionChanged.
             * @memberof ztna.v1
             * @interface ISessionChanged
             * @property {number|null} [serial] SessionChanged serial
             * @property {number|null} [proto] SessionChanged proto
             * @property {string|null} [src] SessionChanged src
             * @property {number|null} [sport] SessionChanged sport
             * @property {string|null} [dst] SessionChanged dst
             * @property {number|null} [dport] SessionChanged dport
             * @property {number|null} [policyBefore] SessionChanged policyBefore
             * @property {number|null} [policyAfter] SessionChanged policyAfter
             * @property {string|null} [transition] SessionChanged transition
             * @property {string|null} [trigger] SessionChanged trigger
             * @property {string|null} [srcintf] SessionChanged srcintf
             * @property {string|null} [dstintf] SessionChanged dstintf
             */

            /**
             * Constructs a new SessionChanged.
             * @memberof ztna.v1
             * @classdesc Represents a SessionChanged.
             * @implements ISessionChanged
             * @constructor
             * @param {ztna.v1.ISessionChanged=} [p] Properties to set
             */
            function SessionChanged(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * SessionChanged serial.
             * @member {number} serial
             * @memberof ztna.v1.SessionChanged
             * @instance
             */
            SessionChanged.prototype.serial = 0;

            /**
             * SessionChanged proto.
             * @member {number} proto
             * @memberof ztna.v1.SessionChanged
             * @instance
             */
            SessionChanged.prototype.proto = 0;

            /**
             * SessionChanged src.
             * @member {string} src
             * @memberof ztna.v1.SessionChanged
             * @instance
             */
            SessionChanged.prototype.src = "";

            /**
             * SessionChanged sport.
             * @member {number} sport
             * @memberof ztna.v1.SessionChanged
             * @instance
             */
            SessionChanged.prototype.sport = 0;

            /**
             * SessionChanged dst.
             * @member {string} dst
             * @memberof ztna.v1.SessionChanged
             * @instance
             */
            SessionChanged.prototype.dst = "";

            /**
             * SessionChanged dport.
             * @member {number} dport
             * @memberof ztna.v1.SessionChanged
             * @instance
             */
            SessionChanged.prototype.dport = 0;

            /**
             * SessionChanged policyBefore.
             * @member {number} policyBefore
             * @memberof ztna.v1.SessionChanged
             * @instance
             */
            SessionChanged.prototype.policyBefore = 0;

            /**
             * SessionChanged policyAfter.
             * @member {number} policyAfter
             * @memberof ztna.v1.SessionChanged
             * @instance
             */
            SessionChanged.prototype.policyAfter = 0;

            /**
             * SessionChanged transition.
             * @member {string} transition
             * @memberof ztna.v1.SessionChanged
             * @instance
             */
            SessionChanged.prototype.transition = "";

            /**
             * SessionChanged trigger.
             * @member {string} trigger
             * @memberof ztna.v1.SessionChanged
             * @instance
             */
            SessionChanged.prototype.trigger = "";

            /**
             * SessionChanged srcintf.
             * @member {string} srcintf
             * @memberof ztna.v1.SessionChanged
             * @instance
             */
            SessionChanged.prototype.srcintf = "";

            /**
             * SessionChanged dstintf.
             * @member {string} dstintf
             * @memberof ztna.v1.SessionChanged
             * @instance
             */
            SessionChanged.prototype.dstintf = "";

            /**
             * Creates a new SessionChanged instance using the specified properties.
             * @function create
             * @memberof ztna.v1.SessionChanged
             * @static
             * @param {ztna.v1.ISessionChanged=} [properties] Properties to set
             * @returns {ztna.v1.SessionChanged} SessionChanged instance
             */
            SessionChanged.create = function create(properties) {
                return new SessionChanged(properties);
            };

            /**
             * Encodes the specified SessionChanged message. Does not implicitly {@link ztna.v1.SessionChanged.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.SessionChanged
             * @static
             * @param {ztna.v1.ISessionChanged} m SessionChanged message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionChanged.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.serial != null && Object.hasOwnProperty.call(m, "serial"))
                    w.uint32(8).uint32(m.serial);
                if (m.proto != null && Object.hasOwnProperty.call(m, "proto"))
                    w.uint32(16).uint32(m.proto);
                if (m.src != null && Object.hasOwnProperty.call(m, "src"))
                    w.uint32(26).string(m.src);
                if (m.sport != null && Object.hasOwnProperty.call(m, "sport"))
                    w.uint32(32).uint32(m.sport);
                if (m.dst != null && Object.hasOwnProperty.call(m, "dst"))
                    w.uint32(42).string(m.dst);
                if (m.dport != null && Object.hasOwnProperty.call(m, "dport"))
                    w.uint32(48).uint32(m.dport);
                if (m.policyBefore != null && Object.hasOwnProperty.call(m, "policyBefore"))
                    w.uint32(56).uint32(m.policyBefore);
                if (m.policyAfter != null && Object.hasOwnProperty.call(m, "policyAfter"))
                    w.uint32(64).uint32(m.policyAfter);
                if (m.transition != null && Object.hasOwnProperty.call(m, "transition"))
                    w.uint32(74).string(m.transition);
                if (m.trigger != null && Object.hasOwnProperty.call(m, "trigger"))
                    w.uint32(82).string(m.trigger);
                if (m.srcintf != null && Object.hasOwnProperty.call(m, "srcintf"))
                    w.uint32(90).string(m.srcintf);
                if (m.dstintf != null && Object.hasOwnProperty.call(m, "dstintf"))
                    w.uint32(98).string(m.dstintf);
                return w;
            };

            /**
             * Encodes the specified SessionChanged message, length delimited. Does not implicitly {@link ztna.v1.SessionChanged.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.SessionChanged
             * @static
             * @param {ztna.v1.ISessionChanged} message SessionChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionChanged.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SessionChanged message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.SessionChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.SessionChanged} SessionChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionChanged.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.SessionChanged();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.serial = r.uint32();
                            break;
                        }
                    case 2: {
                            m.proto = r.uint32();
                            break;
                        }
                    case 3: {
                            m.src = r.string();
                            break;
                        }
                    case 4: {
                            m.sport = r.uint32();
                            break;
                        }
                    case 5: {
                            m.dst = r.string();
                            break;
                        }
                    case 6: {
                            m.dport = r.uint32();
                            break;
                        }
                    case 7: {
                            m.policyBefore = r.uint32();
                            break;
                        }
                    case 8: {
                            m.policyAfter = r.uint32();
                            break;
                        }
                    case 9: {
                            m.transition = r.string();
                            break;
                        }
                    case 10: {
                            m.trigger = r.string();
                            break;
                        }
                    case 11: {
                            m.srcintf = r.string();
                            break;
                        }
                    case 12: {
                            m.dstintf = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a SessionChanged message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.SessionChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.SessionChanged} SessionChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionChanged.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SessionChanged message.
             * @function verify
             * @memberof ztna.v1.SessionChanged
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionChanged.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.serial != null && Object.hasOwnProperty.call(m, "serial")) {
                    if (!$util.isInteger(m.serial))
                        return "serial: integer expected";
                }
                if (m.proto != null && Object.hasOwnProperty.call(m, "proto")) {
                    if (!$util.isInteger(m.proto))
                        return "proto: integer expected";
                }
                if (m.src != null && Object.hasOwnProperty.call(m, "src")) {
                    if (!$util.isString(m.src))
                        return "src: string expected";
                }
                if (m.sport != null && Object.hasOwnProperty.call(m, "sport")) {
                    if (!$util.isInteger(m.sport))
                        return "sport: integer expected";
                }
                if (m.dst != null && Object.hasOwnProperty.call(m, "dst")) {
                    if (!$util.isString(m.dst))
                        return "dst: string expected";
                }
                if (m.dport != null && Object.hasOwnProperty.call(m, "dport")) {
                    if (!$util.isInteger(m.dport))
                        return "dport: integer expected";
                }
                if (m.policyBefore != null && Object.hasOwnProperty.call(m, "policyBefore")) {
                    if (!$util.isInteger(m.policyBefore))
                        return "policyBefore: integer expected";
                }
                if (m.policyAfter != null && Object.hasOwnProperty.call(m, "policyAfter")) {
                    if (!$util.isInteger(m.policyAfter))
                        return "policyAfter: integer expected";
                }
                if (m.transition != null && Object.hasOwnProperty.call(m, "transition")) {
                    if (!$util.isString(m.transition))
                        return "transition: string expected";
                }
                if (m.trigger != null && Object.hasOwnProperty.call(m, "trigger")) {
                    if (!$util.isString(m.trigger))
                        return "trigger: string expected";
                }
                if (m.srcintf != null && Object.hasOwnProperty.call(m, "srcintf")) {
                    if (!$util.isString(m.srcintf))
                        return "srcintf: string expected";
                }
                if (m.dstintf != null && Object.hasOwnProperty.call(m, "dstintf")) {
                    if (!$util.isString(m.dstintf))
                        return "dstintf: string expected";
                }
                return null;
            };

            /**
             * Creates a SessionChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.SessionChanged
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.SessionChanged} SessionChanged
             */
            SessionChanged.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.SessionChanged)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.SessionChanged: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.SessionChanged();
                if (d.serial != null) {
                    m.serial = d.serial >>> 0;
                }
                if (d.proto != null) {
                    m.proto = d.proto >>> 0;
                }
                if (d.src != null) {
                    m.src = String(d.src);
                }
                if (d.sport != null) {
                    m.sport = d.sport >>> 0;
                }
                if (d.dst != null) {
                    m.dst = String(d.dst);
                }
                if (d.dport != null) {
                    m.dport = d.dport >>> 0;
                }
                if (d.policyBefore != null) {
                    m.policyBefore = d.policyBefore >>> 0;
                }
                if (d.policyAfter != null) {
                    m.policyAfter = d.policyAfter >>> 0;
                }
                if (d.transition != null) {
                    m.transition = String(d.transition);
                }
                if (d.trigger != null) {
                    m.trigger = String(d.trigger);
                }
                if (d.srcintf != null) {
                    m.srcintf = String(d.srcintf);
                }
                if (d.dstintf != null) {
                    m.dstintf = String(d.dstintf);
                }
                return m;
            };

            /**
             * Creates a plain object from a SessionChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.SessionChanged
             * @static
             * @param {ztna.v1.SessionChanged} m SessionChanged
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionChanged.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.serial = 0;
                    d.proto = 0;
                    d.src = "";
                    d.sport = 0;
                    d.dst = "";
                    d.dport = 0;
                    d.policyBefore = 0;
                    d.policyAfter = 0;
                    d.transition = "";
                    d.trigger = "";
                    d.srcintf = "";
                    d.dstintf = "";
                }
                if (m.serial != null && Object.hasOwnProperty.call(m, "serial")) {
                    d.serial = m.serial;
                }
                if (m.proto != null && Object.hasOwnProperty.call(m, "proto")) {
                    d.proto = m.proto;
                }
                if (m.src != null && Object.hasOwnProperty.call(m, "src")) {
                    d.src = m.src;
                }
                if (m.sport != null && Object.hasOwnProperty.call(m, "sport")) {
                    d.sport = m.sport;
                }
                if (m.dst != null && Object.hasOwnProperty.call(m, "dst")) {
                    d.dst = m.dst;
                }
                if (m.dport != null && Object.hasOwnProperty.call(m, "dport")) {
                    d.dport = m.dport;
                }
                if (m.policyBefore != null && Object.hasOwnProperty.call(m, "policyBefore")) {
                    d.policyBefore = m.policyBefore;
                }
                if (m.policyAfter != null && Object.hasOwnProperty.call(m, "policyAfter")) {
                    d.policyAfter = m.policyAfter;
                }
                if (m.transition != null && Object.hasOwnProperty.call(m, "transition")) {
                    d.transition = m.transition;
                }
                if (m.trigger != null && Object.hasOwnProperty.call(m, "trigger")) {
                    d.trigger = m.trigger;
                }
                if (m.srcintf != null && Object.hasOwnProperty.call(m, "srcintf")) {
                    d.srcintf = m.srcintf;
                }
                if (m.dstintf != null && Object.hasOwnProperty.call(m, "dstintf")) {
                    d.dstintf = m.dstintf;
                }
                return d;
            };

            /**
             * Converts this SessionChanged to JSON.
             * @function toJSON
             * @memberof ztna.v1.SessionChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionChanged.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SessionChanged
             * @function getTypeUrl
             * @memberof ztna.v1.SessionChanged
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SessionChanged.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.SessionChanged";
            };

            return SessionChanged;
        })();

        v1.SyncStateChanged = (function() {

            /**
             * Properties of a SyncStateChanged.
             * @memberof ztna.v1
             * @interface ISyncStateChanged
             * @property {number|null} [emsId] SyncStateChanged emsId
             * @property {string|null} [state] SyncStateChanged state
             * @property {number|null} [appliedSeq] SyncStateChanged appliedSeq
             * @property {string|null} [cause] SyncStateChanged cause
             * @property {string|null} [incarnation] SyncStateChanged incarnation
             */

            /**
             * Constructs a new SyncStateChanged.
             * @memberof ztna.v1
             * @classdesc Represents a SyncStateChanged.
             * @implements ISyncStateChanged
             * @constructor
             * @param {ztna.v1.ISyncStateChanged=} [p] Properties to set
             */
            function SyncStateChanged(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * SyncStateChanged emsId.
             * @member {number} emsId
             * @memberof ztna.v1.SyncStateChanged
             * @instance
             */
            SyncStateChanged.prototype.emsId = 0;

            /**
             * SyncStateChanged state.
             * @member {string} state
             * @memberof ztna.v1.SyncStateChanged
             * @instance
             */
            SyncStateChanged.prototype.state = "";

            /**
             * SyncStateChanged appliedSeq.
             * @member {number} appliedSeq
             * @memberof ztna.v1.SyncStateChanged
             * @instance
             */
            SyncStateChanged.prototype.appliedSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SyncStateChanged cause.
             * @member {string} cause
             * @memberof ztna.v1.SyncStateChanged
             * @instance
             */
            SyncStateChanged.prototype.cause = "";

            /**
             * SyncStateChanged incarnation.
             * @member {string} incarnation
             * @memberof ztna.v1.SyncStateChanged
             * @instance
             */
            SyncStateChanged.prototype.incarnation = "";

            /**
             * Creates a new SyncStateChanged instance using the specified properties.
             * @function create
             * @memberof ztna.v1.SyncStateChanged
             * @static
             * @param {ztna.v1.ISyncStateChanged=} [properties] Properties to set
             * @returns {ztna.v1.SyncStateChanged} SyncStateChanged instance
             */
            SyncStateChanged.create = function create(properties) {
                return new SyncStateChanged(properties);
            };

            /**
             * Encodes the specified SyncStateChanged message. Does not implicitly {@link ztna.v1.SyncStateChanged.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.SyncStateChanged
             * @static
             * @param {ztna.v1.ISyncStateChanged} m SyncStateChanged message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncStateChanged.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.emsId != null && Object.hasOwnProperty.call(m, "emsId"))
                    w.uint32(8).uint32(m.emsId);
                if (m.state != null && Object.hasOwnProperty.call(m, "state"))
                    w.uint32(18).string(m.state);
                if (m.appliedSeq != null && Object.hasOwnProperty.call(m, "appliedSeq"))
                    w.uint32(24).uint64(m.appliedSeq);
                if (m.cause != null && Object.hasOwnProperty.call(m, "cause"))
                    w.uint32(34).string(m.cause);
                if (m.incarnation != null && Object.hasOwnProperty.call(m, "incarnation"))
                    w.uint32(42).string(m.incarnation);
                return w;
            };

            /**
             * Encodes the specified SyncStateChanged message, length delimited. Does not implicitly {@link ztna.v1.SyncStateChanged.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.SyncStateChanged
             * @static
             * @param {ztna.v1.ISyncStateChanged} message SyncStateChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncStateChanged.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SyncStateChanged message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.SyncStateChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.SyncStateChanged} SyncStateChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncStateChanged.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.SyncStateChanged();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.emsId = r.uint32();
                            break;
                        }
                    case 2: {
                            m.state = r.string();
                            break;
                        }
                    case 3: {
                            m.appliedSeq = r.uint64();
                            break;
                        }
                    case 4: {
                            m.cause = r.string();
                            break;
                        }
                    case 5: {
                            m.incarnation = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a SyncStateChanged message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.SyncStateChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.SyncStateChanged} SyncStateChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncStateChanged.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SyncStateChanged message.
             * @function verify
             * @memberof ztna.v1.SyncStateChanged
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SyncStateChanged.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.emsId != null && Object.hasOwnProperty.call(m, "emsId")) {
                    if (!$util.isInteger(m.emsId))
                        return "emsId: integer expected";
                }
                if (m.state != null && Object.hasOwnProperty.call(m, "state")) {
                    if (!$util.isString(m.state))
                        return "state: string expected";
                }
                if (m.appliedSeq != null && Object.hasOwnProperty.call(m, "appliedSeq")) {
                    if (!$util.isInteger(m.appliedSeq) && !(m.appliedSeq && $util.isInteger(m.appliedSeq.low) && $util.isInteger(m.appliedSeq.high)))
                        return "appliedSeq: integer|Long expected";
                }
                if (m.cause != null && Object.hasOwnProperty.call(m, "cause")) {
                    if (!$util.isString(m.cause))
                        return "cause: string expected";
                }
                if (m.incarnation != null && Object.hasOwnProperty.call(m, "incarnation")) {
                    if (!$util.isString(m.incarnation))
                        return "incarnation: string expected";
                }
                return null;
            };

            /**
             * Creates a SyncStateChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.SyncStateChanged
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.SyncStateChanged} SyncStateChanged
             */
            SyncStateChanged.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.SyncStateChanged)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.SyncStateChanged: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.SyncStateChanged();
                if (d.emsId != null) {
                    m.emsId = d.emsId >>> 0;
                }
                if (d.state != null) {
                    m.state = String(d.state);
                }
                if (d.appliedSeq != null) {
                    if ($util.Long)
                        m.appliedSeq = $util.Long.fromValue(d.appliedSeq, true);
                    else if (typeof d.appliedSeq === "string")
                        m.appliedSeq = parseInt(d.appliedSeq, 10);
                    else if (typeof d.appliedSeq === "number")
                        m.appliedSeq = d.appliedSeq;
                    else if (typeof d.appliedSeq === "object")
                        m.appliedSeq = new $util.LongBits(d.appliedSeq.low >>> 0, d.appliedSeq.high >>> 0).toNumber(true);
                }
                if (d.cause != null) {
                    m.cause = String(d.cause);
                }
                if (d.incarnation != null) {
                    m.incarnation = String(d.incarnation);
                }
                return m;
            };

            /**
             * Creates a plain object from a SyncStateChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.SyncStateChanged
             * @static
             * @param {ztna.v1.SyncStateChanged} m SyncStateChanged
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncStateChanged.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.emsId = 0;
                    d.state = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.appliedSeq = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.appliedSeq = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    d.cause = "";
                    d.incarnation = "";
                }
                if (m.emsId != null && Object.hasOwnProperty.call(m, "emsId")) {
                    d.emsId = m.emsId;
                }
                if (m.state != null && Object.hasOwnProperty.call(m, "state")) {
                    d.state = m.state;
                }
                if (m.appliedSeq != null && Object.hasOwnProperty.call(m, "appliedSeq")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.appliedSeq = typeof m.appliedSeq === "number" ? BigInt(m.appliedSeq) : $util.Long.fromBits(m.appliedSeq.low >>> 0, m.appliedSeq.high >>> 0, true).toBigInt();
                    else if (typeof m.appliedSeq === "number")
                        d.appliedSeq = o.longs === String ? String(m.appliedSeq) : m.appliedSeq;
                    else
                        d.appliedSeq = o.longs === String ? $util.Long.prototype.toString.call(m.appliedSeq) : o.longs === Number ? new $util.LongBits(m.appliedSeq.low >>> 0, m.appliedSeq.high >>> 0).toNumber(true) : m.appliedSeq;
                }
                if (m.cause != null && Object.hasOwnProperty.call(m, "cause")) {
                    d.cause = m.cause;
                }
                if (m.incarnation != null && Object.hasOwnProperty.call(m, "incarnation")) {
                    d.incarnation = m.incarnation;
                }
                return d;
            };

            /**
             * Converts this SyncStateChanged to JSON.
             * @function toJSON
             * @memberof ztna.v1.SyncStateChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncStateChanged.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SyncStateChanged
             * @function getTypeUrl
             * @memberof ztna.v1.SyncStateChanged
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SyncStateChanged.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.SyncStateChanged";
            };

            return SyncStateChanged;
        })();

        v1.TrafficLog = (function() {

            /**
             * Properties of a TrafficLog.
             * @memberof ztna.v1
             * @interface ITrafficLog
             * @property {string|null} [line] TrafficLog line
             * @property {string|null} [action] TrafficLog action
             * @property {number|null} [policyId] TrafficLog policyId
             * @property {number|null} [sessionId] TrafficLog sessionId
             */

            /**
             * Constructs a new TrafficLog.
             * @memberof ztna.v1
             * @classdesc Represents a TrafficLog.
             * @implements ITrafficLog
             * @constructor
             * @param {ztna.v1.ITrafficLog=} [p] Properties to set
             */
            function TrafficLog(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * TrafficLog line.
             * @member {string} line
             * @memberof ztna.v1.TrafficLog
             * @instance
             */
            TrafficLog.prototype.line = "";

            /**
             * TrafficLog action.
             * @member {string} action
             * @memberof ztna.v1.TrafficLog
             * @instance
             */
            TrafficLog.prototype.action = "";

            /**
             * TrafficLog policyId.
             * @member {number} policyId
             * @memberof ztna.v1.TrafficLog
             * @instance
             */
            TrafficLog.prototype.policyId = 0;

            /**
             * TrafficLog sessionId.
             * @member {number} sessionId
             * @memberof ztna.v1.TrafficLog
             * @instance
             */
            TrafficLog.prototype.sessionId = 0;

            /**
             * Creates a new TrafficLog instance using the specified properties.
             * @function create
             * @memberof ztna.v1.TrafficLog
             * @static
             * @param {ztna.v1.ITrafficLog=} [properties] Properties to set
             * @returns {ztna.v1.TrafficLog} TrafficLog instance
             */
            TrafficLog.create = function create(properties) {
                return new TrafficLog(properties);
            };

            /**
             * Encodes the specified TrafficLog message. Does not implicitly {@link ztna.v1.TrafficLog.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.TrafficLog
             * @static
             * @param {ztna.v1.ITrafficLog} m TrafficLog message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrafficLog.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.line != null && Object.hasOwnProperty.call(m, "line"))
                    w.uint32(10).string(m.line);
                if (m.action != null && Object.hasOwnProperty.call(m, "action"))
                    w.uint32(18).string(m.action);
                if (m.policyId != null && Object.hasOwnProperty.call(m, "policyId"))
                    w.uint32(24).uint32(m.policyId);
                if (m.sessionId != null && Object.hasOwnProperty.call(m, "sessionId"))
                    w.uint32(32).uint32(m.sessionId);
                return w;
            };

            /**
             * Encodes the specified TrafficLog message, length delimited. Does not implicitly {@link ztna.v1.TrafficLog.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.TrafficLog
             * @static
             * @param {ztna.v1.ITrafficLog} message TrafficLog message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrafficLog.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a TrafficLog message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.TrafficLog
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.TrafficLog} TrafficLog
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrafficLog.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.TrafficLog();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.line = r.string();
                            break;
                        }
                    case 2: {
                            m.action = r.string();
                            break;
                        }
                    case 3: {
                            m.policyId = r.uint32();
                            break;
                        }
                    case 4: {
                            m.sessionId = r.uint32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a TrafficLog message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.TrafficLog
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.TrafficLog} TrafficLog
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrafficLog.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a TrafficLog message.
             * @function verify
             * @memberof ztna.v1.TrafficLog
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TrafficLog.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.line != null && Object.hasOwnProperty.call(m, "line")) {
                    if (!$util.isString(m.line))
                        return "line: string expected";
                }
                if (m.action != null && Object.hasOwnProperty.call(m, "action")) {
                    if (!$util.isString(m.action))
                        return "action: string expected";
                }
                if (m.policyId != null && Object.hasOwnProperty.call(m, "policyId")) {
                    if (!$util.isInteger(m.policyId))
                        return "policyId: integer expected";
                }
                if (m.sessionId != null && Object.hasOwnProperty.call(m, "sessionId")) {
                    if (!$util.isInteger(m.sessionId))
                        return "sessionId: integer expected";
                }
                return null;
            };

            /**
             * Creates a TrafficLog message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.TrafficLog
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.TrafficLog} TrafficLog
             */
            TrafficLog.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.TrafficLog)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.TrafficLog: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.TrafficLog();
                if (d.line != null) {
                    m.line = String(d.line);
                }
                if (d.action != null) {
                    m.action = String(d.action);
                }
                if (d.policyId != null) {
                    m.policyId = d.policyId >>> 0;
                }
                if (d.sessionId != null) {
                    m.sessionId = d.sessionId >>> 0;
                }
                return m;
            };

            /**
             * Creates a plain object from a TrafficLog message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.TrafficLog
             * @static
             * @param {ztna.v1.TrafficLog} m TrafficLog
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TrafficLog.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.line = "";
                    d.action = "";
                    d.policyId = 0;
                    d.sessionId = 0;
                }
                if (m.line != null && Object.hasOwnProperty.call(m, "line")) {
                    d.line = m.line;
                }
                if (m.action != null && Object.hasOwnProperty.call(m, "action")) {
                    d.action = m.action;
                }
                if (m.policyId != null && Object.hasOwnProperty.call(m, "policyId")) {
                    d.policyId = m.policyId;
                }
                if (m.sessionId != null && Object.hasOwnProperty.call(m, "sessionId")) {
                    d.sessionId = m.sessionId;
                }
                return d;
            };

            /**
             * Converts this TrafficLog to JSON.
             * @function toJSON
             * @memberof ztna.v1.TrafficLog
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TrafficLog.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for TrafficLog
             * @function getTypeUrl
             * @memberof ztna.v1.TrafficLog
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TrafficLog.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.TrafficLog";
            };

            return TrafficLog;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @memberof ztna.v1
             * @interface IHeartbeat
             * @property {number|null} [emsId] Heartbeat emsId
             * @property {string|null} [emsSerial] Heartbeat emsSerial
             * @property {string|null} [incarnation] Heartbeat incarnation
             * @property {number|null} [seq] Heartbeat seq
             * @property {number|null} [sentAtMs] Heartbeat sentAtMs
             * @property {number|null} [intervalMs] Heartbeat intervalMs
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof ztna.v1
             * @classdesc Represents a Heartbeat.
             * @implements IHeartbeat
             * @constructor
             * @param {ztna.v1.IHeartbeat=} [p] Properties to set
             */
            function Heartbeat(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * Heartbeat emsId.
             * @member {number} emsId
             * @memberof ztna.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.emsId = 0;

            /**
             * Heartbeat emsSerial.
             * @member {string} emsSerial
             * @memberof ztna.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.emsSerial = "";

            /**
             * Heartbeat incarnation.
             * @member {string} incarnation
             * @memberof ztna.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.incarnation = "";

            /**
             * Heartbeat seq.
             * @member {number} seq
             * @memberof ztna.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat sentAtMs.
             * @member {number} sentAtMs
             * @memberof ztna.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat intervalMs.
             * @member {number} intervalMs
             * @memberof ztna.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.intervalMs = 0;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof ztna.v1.Heartbeat
             * @static
             * @param {ztna.v1.IHeartbeat=} [properties] Properties to set
             * @returns {ztna.v1.Heartbeat} Heartbeat instance
             */
            Heartbeat.create = function create(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link ztna.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.Heartbeat
             * @static
             * @param {ztna.v1.IHeartbeat} m Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.emsId != null && Object.hasOwnProperty.call(m, "emsId"))
                    w.uint32(8).uint32(m.emsId);
                if (m.emsSerial != null && Object.hasOwnProperty.call(m, "emsSerial"))
                    w.uint32(18).string(m.emsSerial);
                if (m.incarnation != null && Object.hasOwnProperty.call(m, "incarnation"))
                    w.uint32(26).string(m.incarnation);
                if (m.seq != null && Object.hasOwnProperty.call(m, "seq"))
                    w.uint32(32).uint64(m.seq);
                if (m.sentAtMs != null && Object.hasOwnProperty.call(m, "sentAtMs"))
                    w.uint32(40).uint64(m.sentAtMs);
                if (m.intervalMs != null && Object.hasOwnProperty.call(m, "intervalMs"))
                    w.uint32(48).uint32(m.intervalMs);
                return w;
            };

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link ztna.v1.Heartbeat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.Heartbeat
             * @static
             * @param {ztna.v1.IHeartbeat} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.Heartbeat} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.Heartbeat();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.emsId = r.uint32();
                            break;
                        }
                    case 2: {
                            m.emsSerial = r.string();
                            break;
                        }
                    case 3: {
                            m.incarnation = r.string();
                            break;
                        }
                    case 4: {
                            m.seq = r.uint64();
                            break;
                        }
                    case 5: {
                            m.sentAtMs = r.uint64();
                            break;
                        }
                    case 6: {
                            m.intervalMs = r.uint32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.Heartbeat} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof ztna.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.emsId != null && Object.hasOwnProperty.call(m, "emsId")) {
                    if (!$util.isInteger(m.emsId))
                        return "emsId: integer expected";
                }
                if (m.emsSerial != null && Object.hasOwnProperty.call(m, "emsSerial")) {
                    if (!$util.isString(m.emsSerial))
                        return "emsSerial: string expected";
                }
                if (m.incarnation != null && Object.hasOwnProperty.call(m, "incarnation")) {
                    if (!$util.isString(m.incarnation))
                        return "incarnation: string expected";
                }
                if (m.seq != null && Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                        return "seq: integer|Long expected";
                }
                if (m.sentAtMs != null && Object.hasOwnProperty.call(m, "sentAtMs")) {
                    if (!$util.isInteger(m.sentAtMs) && !(m.sentAtMs && $util.isInteger(m.sentAtMs.low) && $util.isInteger(m.sentAtMs.high)))
                        return "sentAtMs: integer|Long expected";
                }
                if (m.intervalMs != null && Object.hasOwnProperty.call(m, "intervalMs")) {
                    if (!$util.isInteger(m.intervalMs))
                        return "intervalMs: integer expected";
                }
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.Heartbeat)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.Heartbeat: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.Heartbeat();
                if (d.emsId != null) {
                    m.emsId = d.emsId >>> 0;
                }
                if (d.emsSerial != null) {
                    m.emsSerial = String(d.emsSerial);
                }
                if (d.incarnation != null) {
                    m.incarnation = String(d.incarnation);
                }
                if (d.seq != null) {
                    if ($util.Long)
                        m.seq = $util.Long.fromValue(d.seq, true);
                    else if (typeof d.seq === "string")
                        m.seq = parseInt(d.seq, 10);
                    else if (typeof d.seq === "number")
                        m.seq = d.seq;
                    else if (typeof d.seq === "object")
                        m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                }
                if (d.sentAtMs != null) {
                    if ($util.Long)
                        m.sentAtMs = $util.Long.fromValue(d.sentAtMs, true);
                    else if (typeof d.sentAtMs === "string")
                        m.sentAtMs = parseInt(d.sentAtMs, 10);
                    else if (typeof d.sentAtMs === "number")
                        m.sentAtMs = d.sentAtMs;
                    else if (typeof d.sentAtMs === "object")
                        m.sentAtMs = new $util.LongBits(d.sentAtMs.low >>> 0, d.sentAtMs.high >>> 0).toNumber(true);
                }
                if (d.intervalMs != null) {
                    m.intervalMs = d.intervalMs >>> 0;
                }
                return m;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.Heartbeat
             * @static
             * @param {ztna.v1.Heartbeat} m Heartbeat
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.emsId = 0;
                    d.emsSerial = "";
                    d.incarnation = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sentAtMs = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.sentAtMs = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    d.intervalMs = 0;
                }
                if (m.emsId != null && Object.hasOwnProperty.call(m, "emsId")) {
                    d.emsId = m.emsId;
                }
                if (m.emsSerial != null && Object.hasOwnProperty.call(m, "emsSerial")) {
                    d.emsSerial = m.emsSerial;
                }
                if (m.incarnation != null && Object.hasOwnProperty.call(m, "incarnation")) {
                    d.incarnation = m.incarnation;
                }
                if (m.seq != null && Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.seq = typeof m.seq === "number" ? BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === String ? String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === String ? $util.Long.prototype.toString.call(m.seq) : o.longs === Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                if (m.sentAtMs != null && Object.hasOwnProperty.call(m, "sentAtMs")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.sentAtMs = typeof m.sentAtMs === "number" ? BigInt(m.sentAtMs) : $util.Long.fromBits(m.sentAtMs.low >>> 0, m.sentAtMs.high >>> 0, true).toBigInt();
                    else if (typeof m.sentAtMs === "number")
                        d.sentAtMs = o.longs === String ? String(m.sentAtMs) : m.sentAtMs;
                    else
                        d.sentAtMs = o.longs === String ? $util.Long.prototype.toString.call(m.sentAtMs) : o.longs === Number ? new $util.LongBits(m.sentAtMs.low >>> 0, m.sentAtMs.high >>> 0).toNumber(true) : m.sentAtMs;
                }
                if (m.intervalMs != null && Object.hasOwnProperty.call(m, "intervalMs")) {
                    d.intervalMs = m.intervalMs;
                }
                return d;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof ztna.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Heartbeat
             * @function getTypeUrl
             * @memberof ztna.v1.Heartbeat
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Heartbeat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        v1.SnapshotRequest = (function() {

            /**
             * Properties of a SnapshotRequest.
             * @memberof ztna.v1
             * @interface ISnapshotRequest
             * @property {string|null} [gatewayId] SnapshotRequest gatewayId
             * @property {string|null} [snapshotId] SnapshotRequest snapshotId
             * @property {number|null} [page] SnapshotRequest page
             * @property {number|null} [pageSize] SnapshotRequest pageSize
             */

            /**
             * Constructs a new SnapshotRequest.
             * @memberof ztna.v1
             * @classdesc Represents a SnapshotRequest.
             * @implements ISnapshotRequest
             * @constructor
             * @param {ztna.v1.ISnapshotRequest=} [p] Properties to set
             */
            function SnapshotRequest(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * SnapshotRequest gatewayId.
             * @member {string} gatewayId
             * @memberof ztna.v1.SnapshotRequest
             * @instance
             */
            SnapshotRequest.prototype.gatewayId = "";

            /**
             * SnapshotRequest snapshotId.
             * @member {string} snapshotId
             * @memberof ztna.v1.SnapshotRequest
             * @instance
             */
            SnapshotRequest.prototype.snapshotId = "";

            /**
             * SnapshotRequest page.
             * @member {number} page
             * @memberof ztna.v1.SnapshotRequest
             * @instance
             */
            SnapshotRequest.prototype.page = 0;

            /**
             * SnapshotRequest pageSize.
             * @member {number} pageSize
             * @memberof ztna.v1.SnapshotRequest
             * @instance
             */
            SnapshotRequest.prototype.pageSize = 0;

            /**
             * Creates a new SnapshotRequest instance using the specified properties.
             * @function create
             * @memberof ztna.v1.SnapshotRequest
             * @static
             * @param {ztna.v1.ISnapshotRequest=} [properties] Properties to set
             * @returns {ztna.v1.SnapshotRequest} SnapshotRequest instance
             */
            SnapshotRequest.create = function create(properties) {
                return new SnapshotRequest(properties);
            };

            /**
             * Encodes the specified SnapshotRequest message. Does not implicitly {@link ztna.v1.SnapshotRequest.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.SnapshotRequest
             * @static
             * @param {ztna.v1.ISnapshotRequest} m SnapshotRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotRequest.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.gatewayId != null && Object.hasOwnProperty.call(m, "gatewayId"))
                    w.uint32(10).string(m.gatewayId);
                if (m.snapshotId != null && Object.hasOwnProperty.call(m, "snapshotId"))
                    w.uint32(18).string(m.snapshotId);
                if (m.page != null && Object.hasOwnProperty.call(m, "page"))
                    w.uint32(24).uint32(m.page);
                if (m.pageSize != null && Object.hasOwnProperty.call(m, "pageSize"))
                    w.uint32(32).uint32(m.pageSize);
                return w;
            };

            /**
             * Encodes the specified SnapshotRequest message, length delimited. Does not implicitly {@link ztna.v1.SnapshotRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.SnapshotRequest
             * @static
             * @param {ztna.v1.ISnapshotRequest} message SnapshotRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SnapshotRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.SnapshotRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.SnapshotRequest} SnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotRequest.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.SnapshotRequest();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.gatewayId = r.string();
                            break;
                        }
                    case 2: {
                            m.snapshotId = r.string();
                            break;
                        }
                    case 3: {
                            m.page = r.uint32();
                            break;
                        }
                    case 4: {
                            m.pageSize = r.uint32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a SnapshotRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.SnapshotRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.SnapshotRequest} SnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SnapshotRequest message.
             * @function verify
             * @memberof ztna.v1.SnapshotRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotRequest.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.gatewayId != null && Object.hasOwnProperty.call(m, "gatewayId")) {
                    if (!$util.isString(m.gatewayId))
                        return "gatewayId: string expected";
                }
                if (m.snapshotId != null && Object.hasOwnProperty.call(m, "snapshotId")) {
                    if (!$util.isString(m.snapshotId))
                        return "snapshotId: string expected";
                }
                if (m.page != null && Object.hasOwnProperty.call(m, "page")) {
                    if (!$util.isInteger(m.page))
                        return "page: integer expected";
                }
                if (m.pageSize != null && Object.hasOwnProperty.call(m, "pageSize")) {
                    if (!$util.isInteger(m.pageSize))
                        return "pageSize: integer expected";
                }
                return null;
            };

            /**
             * Creates a SnapshotRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.SnapshotRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.SnapshotRequest} SnapshotRequest
             */
            SnapshotRequest.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.SnapshotRequest)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.SnapshotRequest: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.SnapshotRequest();
                if (d.gatewayId != null) {
                    m.gatewayId = String(d.gatewayId);
                }
                if (d.snapshotId != null) {
                    m.snapshotId = String(d.snapshotId);
                }
                if (d.page != null) {
                    m.page = d.page >>> 0;
                }
                if (d.pageSize != null) {
                    m.pageSize = d.pageSize >>> 0;
                }
                return m;
            };

            /**
             * Creates a plain object from a SnapshotRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.SnapshotRequest
             * @static
             * @param {ztna.v1.SnapshotRequest} m SnapshotRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotRequest.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.gatewayId = "";
                    d.snapshotId = "";
                    d.page = 0;
                    d.pageSize = 0;
                }
                if (m.gatewayId != null && Object.hasOwnProperty.call(m, "gatewayId")) {
                    d.gatewayId = m.gatewayId;
                }
                if (m.snapshotId != null && Object.hasOwnProperty.call(m, "snapshotId")) {
                    d.snapshotId = m.snapshotId;
                }
                if (m.page != null && Object.hasOwnProperty.call(m, "page")) {
                    d.page = m.page;
                }
                if (m.pageSize != null && Object.hasOwnProperty.call(m, "pageSize")) {
                    d.pageSize = m.pageSize;
                }
                return d;
            };

            /**
             * Converts this SnapshotRequest to JSON.
             * @function toJSON
             * @memberof ztna.v1.SnapshotRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SnapshotRequest
             * @function getTypeUrl
             * @memberof ztna.v1.SnapshotRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SnapshotRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.SnapshotRequest";
            };

            return SnapshotRequest;
        })();

        v1.Snapshot = (function() {

            /**
             * Properties of a Snapshot.
             * @memberof ztna.v1
             * @interface ISnapshot
             * @property {number|null} [emsId] Snapshot emsId
             * @property {string|null} [emsSerial] Snapshot emsSerial
             * @property {string|null} [incarnation] Snapshot incarnation
             * @property {number|null} [seq] Snapshot seq
             * @property {number|null} [takenAtMs] Snapshot takenAtMs
             * @property {Array.<ztna.v1.IEndpoint>|null} [endpoints] Snapshot endpoints
             * @property {string|null} [tenant] Snapshot tenant
             * @property {string|null} [snapshotId] Snapshot snapshotId
             * @property {number|null} [page] Snapshot page
             * @property {boolean|null} [more] Snapshot more
             * @property {number|null} [totalEndpoints] Snapshot totalEndpoints
             * @property {string|null} [error] Snapshot error
             */

            /**
             * Constructs a new Snapshot.
             * @memberof ztna.v1
             * @classdesc Represents a Snapshot.
             * @implements ISnapshot
             * @constructor
             * @param {ztna.v1.ISnapshot=} [p] Properties to set
             */
            function Snapshot(p) {
                this.endpoints = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * Snapshot emsId.
             * @member {number} emsId
             * @memberof ztna.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.emsId = 0;

            /**
             * Snapshot emsSerial.
             * @member {string} emsSerial
             * @memberof ztna.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.emsSerial = "";

            /**
             * Snapshot incarnation.
             * @member {string} incarnation
             * @memberof ztna.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.incarnation = "";

            /**
             * Snapshot seq.
             * @member {number} seq
             * @memberof ztna.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Snapshot takenAtMs.
             * @member {number} takenAtMs
             * @memberof ztna.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.takenAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Snapshot endpoints.
             * @member {Array.<ztna.v1.IEndpoint>} endpoints
             * @memberof ztna.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.endpoints = $util.emptyArray;

            /**
             * Snapshot tenant.
             * @member {string} tenant
             * @memberof ztna.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.tenant = "";

            /**
             * Snapshot snapshotId.
             * @member {string} snapshotId
             * @memberof ztna.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.snapshotId = "";

            /**
             * Snapshot page.
             * @member {number} page
             * @memberof ztna.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.page = 0;

            /**
             * Snapshot more.
             * @member {boolean} more
             * @memberof ztna.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.more = false;

            /**
             * Snapshot totalEndpoints.
             * @member {number} totalEndpoints
             * @memberof ztna.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.totalEndpoints = 0;

            /**
             * Snapshot error.
             * @member {string} error
             * @memberof ztna.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.error = "";

            /**
             * Creates a new Snapshot instance using the specified properties.
             * @function create
             * @memberof ztna.v1.Snapshot
             * @static
             * @param {ztna.v1.ISnapshot=} [properties] Properties to set
             * @returns {ztna.v1.Snapshot} Snapshot instance
             */
            Snapshot.create = function create(properties) {
                return new Snapshot(properties);
            };

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link ztna.v1.Snapshot.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.Snapshot
             * @static
             * @param {ztna.v1.ISnapshot} m Snapshot message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Snapshot.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.emsId != null && Object.hasOwnProperty.call(m, "emsId"))
                    w.uint32(8).uint32(m.emsId);
                if (m.emsSerial != null && Object.hasOwnProperty.call(m, "emsSerial"))
                    w.uint32(18).string(m.emsSerial);
                if (m.incarnation != null && Object.hasOwnProperty.call(m, "incarnation"))
                    w.uint32(26).string(m.incarnation);
                if (m.seq != null && Object.hasOwnProperty.call(m, "seq"))
                    w.uint32(32).uint64(m.seq);
                if (m.takenAtMs != null && Object.hasOwnProperty.call(m, "takenAtMs"))
                    w.uint32(40).uint64(m.takenAtMs);
                if (m.endpoints != null && m.endpoints.length) {
                    for (var i = 0; i < m.endpoints.length; ++i)
                        $root.ztna.v1.Endpoint.encode(m.endpoints[i], w.uint32(50).fork(), q + 1).ldelim();
                }
                if (m.tenant != null && Object.hasOwnProperty.call(m, "tenant"))
                    w.uint32(58).string(m.tenant);
                if (m.snapshotId != null && Object.hasOwnProperty.call(m, "snapshotId"))
                    w.uint32(66).string(m.snapshotId);
                if (m.page != null && Object.hasOwnProperty.call(m, "page"))
                    w.uint32(72).uint32(m.page);
                if (m.more != null && Object.hasOwnProperty.call(m, "more"))
                    w.uint32(80).bool(m.more);
                if (m.totalEndpoints != null && Object.hasOwnProperty.call(m, "totalEndpoints"))
                    w.uint32(88).uint32(m.totalEndpoints);
                if (m.error != null && Object.hasOwnProperty.call(m, "error"))
                    w.uint32(98).string(m.error);
                return w;
            };

            /**
             * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link ztna.v1.Snapshot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.Snapshot
             * @static
             * @param {ztna.v1.ISnapshot} message Snapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Snapshot.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.Snapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.Snapshot} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Snapshot.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.Snapshot();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.emsId = r.uint32();
                            break;
                        }
                    case 2: {
                            m.emsSerial = r.string();
                            break;
                        }
                    case 3: {
                            m.incarnation = r.string();
                            break;
                        }
                    case 4: {
                            m.seq = r.uint64();
                            break;
                        }
                    case 5: {
                            m.takenAtMs = r.uint64();
                            break;
                        }
                    case 6: {
                            if (!(m.endpoints && m.endpoints.length))
                                m.endpoints = [];
                            m.endpoints.push($root.ztna.v1.Endpoint.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 7: {
                            m.tenant = r.string();
                            break;
                        }
                    case 8: {
                            m.snapshotId = r.string();
                            break;
                        }
                    case 9: {
                            m.page = r.uint32();
                            break;
                        }
                    case 10: {
                            m.more = r.bool();
                            break;
                        }
                    case 11: {
                            m.totalEndpoints = r.uint32();
                            break;
                        }
                    case 12: {
                            m.error = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a Snapshot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.Snapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.Snapshot} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Snapshot.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Snapshot message.
             * @function verify
             * @memberof ztna.v1.Snapshot
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Snapshot.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.emsId != null && Object.hasOwnProperty.call(m, "emsId")) {
                    if (!$util.isInteger(m.emsId))
                        return "emsId: integer expected";
                }
                if (m.emsSerial != null && Object.hasOwnProperty.call(m, "emsSerial")) {
                    if (!$util.isString(m.emsSerial))
                        return "emsSerial: string expected";
                }
                if (m.incarnation != null && Object.hasOwnProperty.call(m, "incarnation")) {
                    if (!$util.isString(m.incarnation))
                        return "incarnation: string expected";
                }
                if (m.seq != null && Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                        return "seq: integer|Long expected";
                }
                if (m.takenAtMs != null && Object.hasOwnProperty.call(m, "takenAtMs")) {
                    if (!$util.isInteger(m.takenAtMs) && !(m.takenAtMs && $util.isInteger(m.takenAtMs.low) && $util.isInteger(m.takenAtMs.high)))
                        return "takenAtMs: integer|Long expected";
                }
                if (m.endpoints != null && Object.hasOwnProperty.call(m, "endpoints")) {
                    if (!Array.isArray(m.endpoints))
                        return "endpoints: array expected";
                    for (var i = 0; i < m.endpoints.length; ++i) {
                        {
                            var e = $root.ztna.v1.Endpoint.verify(m.endpoints[i], n + 1);
                            if (e)
                                return "endpoints." + e;
                        }
                    }
                }
                if (m.tenant != null && Object.hasOwnProperty.call(m, "tenant")) {
                    if (!$util.isString(m.tenant))
                        return "tenant: string expected";
                }
                if (m.snapshotId != null && Object.hasOwnProperty.call(m, "snapshotId")) {
                    if (!$util.isString(m.snapshotId))
                        return "snapshotId: string expected";
                }
                if (m.page != null && Object.hasOwnProperty.call(m, "page")) {
                    if (!$util.isInteger(m.page))
                        return "page: integer expected";
                }
                if (m.more != null && Object.hasOwnProperty.call(m, "more")) {
                    if (typeof m.more !== "boolean")
                        return "more: boolean expected";
                }
                if (m.totalEndpoints != null && Object.hasOwnProperty.call(m, "totalEndpoints")) {
                    if (!$util.isInteger(m.totalEndpoints))
                        return "totalEndpoints: integer expected";
                }
                if (m.error != null && Object.hasOwnProperty.call(m, "error")) {
                    if (!$util.isString(m.error))
                        return "error: string expected";
                }
                return null;
            };

            /**
             * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.Snapshot
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.Snapshot} Snapshot
             */
            Snapshot.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.Snapshot)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.Snapshot: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.Snapshot();
                if (d.emsId != null) {
                    m.emsId = d.emsId >>> 0;
                }
                if (d.emsSerial != null) {
                    m.emsSerial = String(d.emsSerial);
                }
                if (d.incarnation != null) {
                    m.incarnation = String(d.incarnation);
                }
                if (d.seq != null) {
                    if ($util.Long)
                        m.seq = $util.Long.fromValue(d.seq, true);
                    else if (typeof d.seq === "string")
                        m.seq = parseInt(d.seq, 10);
                    else if (typeof d.seq === "number")
                        m.seq = d.seq;
                    else if (typeof d.seq === "object")
                        m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                }
                if (d.takenAtMs != null) {
                    if ($util.Long)
                        m.takenAtMs = $util.Long.fromValue(d.takenAtMs, true);
                    else if (typeof d.takenAtMs === "string")
                        m.takenAtMs = parseInt(d.takenAtMs, 10);
                    else if (typeof d.takenAtMs === "number")
                        m.takenAtMs = d.takenAtMs;
                    else if (typeof d.takenAtMs === "object")
                        m.takenAtMs = new $util.LongBits(d.takenAtMs.low >>> 0, d.takenAtMs.high >>> 0).toNumber(true);
                }
                if (d.endpoints) {
                    if (!Array.isArray(d.endpoints))
                        throw TypeError(".ztna.v1.Snapshot.endpoints: array expected");
                    m.endpoints = [];
                    for (var i = 0; i < d.endpoints.length; ++i) {
                        if (!$util.isObject(d.endpoints[i]))
                            throw TypeError(".ztna.v1.Snapshot.endpoints: object expected");
                        m.endpoints[i] = $root.ztna.v1.Endpoint.fromObject(d.endpoints[i], n + 1);
                    }
                }
                if (d.tenant != null) {
                    m.tenant = String(d.tenant);
                }
                if (d.snapshotId != null) {
                    m.snapshotId = String(d.snapshotId);
                }
                if (d.page != null) {
                    m.page = d.page >>> 0;
                }
                if (d.more != null) {
                    m.more = Boolean(d.more);
                }
                if (d.totalEndpoints != null) {
                    m.totalEndpoints = d.totalEndpoints >>> 0;
                }
                if (d.error != null) {
                    m.error = String(d.error);
                }
                return m;
            };

            /**
             * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.Snapshot
             * @static
             * @param {ztna.v1.Snapshot} m Snapshot
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Snapshot.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.endpoints = [];
                }
                if (o.defaults) {
                    d.emsId = 0;
                    d.emsSerial = "";
                    d.incarnation = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.takenAtMs = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.takenAtMs = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    d.tenant = "";
                    d.snapshotId = "";
                    d.page = 0;
                    d.more = false;
                    d.totalEndpoints = 0;
                    d.error = "";
                }
                if (m.emsId != null && Object.hasOwnProperty.call(m, "emsId")) {
                    d.emsId = m.emsId;
                }
                if (m.emsSerial != null && Object.hasOwnProperty.call(m, "emsSerial")) {
                    d.emsSerial = m.emsSerial;
                }
                if (m.incarnation != null && Object.hasOwnProperty.call(m, "incarnation")) {
                    d.incarnation = m.incarnation;
                }
                if (m.seq != null && Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.seq = typeof m.seq === "number" ? BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === String ? String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === String ? $util.Long.prototype.toString.call(m.seq) : o.longs === Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                if (m.takenAtMs != null && Object.hasOwnProperty.call(m, "takenAtMs")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.takenAtMs = typeof m.takenAtMs === "number" ? BigInt(m.takenAtMs) : $util.Long.fromBits(m.takenAtMs.low >>> 0, m.takenAtMs.high >>> 0, true).toBigInt();
                    else if (typeof m.takenAtMs === "number")
                        d.takenAtMs = o.longs === String ? String(m.takenAtMs) : m.takenAtMs;
                    else
                        d.takenAtMs = o.longs === String ? $util.Long.prototype.toString.call(m.takenAtMs) : o.longs === Number ? new $util.LongBits(m.takenAtMs.low >>> 0, m.takenAtMs.high >>> 0).toNumber(true) : m.takenAtMs;
                }
                if (m.endpoints && m.endpoints.length) {
                    d.endpoints = [];
                    for (var j = 0; j < m.endpoints.length; ++j) {
                        d.endpoints[j] = $root.ztna.v1.Endpoint.toObject(m.endpoints[j], o, q + 1);
                    }
                }
                if (m.tenant != null && Object.hasOwnProperty.call(m, "tenant")) {
                    d.tenant = m.tenant;
                }
                if (m.snapshotId != null && Object.hasOwnProperty.call(m, "snapshotId")) {
                    d.snapshotId = m.snapshotId;
                }
                if (m.page != null && Object.hasOwnProperty.call(m, "page")) {
                    d.page = m.page;
                }
                if (m.more != null && Object.hasOwnProperty.call(m, "more")) {
                    d.more = m.more;
                }
                if (m.totalEndpoints != null && Object.hasOwnProperty.call(m, "totalEndpoints")) {
                    d.totalEndpoints = m.totalEndpoints;
                }
                if (m.error != null && Object.hasOwnProperty.call(m, "error")) {
                    d.error = m.error;
                }
                return d;
            };

            /**
             * Converts this Snapshot to JSON.
             * @function toJSON
             * @memberof ztna.v1.Snapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Snapshot.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Snapshot
             * @function getTypeUrl
             * @memberof ztna.v1.Snapshot
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Snapshot.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.Snapshot";
            };

            return Snapshot;
        })();

        /**
         * IpProto enum.
         * @name ztna.v1.IpProto
         * @enum {number}
         * @property {number} IP_PROTO_UNSPECIFIED=0 IP_PROTO_UNSPECIFIED value
         * @property {number} IP_PROTO_ICMP=1 IP_PROTO_ICMP value
         * @property {number} IP_PROTO_TCP=6 IP_PROTO_TCP value
         * @property {number} IP_PROTO_UDP=17 IP_PROTO_UDP value
         */
        v1.IpProto = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "IP_PROTO_UNSPECIFIED"] = 0;
            values[valuesById[1] = "IP_PROTO_ICMP"] = 1;
            values[valuesById[6] = "IP_PROTO_TCP"] = 6;
            values[valuesById[17] = "IP_PROTO_UDP"] = 17;
            return values;
        })();

        /**
         * Action enum.
         * @name ztna.v1.Action
         * @enum {number}
         * @property {number} ACTION_UNSPECIFIED=0 ACTION_UNSPECIFIED value
         * @property {number} ACTION_ACCEPT=1 ACTION_ACCEPT value
         * @property {number} ACTION_DENY=2 ACTION_DENY value
         */
        v1.Action = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "ACTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ACTION_ACCEPT"] = 1;
            values[valuesById[2] = "ACTION_DENY"] = 2;
            return values;
        })();

        v1.Packet = (function() {

            /**
             * Properties of a Packet.
             * @memberof ztna.v1
             * @interface IPacket
             * @property {ztna.v1.IpProto|null} [proto] Packet proto
             * @property {string|null} [src] Packet src
             * @property {number|null} [sport] Packet sport
             * @property {string|null} [dst] Packet dst
             * @property {number|null} [dport] Packet dport
             * @property {string|null} [srcintf] Packet srcintf
             * @property {number|null} [flags] Packet flags
             * @property {number|null} [bytes] Packet bytes
             * @property {string|null} [srcMac] Packet srcMac
             */

            /**
             * Constructs a new Packet.
             * @memberof ztna.v1
             * @classdesc Represents a Packet.
             * @implements IPacket
             * @constructor
             * @param {ztna.v1.IPacket=} [p] Properties to set
             */
            function Packet(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * Packet proto.
             * @member {ztna.v1.IpProto} proto
             * @memberof ztna.v1.Packet
             * @instance
             */
            Packet.prototype.proto = 0;

            /**
             * Packet src.
             * @member {string} src
             * @memberof ztna.v1.Packet
             * @instance
             */
            Packet.prototype.src = "";

            /**
             * Packet sport.
             * @member {number} sport
             * @memberof ztna.v1.Packet
             * @instance
             */
            Packet.prototype.sport = 0;

            /**
             * Packet dst.
             * @member {string} dst
             * @memberof ztna.v1.Packet
             * @instance
             */
            Packet.prototype.dst = "";

            /**
             * Packet dport.
             * @member {number} dport
             * @memberof ztna.v1.Packet
             * @instance
             */
            Packet.prototype.dport = 0;

            /**
             * Packet srcintf.
             * @member {string} srcintf
             * @memberof ztna.v1.Packet
             * @instance
             */
            Packet.prototype.srcintf = "";

            /**
             * Packet flags.
             * @member {number} flags
             * @memberof ztna.v1.Packet
             * @instance
             */
            Packet.prototype.flags = 0;

            /**
             * Packet bytes.
             * @member {number} bytes
             * @memberof ztna.v1.Packet
             * @instance
             */
            Packet.prototype.bytes = 0;

            /**
             * Packet srcMac.
             * @member {string} srcMac
             * @memberof ztna.v1.Packet
             * @instance
             */
            Packet.prototype.srcMac = "";

            /**
             * Creates a new Packet instance using the specified properties.
             * @function create
             * @memberof ztna.v1.Packet
             * @static
             * @param {ztna.v1.IPacket=} [properties] Properties to set
             * @returns {ztna.v1.Packet} Packet instance
             */
            Packet.create = function create(properties) {
                return new Packet(properties);
            };

            /**
             * Encodes the specified Packet message. Does not implicitly {@link ztna.v1.Packet.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.Packet
             * @static
             * @param {ztna.v1.IPacket} m Packet message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Packet.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.proto != null && Object.hasOwnProperty.call(m, "proto"))
                    w.uint32(8).int32(m.proto);
                if (m.src != null && Object.hasOwnProperty.call(m, "src"))
                    w.uint32(18).string(m.src);
                if (m.sport != null && Object.hasOwnProperty.call(m, "sport"))
                    w.uint32(24).uint32(m.sport);
                if (m.dst != null && Object.hasOwnProperty.call(m, "dst"))
                    w.uint32(34).string(m.dst);
                if (m.dport != null && Object.hasOwnProperty.call(m, "dport"))
                    w.uint32(40).uint32(m.dport);
                if (m.srcintf != null && Object.hasOwnProperty.call(m, "srcintf"))
                    w.uint32(50).string(m.srcintf);
                if (m.flags != null && Object.hasOwnProperty.call(m, "flags"))
                    w.uint32(56).uint32(m.flags);
                if (m.bytes != null && Object.hasOwnProperty.call(m, "bytes"))
                    w.uint32(64).uint32(m.bytes);
                if (m.srcMac != null && Object.hasOwnProperty.call(m, "srcMac"))
                    w.uint32(74).string(m.srcMac);
                return w;
            };

            /**
             * Encodes the specified Packet message, length delimited. Does not implicitly {@link ztna.v1.Packet.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.Packet
             * @static
             * @param {ztna.v1.IPacket} message Packet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Packet.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Packet message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.Packet
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.Packet} Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Packet.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.Packet();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.proto = r.int32();
                            break;
                        }
                    case 2: {
                            m.src = r.string();
                            break;
                        }
                    case 3: {
                            m.sport = r.uint32();
                            break;
                        }
                    case 4: {
                            m.dst = r.string();
                            break;
                        }
                    case 5: {
                            m.dport = r.uint32();
                            break;
                        }
                    case 6: {
                            m.srcintf = r.string();
                            break;
                        }
                    case 7: {
                            m.flags = r.uint32();
                            break;
                        }
                    case 8: {
                            m.bytes = r.uint32();
                            break;
                        }
                    case 9: {
                            m.srcMac = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a Packet message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.Packet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.Packet} Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Packet.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Packet message.
             * @function verify
             * @memberof ztna.v1.Packet
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Packet.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.proto != null && Object.hasOwnProperty.call(m, "proto")) {
                    switch (m.proto) {
                    default:
                        return "proto: enum value expected";
                    case 0:
                    case 1:
                    case 6:
                    case 17:
                        break;
                    }
                }
                if (m.src != null && Object.hasOwnProperty.call(m, "src")) {
                    if (!$util.isString(m.src))
                        return "src: string expected";
                }
                if (m.sport != null && Object.hasOwnProperty.call(m, "sport")) {
                    if (!$util.isInteger(m.sport))
                        return "sport: integer expected";
                }
                if (m.dst != null && Object.hasOwnProperty.call(m, "dst")) {
                    if (!$util.isString(m.dst))
                        return "dst: string expected";
                }
                if (m.dport != null && Object.hasOwnProperty.call(m, "dport")) {
                    if (!$util.isInteger(m.dport))
                        return "dport: integer expected";
                }
                if (m.srcintf != null && Object.hasOwnProperty.call(m, "srcintf")) {
                    if (!$util.isString(m.srcintf))
                        return "srcintf: string expected";
                }
                if (m.flags != null && Object.hasOwnProperty.call(m, "flags")) {
                    if (!$util.isInteger(m.flags))
                        return "flags: integer expected";
                }
                if (m.bytes != null && Object.hasOwnProperty.call(m, "bytes")) {
                    if (!$util.isInteger(m.bytes))
                        return "bytes: integer expected";
                }
                if (m.srcMac != null && Object.hasOwnProperty.call(m, "srcMac")) {
                    if (!$util.isString(m.srcMac))
                        return "srcMac: string expected";
                }
                return null;
            };

            /**
             * Creates a Packet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.Packet
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.Packet} Packet
             */
            Packet.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.Packet)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.Packet: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.Packet();
                switch (d.proto) {
                default:
                    if (typeof d.proto === "number") {
                        m.proto = d.proto;
                        break;
                    }
                    break;
                case "IP_PROTO_UNSPECIFIED":
                case 0:
                    m.proto = 0;
                    break;
                case "IP_PROTO_ICMP":
                case 1:
                    m.proto = 1;
                    break;
                case "IP_PROTO_TCP":
                case 6:
                    m.proto = 6;
                    break;
                case "IP_PROTO_UDP":
                case 17:
                    m.proto = 17;
                    break;
                }
                if (d.src != null) {
                    m.src = String(d.src);
                }
                if (d.sport != null) {
                    m.sport = d.sport >>> 0;
                }
                if (d.dst != null) {
                    m.dst = String(d.dst);
                }
                if (d.dport != null) {
                    m.dport = d.dport >>> 0;
                }
                if (d.srcintf != null) {
                    m.srcintf = String(d.srcintf);
                }
                if (d.flags != null) {
                    m.flags = d.flags >>> 0;
                }
                if (d.bytes != null) {
                    m.bytes = d.bytes >>> 0;
                }
                if (d.srcMac != null) {
                    m.srcMac = String(d.srcMac);
                }
                return m;
            };

            /**
             * Creates a plain object from a Packet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.Packet
             * @static
             * @param {ztna.v1.Packet} m Packet
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Packet.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.proto = o.enums === String ? "IP_PROTO_UNSPECIFIED" : 0;
                    d.src = "";
                    d.sport = 0;
                    d.dst = "";
                    d.dport = 0;
                    d.srcintf = "";
                    d.flags = 0;
                    d.bytes = 0;
                    d.srcMac = "";
                }
                if (m.proto != null && Object.hasOwnProperty.call(m, "proto")) {
                    d.proto = o.enums === String ? $root.ztna.v1.IpProto[m.proto] === undefined ? m.proto : $root.ztna.v1.IpProto[m.proto] : m.proto;
                }
                if (m.src != null && Object.hasOwnProperty.call(m, "src")) {
                    d.src = m.src;
                }
                if (m.sport != null && Object.hasOwnProperty.call(m, "sport")) {
                    d.sport = m.sport;
                }
                if (m.dst != null && Object.hasOwnProperty.call(m, "dst")) {
                    d.dst = m.dst;
                }
                if (m.dport != null && Object.hasOwnProperty.call(m, "dport")) {
                    d.dport = m.dport;
                }
                if (m.srcintf != null && Object.hasOwnProperty.call(m, "srcintf")) {
                    d.srcintf = m.srcintf;
                }
                if (m.flags != null && Object.hasOwnProperty.call(m, "flags")) {
                    d.flags = m.flags;
                }
                if (m.bytes != null && Object.hasOwnProperty.call(m, "bytes")) {
                    d.bytes = m.bytes;
                }
                if (m.srcMac != null && Object.hasOwnProperty.call(m, "srcMac")) {
                    d.srcMac = m.srcMac;
                }
                return d;
            };

            /**
             * Converts this Packet to JSON.
             * @function toJSON
             * @memberof ztna.v1.Packet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Packet.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Packet
             * @function getTypeUrl
             * @memberof ztna.v1.Packet
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Packet.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.Packet";
            };

            return Packet;
        })();

        v1.PacketBatch = (function() {

            /**
             * Properties of a PacketBatch.
             * @memberof ztna.v1
             * @interface IPacketBatch
             * @property {Array.<ztna.v1.IPacket>|null} [packets] PacketBatch packets
             */

            /**
             * Constructs a new PacketBatch.
             * @memberof ztna.v1
             * @classdesc Represents a PacketBatch.
             * @implements IPacketBatch
             * @constructor
             * @param {ztna.v1.IPacketBatch=} [p] Properties to set
             */
            function PacketBatch(p) {
                this.packets = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * PacketBatch packets.
             * @member {Array.<ztna.v1.IPacket>} packets
             * @memberof ztna.v1.PacketBatch
             * @instance
             */
            PacketBatch.prototype.packets = $util.emptyArray;

            /**
             * Creates a new PacketBatch instance using the specified properties.
             * @function create
             * @memberof ztna.v1.PacketBatch
             * @static
             * @param {ztna.v1.IPacketBatch=} [properties] Properties to set
             * @returns {ztna.v1.PacketBatch} PacketBatch instance
             */
            PacketBatch.create = function create(properties) {
                return new PacketBatch(properties);
            };

            /**
             * Encodes the specified PacketBatch message. Does not implicitly {@link ztna.v1.PacketBatch.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.PacketBatch
             * @static
             * @param {ztna.v1.IPacketBatch} m PacketBatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PacketBatch.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.packets != null && m.packets.length) {
                    for (var i = 0; i < m.packets.length; ++i)
                        $root.ztna.v1.Packet.encode(m.packets[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                return w;
            };

            /**
             * Encodes the specified PacketBatch message, length delimited. Does not implicitly {@link ztna.v1.PacketBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.PacketBatch
             * @static
             * @param {ztna.v1.IPacketBatch} message PacketBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PacketBatch.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a PacketBatch message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.PacketBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.PacketBatch} PacketBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PacketBatch.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.PacketBatch();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.packets && m.packets.length))
                                m.packets = [];
                            m.packets.push($root.ztna.v1.Packet.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a PacketBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.PacketBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.PacketBatch} PacketBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PacketBatch.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a PacketBatch message.
             * @function verify
             * @memberof ztna.v1.PacketBatch
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PacketBatch.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.packets != null && Object.hasOwnProperty.call(m, "packets")) {
                    if (!Array.isArray(m.packets))
                        return "packets: array expected";
                    for (var i = 0; i < m.packets.length; ++i) {
                        {
                            var e = $root.ztna.v1.Packet.verify(m.packets[i], n + 1);
                            if (e)
                                return "packets." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a PacketBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.PacketBatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.PacketBatch} PacketBatch
             */
            PacketBatch.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.PacketBatch)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.PacketBatch: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.PacketBatch();
                if (d.packets) {
                    if (!Array.isArray(d.packets))
                        throw TypeError(".ztna.v1.PacketBatch.packets: array expected");
                    m.packets = [];
                    for (var i = 0; i < d.packets.length; ++i) {
                        if (!$util.isObject(d.packets[i]))
                            throw TypeError(".ztna.v1.PacketBatch.packets: object expected");
                        m.packets[i] = $root.ztna.v1.Packet.fromObject(d.packets[i], n + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PacketBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.PacketBatch
             * @static
             * @param {ztna.v1.PacketBatch} m PacketBatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PacketBatch.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.packets = [];
                }
                if (m.packets && m.packets.length) {
                    d.packets = [];
                    for (var j = 0; j < m.packets.length; ++j) {
                        d.packets[j] = $root.ztna.v1.Packet.toObject(m.packets[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this PacketBatch to JSON.
             * @function toJSON
             * @memberof ztna.v1.PacketBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PacketBatch.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for PacketBatch
             * @function getTypeUrl
             * @memberof ztna.v1.PacketBatch
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PacketBatch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.PacketBatch";
            };

            return PacketBatch;
        })();

        v1.Verdict = (function() {

            /**
             * Properties of a Verdict.
             * @memberof ztna.v1
             * @interface IVerdict
             * @property {ztna.v1.Action|null} [action] Verdict action
             * @property {number|null} [session] Verdict session
             * @property {number|null} [policyId] Verdict policyId
             * @property {string|null} [reason] Verdict reason
             */

            /**
             * Constructs a new Verdict.
             * @memberof ztna.v1
             * @classdesc Represents a Verdict.
             * @implements IVerdict
             * @constructor
             * @param {ztna.v1.IVerdict=} [p] Properties to set
             */
            function Verdict(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * Verdict action.
             * @member {ztna.v1.Action} action
             * @memberof ztna.v1.Verdict
             * @instance
             */
            Verdict.prototype.action = 0;

            /**
             * Verdict session.
             * @member {number} session
             * @memberof ztna.v1.Verdict
             * @instance
             */
            Verdict.prototype.session = 0;

            /**
             * Verdict policyId.
             * @member {number} policyId
             * @memberof ztna.v1.Verdict
             * @instance
             */
            Verdict.prototype.policyId = 0;

            /**
             * Verdict reason.
             * @member {string} reason
             * @memberof ztna.v1.Verdict
             * @instance
             */
            Verdict.prototype.reason = "";

            /**
             * Creates a new Verdict instance using the specified properties.
             * @function create
             * @memberof ztna.v1.Verdict
             * @static
             * @param {ztna.v1.IVerdict=} [properties] Properties to set
             * @returns {ztna.v1.Verdict} Verdict instance
             */
            Verdict.create = function create(properties) {
                return new Verdict(properties);
            };

            /**
             * Encodes the specified Verdict message. Does not implicitly {@link ztna.v1.Verdict.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.Verdict
             * @static
             * @param {ztna.v1.IVerdict} m Verdict message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Verdict.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.action != null && Object.hasOwnProperty.call(m, "action"))
                    w.uint32(8).int32(m.action);
                if (m.session != null && Object.hasOwnProperty.call(m, "session"))
                    w.uint32(16).uint32(m.session);
                if (m.policyId != null && Object.hasOwnProperty.call(m, "policyId"))
                    w.uint32(24).uint32(m.policyId);
                if (m.reason != null && Object.hasOwnProperty.call(m, "reason"))
                    w.uint32(34).string(m.reason);
                return w;
            };

            /**
             * Encodes the specified Verdict message, length delimited. Does not implicitly {@link ztna.v1.Verdict.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.Verdict
             * @static
             * @param {ztna.v1.IVerdict} message Verdict message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Verdict.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Verdict message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.Verdict
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.Verdict} Verdict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Verdict.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.Verdict();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.action = r.int32();
                            break;
                        }
                    case 2: {
                            m.session = r.uint32();
                            break;
                        }
                    case 3: {
                            m.policyId = r.uint32();
                            break;
                        }
                    case 4: {
                            m.reason = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a Verdict message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.Verdict
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.Verdict} Verdict
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Verdict.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Verdict message.
             * @function verify
             * @memberof ztna.v1.Verdict
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Verdict.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.action != null && Object.hasOwnProperty.call(m, "action")) {
                    switch (m.action) {
                    default:
                        return "action: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                }
                if (m.session != null && Object.hasOwnProperty.call(m, "session")) {
                    if (!$util.isInteger(m.session))
                        return "session: integer expected";
                }
                if (m.policyId != null && Object.hasOwnProperty.call(m, "policyId")) {
                    if (!$util.isInteger(m.policyId))
                        return "policyId: integer expected";
                }
                if (m.reason != null && Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                return null;
            };

            /**
             * Creates a Verdict message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.Verdict
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.Verdict} Verdict
             */
            Verdict.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.Verdict)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.Verdict: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.Verdict();
                switch (d.action) {
                default:
                    if (typeof d.action === "number") {
                        m.action = d.action;
                        break;
                    }
                    break;
                case "ACTION_UNSPECIFIED":
                case 0:
                    m.action = 0;
                    break;
                case "ACTION_ACCEPT":
                case 1:
                    m.action = 1;
                    break;
                case "ACTION_DENY":
                case 2:
                    m.action = 2;
                    break;
                }
                if (d.session != null) {
                    m.session = d.session >>> 0;
                }
                if (d.policyId != null) {
                    m.policyId = d.policyId >>> 0;
                }
                if (d.reason != null) {
                    m.reason = String(d.reason);
                }
                return m;
            };

            /**
             * Creates a plain object from a Verdict message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.Verdict
             * @static
             * @param {ztna.v1.Verdict} m Verdict
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Verdict.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.action = o.enums === String ? "ACTION_UNSPECIFIED" : 0;
                    d.session = 0;
                    d.policyId = 0;
                    d.reason = "";
                }
                if (m.action != null && Object.hasOwnProperty.call(m, "action")) {
                    d.action = o.enums === String ? $root.ztna.v1.Action[m.action] === undefined ? m.action : $root.ztna.v1.Action[m.action] : m.action;
                }
                if (m.session != null && Object.hasOwnProperty.call(m, "session")) {
                    d.session = m.session;
                }
                if (m.policyId != null && Object.hasOwnProperty.call(m, "policyId")) {
                    d.policyId = m.policyId;
                }
                if (m.reason != null && Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this Verdict to JSON.
             * @function toJSON
             * @memberof ztna.v1.Verdict
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Verdict.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Verdict
             * @function getTypeUrl
             * @memberof ztna.v1.Verdict
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Verdict.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.Verdict";
            };

            return Verdict;
        })();

        v1.VerdictBatch = (function() {

            /**
             * Properties of a VerdictBatch.
             * @memberof ztna.v1
             * @interface IVerdictBatch
             * @property {Array.<ztna.v1.IVerdict>|null} [verdicts] VerdictBatch verdicts
             * @property {string|null} [error] VerdictBatch error
             */

            /**
             * Constructs a new VerdictBatch.
             * @memberof ztna.v1
             * @classdesc Represents a VerdictBatch.
             * @implements IVerdictBatch
             * @constructor
             * @param {ztna.v1.IVerdictBatch=} [p] Properties to set
             */
            function VerdictBatch(p) {
                this.verdicts = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * VerdictBatch verdicts.
             * @member {Array.<ztna.v1.IVerdict>} verdicts
             * @memberof ztna.v1.VerdictBatch
             * @instance
             */
            VerdictBatch.prototype.verdicts = $util.emptyArray;

            /**
             * VerdictBatch error.
             * @member {string} error
             * @memberof ztna.v1.VerdictBatch
             * @instance
             */
            VerdictBatch.prototype.error = "";

            /**
             * Creates a new VerdictBatch instance using the specified properties.
             * @function create
             * @memberof ztna.v1.VerdictBatch
             * @static
             * @param {ztna.v1.IVerdictBatch=} [properties] Properties to set
             * @returns {ztna.v1.VerdictBatch} VerdictBatch instance
             */
            VerdictBatch.create = function create(properties) {
                return new VerdictBatch(properties);
            };

            /**
             * Encodes the specified VerdictBatch message. Does not implicitly {@link ztna.v1.VerdictBatch.verify|verify} messages.
             * @function encode
             * @memberof ztna.v1.VerdictBatch
             * @static
             * @param {ztna.v1.IVerdictBatch} m VerdictBatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VerdictBatch.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.verdicts != null && m.verdicts.length) {
                    for (var i = 0; i < m.verdicts.length; ++i)
                        $root.ztna.v1.Verdict.encode(m.verdicts[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.error != null && Object.hasOwnProperty.call(m, "error"))
                    w.uint32(18).string(m.error);
                return w;
            };

            /**
             * Encodes the specified VerdictBatch message, length delimited. Does not implicitly {@link ztna.v1.VerdictBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ztna.v1.VerdictBatch
             * @static
             * @param {ztna.v1.IVerdictBatch} message VerdictBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VerdictBatch.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a VerdictBatch message from the specified reader or buffer.
             * @function decode
             * @memberof ztna.v1.VerdictBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {ztna.v1.VerdictBatch} VerdictBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VerdictBatch.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.ztna.v1.VerdictBatch();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.verdicts && m.verdicts.length))
                                m.verdicts = [];
                            m.verdicts.push($root.ztna.v1.Verdict.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 2: {
                            m.error = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a VerdictBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ztna.v1.VerdictBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ztna.v1.VerdictBatch} VerdictBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VerdictBatch.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a VerdictBatch message.
             * @function verify
             * @memberof ztna.v1.VerdictBatch
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VerdictBatch.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.verdicts != null && Object.hasOwnProperty.call(m, "verdicts")) {
                    if (!Array.isArray(m.verdicts))
                        return "verdicts: array expected";
                    for (var i = 0; i < m.verdicts.length; ++i) {
                        {
                            var e = $root.ztna.v1.Verdict.verify(m.verdicts[i], n + 1);
                            if (e)
                                return "verdicts." + e;
                        }
                    }
                }
                if (m.error != null && Object.hasOwnProperty.call(m, "error")) {
                    if (!$util.isString(m.error))
                        return "error: string expected";
                }
                return null;
            };

            /**
             * Creates a VerdictBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ztna.v1.VerdictBatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {ztna.v1.VerdictBatch} VerdictBatch
             */
            VerdictBatch.fromObject = function fromObject(d, n) {
                if (d instanceof $root.ztna.v1.VerdictBatch)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".ztna.v1.VerdictBatch: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.ztna.v1.VerdictBatch();
                if (d.verdicts) {
                    if (!Array.isArray(d.verdicts))
                        throw TypeError(".ztna.v1.VerdictBatch.verdicts: array expected");
                    m.verdicts = [];
                    for (var i = 0; i < d.verdicts.length; ++i) {
                        if (!$util.isObject(d.verdicts[i]))
                            throw TypeError(".ztna.v1.VerdictBatch.verdicts: object expected");
                        m.verdicts[i] = $root.ztna.v1.Verdict.fromObject(d.verdicts[i], n + 1);
                    }
                }
                if (d.error != null) {
                    m.error = String(d.error);
                }
                return m;
            };

            /**
             * Creates a plain object from a VerdictBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ztna.v1.VerdictBatch
             * @static
             * @param {ztna.v1.VerdictBatch} m VerdictBatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VerdictBatch.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.verdicts = [];
                }
                if (o.defaults) {
                    d.error = "";
                }
                if (m.verdicts && m.verdicts.length) {
                    d.verdicts = [];
                    for (var j = 0; j < m.verdicts.length; ++j) {
                        d.verdicts[j] = $root.ztna.v1.Verdict.toObject(m.verdicts[j], o, q + 1);
                    }
                }
                if (m.error != null && Object.hasOwnProperty.call(m, "error")) {
                    d.error = m.error;
                }
                return d;
            };

            /**
             * Converts this VerdictBatch to JSON.
             * @function toJSON
             * @memberof ztna.v1.VerdictBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VerdictBatch.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for VerdictBatch
             * @function getTypeUrl
             * @memberof ztna.v1.VerdictBatch
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            VerdictBatch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ztna.v1.VerdictBatch";
            };

            return VerdictBatch;
        })();

        return v1;
    })();

    return ztna;
})();

export { $root as default };
