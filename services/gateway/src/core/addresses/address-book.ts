import { ipv4ToInt, isMac } from '@ztna/proto';
import { GatewayError } from '../../errors.js';
import type { DynamicAddressObject, MembershipChange } from '../model/membership.js';
import { emptyMembers, type AddressMembers } from './address-members.js';
import { parseExternalEntries } from './external-entries.js';

/** Members whose address content changed in one update: the keys the session indexes are walked by. */
export interface ChangedMembers {
  readonly ips: Set<number>;
  readonly macs: Set<string>;
  /** Ranges added or removed (external resources), `[low, high, …]`. */
  readonly ranges: number[];
  /** Names of the addresses that changed. */
  readonly addresses: Set<string>;
}

/** One address touched by a revision: its member set and, when relevant, its members' state before. */
interface Touched {
  readonly address: string;
  readonly set: Set<number | string>;
  readonly before: Map<number | string, boolean> | undefined;
}

interface DynamicEntry {
  object?: DynamicAddressObject;
  readonly members: AddressMembers;
}

const EMS_NAME = /^(MAC_)?EMS[1-7]_(ZTNA|CLASS)_.+$/;

/** Whether `name` is spelled like an EMS dynamic address (`EMS1_ZTNA_X`, `MAC_EMS1_ZTNA_X`, `EMS1_CLASS_X`). */
export function isEmsDynamicName(name: string): boolean {
  return EMS_NAME.test(name);
}

/**
 * The run-time content of addresses: EMS dynamic addresses (fed by membership revisions), FQDN
 * resolutions and external-resource entries. Members live in {@link AddressMembers} holders that
 * compiled policies reference directly.
 */
export class AddressBook {
  private readonly dynamic = new Map<string, DynamicEntry>();
  private readonly fqdn = new Map<string, AddressMembers>();
  private readonly external = new Map<string, AddressMembers>();
  private readonly externalLines = new Map<string, readonly string[]>();
  revision = 0;

  dynamicMembers(name: string): AddressMembers {
    return this.dynamicEntry(name).members;
  }

  fqdnMembers(name: string): AddressMembers {
    return getOrCreate(this.fqdn, name);
  }

  externalMembers(name: string): AddressMembers {
    return getOrCreate(this.external, name);
  }

  /** Known dynamic objects with their members, in name order. */
  dynamicObjects(): { object: DynamicAddressObject; members: AddressMembers }[] {
    return [...this.dynamic.entries()]
      .filter((e): e is [string, Required<DynamicEntry>] => e[1].object !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, e]) => ({ object: e.object, members: e.members }));
  }

  /**
   * Applies one membership revision atomically: validates every delta first (ZTNA_ERR_EVENT names the
   * bad field), then applies all of them. Returns the net changes (a member removed and re-added in
   * the same revision is no change) of the addresses `relevant` accepts — by default all — or
   * undefined for a revision already seen.
   */
  applyMembership(
    change: MembershipChange,
    relevant: (address: string) => boolean = () => true,
  ): ChangedMembers | undefined {
    if (change.revision <= this.revision) return undefined;
    const { created, deltas } = change;
    // Validated once: each delta's member as its set key (an IP as a number, a MAC as its text).
    // Consecutive deltas mostly name the same address: the one last looked up is kept.
    const keys: (number | string)[] = new Array(deltas.length);
    const createdByName = created.length === 0 ? undefined : new Map(created.map((o) => [o.name, o]));
    let lastName: string | undefined;
    let lastKind: DynamicAddressObject['kind'] | undefined;
    for (let i = 0; i < deltas.length; i++) {
      const d = deltas[i]!;
      if (d.address !== lastName) {
        lastName = d.address;
        lastKind = (createdByName?.get(d.address) ?? this.dynamic.get(d.address)?.object)?.kind;
        if (lastKind === undefined) {
          throw new GatewayError('ZTNA_ERR_EVENT', `membership delta: unknown address "${d.address}"`);
        }
      }
      const key = lastKind === 'ztna-mac' ? (isMac(d.member) ? d.member : Number.NaN) : ipv4ToInt(d.member);
      if (Number.isNaN(key)) {
        throw new GatewayError(
          'ZTNA_ERR_EVENT',
          `membership delta ${d.address}: invalid member "${d.member}"`,
        );
      }
      keys[i] = key;
    }
    for (const o of created) this.dynamicEntry(o.name).object = o;
    // Per address: its member set and, when relevant, each touched member's state before the revision.
    const touched = new Map<string, Touched>();
    let t: Touched | undefined;
    for (let i = 0; i < deltas.length; i++) {
      const d = deltas[i]!;
      const key = keys[i]!;
      if (t === undefined || t.address !== d.address) {
        t = touched.get(d.address);
        if (t === undefined) {
          const members = this.dynamicEntry(d.address).members;
          const set = (typeof key === 'string' ? members.macs : members.ips) as Set<number | string>;
          t = { address: d.address, set, before: relevant(d.address) ? new Map() : undefined };
          touched.set(d.address, t);
        }
      }
      if (t.before !== undefined && !t.before.has(key)) t.before.set(key, t.set.has(key));
      if (d.op === 'add') t.set.add(key);
      else t.set.delete(key);
    }
    const changed: ChangedMembers = { ips: new Set(), macs: new Set(), ranges: [], addresses: new Set() };
    for (const { address, set, before } of touched.values()) {
      if (before === undefined) continue;
      for (const [key, had] of before) {
        if (set.has(key) === had) continue;
        changed.addresses.add(address);
        if (typeof key === 'string') changed.macs.add(key);
        else changed.ips.add(key);
      }
    }
    this.revision = change.revision;
    return changed;
  }

  /** Replaces the resolved addresses of an FQDN address; returns the IPs that joined or left. */
  setFqdn(name: string, ips: readonly number[]): ChangedMembers {
    const m = this.fqdnMembers(name);
    const next = new Set(ips);
    const changed = symmetricDifference(m.ips, next);
    m.ips.clear();
    for (const ip of next) m.ips.add(ip);
    return { ips: changed, macs: new Set(), ranges: [], addresses: new Set(changed.size ? [name] : []) };
  }

  /** Replaces the entries of an external resource; returns the ranges that joined or left. */
  setExternal(name: string, entries: readonly string[]): ChangedMembers {
    const ranges = parseExternalEntries(name, entries);
    const m = this.externalMembers(name);
    const key = (r: number[], i: number): string => `${r[i]}-${r[i + 1]}`;
    const before = new Set(m.ranges.map((_, i) => (i % 2 === 0 ? key(m.ranges, i) : '')));
    const after = new Set(ranges.map((_, i) => (i % 2 === 0 ? key(ranges, i) : '')));
    const changedRanges: number[] = [];
    for (const k of symmetricDifference(before, after)) {
      if (k === '') continue;
      const [low, high] = k.split('-').map(Number);
      changedRanges.push(low!, high!);
    }
    m.ranges = ranges;
    this.externalLines.set(
      name,
      entries.map((e) => e.trim()).filter((e) => e !== '' && !e.startsWith('#')),
    );
    const addresses = new Set(changedRanges.length ? [name] : []);
    return { ips: new Set(), macs: new Set(), ranges: changedRanges, addresses };
  }

  /** The entries of an external resource as last set (comments and blank lines dropped). */
  externalEntries(name: string): readonly string[] {
    return this.externalLines.get(name) ?? [];
  }

  private dynamicEntry(name: string): DynamicEntry {
    let e = this.dynamic.get(name);
    if (e === undefined) {
      e = { members: emptyMembers() };
      this.dynamic.set(name, e);
    }
    return e;
  }
}

function getOrCreate(map: Map<string, AddressMembers>, name: string): AddressMembers {
  let m = map.get(name);
  if (m === undefined) {
    m = emptyMembers();
    map.set(name, m);
  }
  return m;
}

function symmetricDifference<T>(a: Set<T>, b: Set<T>): Set<T> {
  const out = new Set<T>();
  for (const x of a) if (!b.has(x)) out.add(x);
  for (const x of b) if (!a.has(x)) out.add(x);
  return out;
}
