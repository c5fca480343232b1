import { ztna } from '@ztna/proto';
import { describe, expect, it } from 'vitest';
import type { EmsState } from '../domain/ems-domain.js';
import { SnapshotBook, type SnapshotDomain } from './snapshot-book.js';

/** A domain of `size` endpoints counting its (costly) full copies. */
function domain(size: number): SnapshotDomain & { copies: number; seq: number } {
  const endpoints = Array.from({ length: size }, (_, i) => ({
    uid: `U${i}`,
    ips: [`10.0.${i >> 8}.${i & 255}`],
  }));
  return {
    incarnation: 'i1',
    seq: 7,
    copies: 0,
    state(): EmsState {
      this.copies += 1;
      return {
        emsId: 1,
        serial: 'S',
        tenant: 't',
        incarnation: this.incarnation,
        seq: this.seq,
        endpoints: endpoints.map((e) => ({ ...e })) as unknown as EmsState['endpoints'],
      };
    },
  };
}

const ask = (fields: Partial<ztna.v1.ISnapshotRequest>) =>
  ztna.v1.SnapshotRequest.decode(ztna.v1.SnapshotRequest.encode({ gatewayId: 'gw1', ...fields }).finish());

describe('SnapshotBook (issue 14 item 6)', () => {
  it('a flood of 3,000 page-0 requests: one shared copy, bounded ids, answered with errors over the limits', () => {
    const d = domain(5_000);
    let now = 0;
    const book = new SnapshotBook(d, { pageSize: 100, maxPageSize: 1000, ttlMs: 60_000 }, () => now);
    const answers = [];
    for (let i = 0; i < 3_000; i++) {
      d.seq = 7 + Math.floor(i / 1000); // the EMS moves on twice during the flood
      answers.push(book.answer(ask({ gatewayId: `gw${i % 300}` })));
      now += 0.01;
    }
    expect(d.copies).toBe(1); // the open-snapshot limit was reached before the EMS moved on
    expect(book.copies).toBe(1);
    expect(book.openCount).toBe(256);
    const errors = answers.filter((a) => 'error' in a).map((a) => ('error' in a ? a.error : ''));
    expect(errors).toHaveLength(3_000 - 256);
    expect(errors[0]).toBe('busy: 256 snapshots open (limit 256); retry later');
    const first = answers[0]!;
    expect('page' in first && first.page.totalEndpoints).toBe(5_000);
  });

  it('rate-limits each requester, and validates before any work', () => {
    const d = domain(10);
    const book = new SnapshotBook(
      d,
      { pageSize: 5, maxPageSize: 5, ttlMs: 60_000, perRequester: 3 },
      () => 0,
    );
    for (let i = 0; i < 3; i++) expect('page' in book.answer(ask({}))).toBe(true);
    expect(book.answer(ask({}))).toEqual({
      error: 'rate limit: gateway gw1 started 3 snapshots in the last 10000 ms (limit 3); retry later',
    });
    expect('page' in book.answer(ask({ gatewayId: 'gw2' }))).toBe(true);
    expect(d.copies).toBe(1);
    expect(book.answer(ask({ gatewayId: '' }))).toEqual({
      error: 'gateway_id "": must match [A-Za-z0-9_-]{1,64}',
    });
    expect(book.answer(ask({ gatewayId: 'gw3', page: 2 }))).toEqual({
      error: 'page 2: a new snapshot starts at page 0',
    });
    expect(book.answer(ask({ gatewayId: 'gw3', snapshotId: 'nope', page: 1 }))).toMatchObject({
      error: 'snapshot_id "nope": unknown or expired',
    });
    expect(d.copies).toBe(1);
  });

  it('pages of one snapshot come from its frozen copy while the EMS moves on', () => {
    const d = domain(12);
    const book = new SnapshotBook(d, { pageSize: 5, maxPageSize: 5, ttlMs: 60_000 }, () => 0);
    const first = book.answer(ask({}));
    if (!('page' in first)) throw new Error(first.error);
    d.seq = 99;
    const second = book.answer(ask({ snapshotId: first.page.snapshotId!, page: 2 }));
    expect(second).toMatchObject({ page: { seq: 7, page: 2, more: false, totalEndpoints: 12 } });
    expect('page' in second && second.page.endpoints).toHaveLength(2);
  });

  it('at the copy limit a copy read to the end gives way to a new seq; copies still being read make it busy', () => {
    const d = domain(12);
    let now = 0;
    const book = new SnapshotBook(d, { pageSize: 5, maxPageSize: 5, ttlMs: 60_000, maxCopies: 2 }, () => now);
    const start = (): string => {
      const a = book.answer(ask({}));
      if (!('page' in a)) throw new Error(a.error);
      return a.page.snapshotId!;
    };
    const readToEnd = (id: string): void => {
      for (const page of [1, 2]) expect('page' in book.answer(ask({ snapshotId: id, page }))).toBe(true);
    };
    const first = start(); // seq 7
    d.seq = 8;
    now = 1;
    const second = start();
    readToEnd(first);
    readToEnd(second);
    d.seq = 9;
    now = 2;
    const third = start(); // takes the slot of seq 7, read to the end and asked least recently
    expect(book.copies).toBe(2);
    expect(book.answer(ask({ snapshotId: first, page: 2 }))).toMatchObject({
      error: expect.stringMatching(/unknown or expired/),
    });
    expect(book.answer(ask({ snapshotId: second, page: 2 }))).toMatchObject({
      page: { seq: 8, more: false },
    });
    d.seq = 10;
    now = 3;
    const fourth = start(); // seq 8 gives way; seq 9 (third) is still being read
    expect(book.answer(ask({ snapshotId: third, page: 1 }))).toMatchObject({ page: { seq: 9, more: true } });
    d.seq = 11;
    expect(book.answer(ask({}))).toEqual({
      error: 'busy: 2 frozen snapshot copies held (limit 2); retry later',
    });
    expect(book.answer(ask({ snapshotId: fourth, page: 0 }))).toMatchObject({ page: { seq: 10 } });
    expect(d.copies).toBe(4);
  });
});
