import { describe, expect, it } from 'vitest';
import { SessionFlag } from './session-flags.js';
import { SessionTable, type NewSession } from './session-table.js';

const session = (i: number, nat: boolean): NewSession => ({
  proto: 6,
  src: 0x0a000000 + (i % 37),
  sport: 1000 + i,
  dst: 0xac100000 + (i % 5),
  dport: 443,
  natIp: nat ? 0xc0a80001 : 0,
  natPort: nat ? 2000 + i : 0,
  srcIntf: 1,
  dstIntf: 2 + (i % 3),
  gateway: 0,
  replyGateway: 0,
  routeAddr: 0,
  routeLen: 0,
  policyId: 1 + (i % 4),
  flags: i % 7 === 0 ? SessionFlag.DIRTY : 0,
  macId: i % 2 === 0 ? i % 11 : -1,
  nowMs: 0,
});

describe('SessionTable', () => {
  it('keeps the 5-tuple index and every list exact through random creates and deletes, across growth', () => {
    const table = new SessionTable(0, 4);
    const live = new Map<number, NewSession>();
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let step = 0; step < 5000; step++) {
      const i = rnd(600);
      const existing = [...live].find(([, s]) => s.sport === 1000 + i);
      if (existing !== undefined) {
        table.delete(existing[0]);
        live.delete(existing[0]);
      } else {
        const s = session(i, rnd(2) === 0);
        live.set(table.create(s), s);
      }
    }
    expect(table.count).toBe(live.size);
    expect(table.dirtyCount).toBe([...live.values()].filter((s) => s.flags & SessionFlag.DIRTY).length);
    for (const [slot, s] of live) {
      expect(table.keys.find(6, s.src, s.sport, s.dst, s.dport)).toBe(slot * 2);
      const replyDst = s.natIp || s.src;
      const replyPort = s.natIp ? s.natPort : s.sport;
      expect(table.keys.find(6, s.dst, s.dport, replyDst, replyPort)).toBe(slot * 2 + 1);
    }
    for (let i = 0; i < 600; i++) {
      if ([...live.values()].some((s) => s.sport === 1000 + i)) continue;
      const s = session(i, false);
      expect(table.keys.find(6, s.src, s.sport, s.dst, s.dport)).toBe(-1);
    }
    const expectList = (
      collect: (key: number, out: number[]) => void,
      key: number,
      want: (s: NewSession) => boolean,
    ) => {
      const got: number[] = [];
      collect(key, got);
      const expected = [...live].filter(([, s]) => want(s)).map(([slot]) => slot);
      expect(got.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    };
    for (let k = 0; k < 37; k++)
      expectList(
        (key, out) => table.bySrc.collect(key, out),
        0x0a000000 + k,
        (s) => s.src === 0x0a000000 + k,
      );
    for (let k = 1; k <= 4; k++)
      expectList(
        (key, out) => table.byPolicy.collect(key, out),
        k,
        (s) => s.policyId === k,
      );
    for (let k = 2; k <= 4; k++)
      expectList(
        (key, out) => table.byEgress.collect(key, out),
        k,
        (s) => s.dstIntf === k,
      );
    expectList(
      (key, out) => table.bySnat.collect(key, out),
      0xc0a80001,
      (s) => s.natIp !== 0,
    );
    for (let k = 0; k < 11; k++)
      expectList(
        (key, out) => table.byMac.collect(key, out),
        k,
        (s) => s.macId === k,
      );
  });
});
