import { intToIPv4 } from '@ztna/proto';
import { mulberry32, type Prng } from '../common/prng.js';
import type { EmsDomain } from '../domain/ems-domain.js';

export type ChurnOp = 'attach' | 'detach' | 'offline' | 'online' | 'address';
export type ChurnMix = Record<ChurnOp, number>;

export const DEFAULT_MIX: Readonly<ChurnMix> = Object.freeze({
  attach: 35,
  detach: 35,
  offline: 10,
  online: 10,
  address: 10,
});

export interface ChurnShape {
  seed: number;
  /** Relative weights; missing ops weigh 0 when a mix is given. */
  mix: ChurnMix;
  /** Endpoints churned: `churn-00000` … created on first use. */
  endpoints: number;
  /** Size of the ZTNA tag pool: `CHURN_T0` … */
  tags: number;
}

/** The endpoint uid of population member `i`. */
export const churnUid = (i: number): string => `churn-${String(i).padStart(5, '0')}`;

/**
 * Drives a domain with seeded operations. Each `step()` produces exactly one event, chosen from the seed
 * and the domain state only, so the same seed on the same starting state gives the same events.
 */
export class ChurnGenerator {
  private readonly prng: Prng;
  private readonly ops: ChurnOp[];
  private readonly weights: number[];
  private readonly total: number;
  private readonly pool: string[];
  /** `churnUid(i)`, made once per member on first use. */
  private readonly uids: (string | undefined)[] = [];

  constructor(
    private readonly domain: EmsDomain,
    private readonly shape: ChurnShape,
  ) {
    this.prng = mulberry32(shape.seed);
    this.ops = (Object.keys(shape.mix) as ChurnOp[]).filter((op) => shape.mix[op] > 0);
    this.weights = this.ops.map((op) => shape.mix[op]);
    this.total = this.weights.reduce((a, b) => a + b, 0);
    this.pool = Array.from({ length: shape.tags }, (_, i) => `CHURN_T${i}`);
  }

  /** Registers the missing population endpoints; returns the events produced. */
  populate(): number {
    let produced = 0;
    for (let i = 0; i < this.shape.endpoints; i += 1) produced += this.ensure(i);
    return produced;
  }

  /** One operation that changes the domain; returns the op performed. */
  step(): ChurnOp {
    const index = this.prng.int(this.shape.endpoints);
    const uid = this.uid(index);
    const record = this.domain.view(uid);
    if (!record) {
      this.ensure(index);
      return 'online';
    }
    for (;;) {
      const op = this.pickOp();
      if (op === 'attach' || op === 'detach') {
        const tags = record.ztnaTags;
        const present = this.countPresent(tags);
        const absent = this.pool.length - present;
        if ((op === 'attach' && absent > 0) || present === 0) {
          this.domain.attachTags(uid, [this.nth(tags, false, this.prng.int(absent))]);
          return 'attach';
        }
        this.domain.detachTags(uid, [this.nth(tags, true, this.prng.int(present))]);
        return 'detach';
      }
      if (op === 'offline' || op === 'online') {
        const wasOnline = record.online;
        if (wasOnline) this.domain.setOffline(uid);
        else this.domain.setOnline(uid);
        return wasOnline ? 'offline' : 'online';
      }
      const ip = intToIPv4(0x0a000000 + 1 + this.prng.int(0xfffffe));
      if (this.domain.changeAddresses(uid, [ip]) > 0) return 'address';
    }
  }

  /** How many pool tags `tags` holds. */
  private countPresent(tags: readonly string[]): number {
    let n = 0;
    for (const t of this.pool) if (tags.includes(t)) n += 1;
    return n;
  }

  /** The `k`-th pool tag, in pool order, among those `tags` holds (`held`) or lacks. */
  private nth(tags: readonly string[], held: boolean, k: number): string {
    let left = k;
    for (const t of this.pool) {
      if (tags.includes(t) !== held) continue;
      if (left === 0) return t;
      left -= 1;
    }
    throw new Error(`churn: no pool tag #${k} ${held ? 'held' : 'missing'}`);
  }

  private uid(i: number): string {
    let uid = this.uids[i];
    if (uid === undefined) {
      uid = churnUid(i);
      this.uids[i] = uid;
    }
    return uid;
  }

  private pickOp(): ChurnOp {
    let draw = this.prng.next() * this.total;
    for (let i = 0; i < this.ops.length; i += 1) {
      draw -= this.weights[i] as number;
      if (draw < 0) return this.ops[i] as ChurnOp;
    }
    return this.ops[this.ops.length - 1] as ChurnOp;
  }

  private ensure(i: number): number {
    const uid = this.uid(i);
    if (this.domain.has(uid)) return 0;
    const hex = (i & 0xffffff).toString(16).padStart(6, '0');
    return this.domain.upsertEndpoint({
      uid,
      hostname: `churn-host-${i}`,
      user: `user${i}`,
      ips: [intToIPv4(0x0a640000 + i)],
      macs: [`02:00:00:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4)}`],
      online: true,
    });
  }
}
