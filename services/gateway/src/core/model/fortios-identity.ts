/**
 * Who the simulated FortiGate says it is: the one serial number, version and build that every view
 * prints (`get system status`, the REST monitor envelope, `diagnose endpoint record list` routes,
 * `diagnose test application fcnacd`). Change it here and every view follows.
 */
export interface FortiosIdentity {
  readonly serial: string;
  readonly version: string;
  readonly build: number;
  readonly model: string;
}

export const DEFAULT_IDENTITY: FortiosIdentity = Object.freeze({
  serial: 'FGVM00ZTNASIM001',
  version: 'v7.4.4',
  build: 2662,
  model: 'FortiGate-VM64',
});
