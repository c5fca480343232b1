import { enable } from './codecs.js';
import { checked, type StoredAttribute, uuid } from './stored-fields.js';

/*
 * The attributes of each modelled section in the order FortiOS 7.4 prints them (FortiOS 7.4 CLI
 * reference; `show full-configuration` of a FortiGate-VM64). Keys the simulator models are named as
 * strings and keep their own codec; the others are stored and shown back.
 */

/** A stored attribute named as FortiOS spells it, with an optional check of its value. */
export const s = (key: string, codec?: StoredAttribute['codec']): StoredAttribute => ({ key, codec });
export const on = checked(enable);
export const UUID = s('uuid', uuid);
