import type { FctEms, GatewayConfig } from '../core/model/config.js';
import type { EmsConnector } from './event-check.js';

const asConnector = (e: FctEms): EmsConnector => ({ id: e.id, serial: e.serialNumber, name: e.name });

/** The enabled `config endpoint-control fctems` entries as tag sync's EMS connectors, in id order. */
export function connectorsOf(firewall: Pick<GatewayConfig, 'fctems'>): EmsConnector[] {
  return [...firewall.fctems.values()]
    .filter((e) => e.status)
    .sort((a, b) => a.id - b.id)
    .map(asConnector);
}

/**
 * The connectors to consume after a config change. Only the `fctems` entries whose serial, name or
 * status differ between `before` and `after` (added, deleted, enabled, disabled, edited) decide their
 * id: enabled, it is consumed with the entry's serial and name; disabled or deleted, it is not. An
 * enabled entry without a serial number (e.g. added only to set `out-of-sync-threshold`) keeps the
 * connector of its id as it is (renamed when the entry names it), and adds none: events are checked
 * against the serial. Every other connector of `current` stays, so one from `EMS_CONNECTORS` without an
 * entry is kept. Id order.
 */
export function connectorsAfterEdit(
  current: Iterable<EmsConnector>,
  before: GatewayConfig['fctems'],
  after: GatewayConfig['fctems'],
): EmsConnector[] {
  const next = new Map([...current].map((c) => [c.id, c]));
  const key = (e: FctEms | undefined): string =>
    e === undefined ? '' : JSON.stringify([e.serialNumber, e.name, e.status]);
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const entry = after.get(id);
    if (key(before.get(id)) === key(entry)) continue;
    if (entry?.status !== true) next.delete(id);
    else if (entry.serialNumber !== '') next.set(id, asConnector(entry));
    else if (next.has(id)) next.set(id, { ...next.get(id)!, name: entry.name || next.get(id)!.name });
  }
  return [...next.values()].sort((a, b) => a.id - b.id);
}

/**
 * What moving from the connectors `current` to `next` does: the ids no longer consumed (gone, or another
 * serial under the id) and the connectors to start (new, or a new serial under an id).
 */
export function connectorChanges(
  current: ReadonlyMap<number, EmsConnector>,
  next: readonly EmsConnector[],
): { removed: number[]; added: EmsConnector[] } {
  const wanted = new Map(next.map((c) => [c.id, c]));
  const removed = [...current.values()].filter((c) => wanted.get(c.id)?.serial !== c.serial).map((c) => c.id);
  const added = next.filter((c) => current.get(c.id)?.serial !== c.serial);
  return { removed, added };
}
