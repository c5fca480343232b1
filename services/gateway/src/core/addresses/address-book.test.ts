import { describe, expect, it } from 'vitest';
import type { DynamicAddressObject, MembershipDelta } from '../model/membership.js';
import { AddressBook } from './address-book.js';

const IP_TAG: DynamicAddressObject = {
  name: 'EMS1_ZTNA_APP_SERVERS',
  tag: 'APP_SERVERS',
  id: 115,
  emsId: 1,
  kind: 'ztna-ip',
};
const MAC_TAG: DynamicAddressObject = {
  ...IP_TAG,
  name: 'MAC_EMS1_ZTNA_APP_SERVERS',
  id: 116,
  kind: 'ztna-mac',
};

const add = (address: string, member: string): MembershipDelta => ({ address, member, op: 'add' });
const remove = (address: string, member: string): MembershipDelta => ({ address, member, op: 'remove' });

describe('AddressBook.applyMembership', () => {
  it('applies IP and MAC members and reports the net change of each', () => {
    const book = new AddressBook();
    const changed = book.applyMembership({
      revision: 1,
      created: [IP_TAG, MAC_TAG],
      deltas: [
        add(IP_TAG.name, '192.168.30.108'),
        add(MAC_TAG.name, '0c:37:96:06:d7:5d'),
        add(IP_TAG.name, '10.0.0.1'),
        remove(IP_TAG.name, '10.0.0.1'),
      ],
    });
    expect([...book.dynamicMembers(IP_TAG.name).ips]).toEqual([0xc0a81e6c]);
    expect([...book.dynamicMembers(MAC_TAG.name).macs]).toEqual(['0c:37:96:06:d7:5d']);
    // 10.0.0.1 joined and left in the same revision: no change for the session indexes.
    expect([...changed!.ips]).toEqual([0xc0a81e6c]);
    expect([...changed!.macs]).toEqual(['0c:37:96:06:d7:5d']);
    expect([...changed!.addresses].sort()).toEqual([IP_TAG.name, MAC_TAG.name]);
  });

  it('a member removed and added again in one revision is no change', () => {
    const book = new AddressBook();
    book.applyMembership({ revision: 1, created: [IP_TAG], deltas: [add(IP_TAG.name, '10.0.0.7')] });
    const changed = book.applyMembership({
      revision: 2,
      created: [],
      deltas: [remove(IP_TAG.name, '10.0.0.7'), add(IP_TAG.name, '10.0.0.7')],
    });
    expect(changed!.ips.size).toBe(0);
    expect(changed!.addresses.size).toBe(0);
    expect(book.dynamicMembers(IP_TAG.name).ips.has(0x0a000007)).toBe(true);
  });

  it('reports only the addresses `relevant` accepts, and applies all', () => {
    const book = new AddressBook();
    const changed = book.applyMembership(
      {
        revision: 1,
        created: [IP_TAG, MAC_TAG],
        deltas: [add(IP_TAG.name, '10.0.0.1'), add(MAC_TAG.name, '02:00:00:00:00:01')],
      },
      (address) => address === MAC_TAG.name,
    );
    expect(changed!.ips.size).toBe(0);
    expect([...changed!.macs]).toEqual(['02:00:00:00:00:01']);
    expect(book.dynamicMembers(IP_TAG.name).ips.has(0x0a000001)).toBe(true);
  });

  it('refuses a bad delta naming it, and applies nothing of that revision', () => {
    const book = new AddressBook();
    const bad =
      (member: string, address = IP_TAG.name) =>
      () =>
        book.applyMembership({
          revision: 1,
          created: [IP_TAG, MAC_TAG],
          deltas: [add(IP_TAG.name, '10.0.0.1'), add(address, member)],
        });
    expect(bad('10.0.0.256')).toThrow('membership delta EMS1_ZTNA_APP_SERVERS: invalid member "10.0.0.256"');
    expect(bad('10.0.0.2', MAC_TAG.name)).toThrow('invalid member "10.0.0.2"');
    expect(bad('10.0.0.2', 'EMS1_ZTNA_NOPE')).toThrow('unknown address "EMS1_ZTNA_NOPE"');
    expect(book.dynamicMembers(IP_TAG.name).ips.size).toBe(0);
    expect(book.revision).toBe(0);
  });

  it('ignores a revision already seen', () => {
    const book = new AddressBook();
    book.applyMembership({ revision: 3, created: [IP_TAG], deltas: [add(IP_TAG.name, '10.0.0.1')] });
    expect(
      book.applyMembership({ revision: 3, created: [], deltas: [remove(IP_TAG.name, '10.0.0.1')] }),
    ).toBe(undefined);
    expect(book.dynamicMembers(IP_TAG.name).ips.size).toBe(1);
  });
});
