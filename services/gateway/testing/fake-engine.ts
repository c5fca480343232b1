import type {
  ConfigApplyReport,
  DynamicAddressView,
  EngineApi,
  ExternalResourceView,
  FqdnAddressView,
  SessionFilter,
  SessionStats,
  TriggerReport,
  Verdict,
} from '../src/core/model/engine-api.js';
import { GatewayError } from '../src/errors.js';
import type { SessionRow } from '../src/core/model/session-row.js';
import type { GatewayConfig } from '../src/core/model/config.js';
import type { EndpointRecord } from '../src/core/model/membership.js';

/**
 * A stand-in EngineApi for console tests: keeps the config it is given, records every call with its
 * arguments, and answers the format calls with short marker text.
 */
export class FakeEngine implements EngineApi {
  readonly calls: string[] = [];
  refuseNextConfig = false;
  revision = 0;

  constructor(public config: GatewayConfig) {}

  applyConfig(next: GatewayConfig): ConfigApplyReport {
    this.calls.push('applyConfig');
    if (this.refuseNextConfig) {
      this.refuseNextConfig = false;
      throw new GatewayError('ZTNA_ERR_CLI_REFERENCE', 'engine refused the config');
    }
    this.config = next;
    return { triggers: [] };
  }

  onMembershipChange(): void {
    this.calls.push('onMembershipChange');
  }

  process(): Verdict {
    throw new Error('FakeEngine.process is not used by the console');
  }

  setFqdnAddresses(name: string): TriggerReport {
    this.calls.push(`setFqdnAddresses ${name}`);
    return { trigger: 'fqdn', dirty: 0, persistent: 0 };
  }

  setExternalResource(name: string): TriggerReport {
    this.calls.push(`setExternalResource ${name}`);
    return { trigger: 'external-resource', dirty: 0, persistent: 0 };
  }

  fqdnAddresses(): readonly FqdnAddressView[] {
    this.calls.push('fqdnAddresses');
    return [];
  }

  externalResources(): readonly ExternalResourceView[] {
    this.calls.push('externalResources');
    return [];
  }

  tick(): void {
    this.calls.push('tick');
  }

  clearSessions(filter?: SessionFilter): number {
    this.calls.push(`clearSessions ${JSON.stringify(filter)}`);
    return 2;
  }

  sessions(filter?: SessionFilter): readonly SessionRow[] {
    this.calls.push(`sessions ${JSON.stringify(filter)}`);
    return [];
  }

  formatSessionList(filter?: SessionFilter): string {
    this.calls.push(`formatSessionList ${JSON.stringify(filter)}`);
    return 'total session 0\n';
  }

  formatSessionBrief(filter?: SessionFilter): string {
    this.calls.push(`formatSessionBrief ${JSON.stringify(filter)}`);
    return 'PROTO   EXPIRE SOURCE           SOURCE-NAT       DESTINATION      DESTINATION-NAT\n';
  }

  formatSessionStatus(): string {
    this.calls.push('formatSessionStatus');
    return 'session status';
  }

  formatSessionStat(): string {
    this.calls.push('formatSessionStat');
    return 'misc info:\tsession_count=0\n';
  }

  formatDynamicList(name?: string): string {
    this.calls.push(`formatDynamicList ${String(name)}`);
    return 'List all dynamic addresses:\n';
  }

  dynamicAddresses(): readonly DynamicAddressView[] {
    return [];
  }

  stats(): SessionStats {
    return { total: 0, mayDirty: 0, dirty: 0, persistent: 0, block: 0 };
  }
}

/** An endpoint record source holding fixed records, filtered by IP. */
export function fakeRecords(records: readonly EndpointRecord[]): {
  endpointRecords(ip?: string): readonly EndpointRecord[];
} {
  return {
    endpointRecords: (ip) => (ip === undefined ? records : records.filter((r) => r.ips.includes(ip))),
  };
}
