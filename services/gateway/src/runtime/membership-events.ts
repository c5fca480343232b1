import type { GatewayEventSink } from '../core/model/gateway-events.js';
import type { DynamicAddressObject, MembershipChange } from '../core/model/membership.js';

/**
 * Turns a membership revision into one `membership` event per address (members added and removed),
 * in the order the addresses first appear in the revision. Address objects are learnt from each
 * revision's `created`; `lookup` answers for names defined before this object existed.
 */
export class MembershipEvents {
  private readonly objects = new Map<string, DynamicAddressObject>();

  constructor(private readonly lookup: (name: string) => DynamicAddressObject | undefined) {}

  /** Tells `sink` what `change` does, address by address; call before the engine applies it. */
  emit(change: MembershipChange, sink: GatewayEventSink, timeMs: number): void {
    for (const o of change.created) this.objects.set(o.name, o);
    const byAddress = new Map<string, { added: string[]; removed: string[] }>();
    for (const d of change.deltas) {
      let entry = byAddress.get(d.address);
      if (entry === undefined) byAddress.set(d.address, (entry = { added: [], removed: [] }));
      (d.op === 'add' ? entry.added : entry.removed).push(d.member);
    }
    for (const [name, { added, removed }] of byAddress) {
      let object = this.objects.get(name);
      if (object === undefined) {
        object = this.lookup(name);
        if (object === undefined) continue;
        this.objects.set(name, object);
      }
      sink.membership({ revision: change.revision, object, added, removed, timeMs });
    }
  }
}
