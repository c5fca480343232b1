import type { LogSetting, LogSyslogdSetting } from '../core/model/config.js';
import { enable, int, oneOf, text } from './codecs.js';
import { FACTORY_LOG_SETTING, FACTORY_LOG_SYSLOGD } from './factory.js';
import type { SingletonSpec } from './schema.js';

/** A syslog server: an IPv4 address or host name, empty = none (data: only loopback is dialled). */
const SERVER = /^[A-Za-z0-9_.:-]*$/;

/** `config log setting`: the implicit-deny log switch (`set fwpolicy-implicit-log enable`). */
export const logSetting: SingletonSpec = {
  kind: 'singleton',
  path: 'log setting',
  fields: [{ key: 'fwpolicy-implicit-log', prop: 'fwpolicyImplicitLog', codec: enable }],
  defaults: () => ({ ...FACTORY_LOG_SETTING }),
  read: (draft) => ({ ...draft.logSetting }),
  write(draft, flat) {
    draft.logSetting = Object.freeze({ ...flat }) as unknown as LogSetting;
  },
};

/**
 * `config log syslogd setting`: `set status enable|disable`, `set server <ip|name>`, `set port <1-65535>`
 * (default 514), `set mode udp|reliable` (reliable = TCP with RFC 6587 octet counting).
 */
export const logSyslogdSetting: SingletonSpec = {
  kind: 'singleton',
  path: 'log syslogd setting',
  fields: [
    { key: 'status', prop: 'status', codec: enable },
    { key: 'server', prop: 'server', codec: text(63, SERVER) },
    { key: 'port', prop: 'port', codec: int(1, 65535) },
    { key: 'mode', prop: 'mode', codec: oneOf(['udp', 'reliable']) },
  ],
  defaults: () => ({ ...FACTORY_LOG_SYSLOGD }),
  read: (draft) => ({ ...draft.logSyslogdSetting }),
  write(draft, flat) {
    draft.logSyslogdSetting = Object.freeze({ ...flat }) as unknown as LogSyslogdSetting;
  },
};
