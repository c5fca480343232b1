import type { SectionSpec } from './schema.js';
import { logSetting, logSyslogdSetting } from './sections-log.js';
import { firewallPolicy, routerStatic } from './sections-policy.js';
import {
  firewallAddress,
  firewallAddrgrp,
  firewallServiceCustom,
  firewallServiceGroup,
} from './sections-firewall.js';
import {
  endpointControlFctems,
  systemExternalResource,
  systemGlobal,
  systemInterface,
  systemSessionTtl,
  systemSettings,
} from './sections-system.js';

/**
 * Every top-level section, in the order `show` prints them (objects before their users, so that
 * printed text parses back).
 */
export const SECTIONS: readonly SectionSpec[] = [
  systemGlobal,
  systemSettings,
  systemInterface,
  systemExternalResource,
  systemSessionTtl,
  endpointControlFctems,
  firewallAddress,
  firewallAddrgrp,
  firewallServiceCustom,
  firewallServiceGroup,
  routerStatic,
  firewallPolicy,
  logSetting,
  logSyslogdSetting,
];
