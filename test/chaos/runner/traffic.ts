import { mulberry32, type Prng } from '@ztna/ems-mock';
import { SERVER, TRAFFIC_TAG, trafficIp } from './firewall-config.js';
import type { PacketJson } from './gateway-client.js';
import type { Judge } from './judge.js';
import type { ChaosGateway, ChaosStack } from './chaos-stack.js';

/** One tracked session: on which gateway process, from which port, sent packets or idle. */
interface Tracked {
  readonly startedAt: number;
  readonly sport: number;
}

interface Endpoint {
  readonly i: number;
  readonly uid: string;
  readonly ip: string;
  /** Half the endpoints send a packet on their sessions every tick; the others stay idle (only the sweep blocks them). */
  readonly active: boolean;
  phase: 'granting' | 'granted' | 'revoking' | 'revoked';
  /** When the next step is due (epoch ms). */
  dueAt: number;
  /** EMS seq of the last grant or revocation. */
  seq: number;
  changedAt: number;
  sessions: Map<string, Tracked>;
  /** Per gateway: when the revocation was applied and processed there. */
  appliedAt: Map<string, number>;
  epoch: number;
}

const TICK_MS = 100;
const SLACK_MS = 1000;

/**
 * Traffic while it churns: `count` endpoints of EMS 1 (`traffic-NNN`, 192.168.30.x), each with one
 * established SSH session per gateway. The runner alone attaches and detaches CHAOS_APP on them, one step
 * at a time, and judges enforcement from what it knows exactly (the EMS seq of each revocation and when
 * each gateway applied it):
 * - knob on: no packet accepted after apply + sweep delay + tick + 1 s slack, and idle sessions `block`
 *   (or gone) by then;
 * - knob off: the session stays (no `dirty`, no `block`), its packets still pass;
 * - any gateway: a new session from the revoked address is denied.
 * Packets go over the gateway's HTTP API; a gateway that restarted loses its sessions (new ones are made).
 */
export class TrafficDriver {
  private readonly endpoints: Endpoint[];
  private readonly prng: Prng;
  private nextPort = 20_000;
  private epoch = 0;
  /** While true no EMS change is made (the runner compares states). */
  quiet = false;
  packets = 0;
  /** Sessions established, revocations applied everywhere, revoked states checked. */
  readonly counts = { established: 0, failedEstablish: 0, revoked: 0, checked: 0 };

  constructor(
    private readonly stack: ChaosStack,
    private readonly judge: Judge,
    private readonly options: { count: number; seed: number; sweepDelayMs: number },
    private readonly onNote: (line: string) => void = () => undefined,
  ) {
    this.prng = mulberry32(options.seed ^ 0x7a7a);
    this.endpoints = Array.from({ length: options.count }, (_, i) => ({
      i,
      uid: `traffic-${String(i).padStart(3, '0')}`,
      ip: trafficIp(i),
      active: i % 2 === 0,
      phase: 'granting',
      dueAt: 0,
      seq: 0,
      changedAt: 0,
      sessions: new Map(),
      appliedAt: new Map(),
      epoch: 0,
    }));
  }

  /** Registers every traffic endpoint with CHAOS_APP (again after an EMS 1 restart). */
  async register(): Promise<void> {
    const epoch = (this.epoch += 1);
    const mock = this.stack.ems[0]!;
    for (const e of this.endpoints) {
      const seq = await mock.upsertEndpoint({
        uid: e.uid,
        ips: [e.ip],
        ztnaTags: [TRAFFIC_TAG],
        online: true,
      });
      Object.assign(e, { phase: 'granting', seq, changedAt: Date.now(), dueAt: 0, epoch });
      e.sessions.clear();
      e.appliedAt.clear();
    }
  }

  /** One tick: packets on active sessions, then every due step. Never throws. */
  async tick(): Promise<void> {
    const now = Date.now();
    await Promise.all(this.stack.gateways.map((gw) => this.sendActive(gw, now).catch(() => undefined)));
    const due = this.endpoints.filter((e) => e.dueAt <= now && e.epoch === this.epoch);
    await Promise.all(
      due.map((e) =>
        this.step(e).catch(() => {
          if (e.epoch === this.epoch) e.dueAt = Date.now() + 500;
        }),
      ),
    );
  }

  private sendActive(gw: ChaosGateway, sentAt: number): Promise<void> {
    const batch: { e: Endpoint; packet: PacketJson }[] = [];
    for (const e of this.endpoints) {
      const s = e.sessions.get(gw.id);
      if (!e.active || !s || s.startedAt !== gw.startedAt) continue;
      batch.push({ e, packet: this.packet(e.ip, s.sport, ['ack']) });
    }
    if (batch.length === 0) return Promise.resolve();
    return gw.client.packets(batch.map((b) => b.packet)).then((verdicts) => {
      this.packets += verdicts.length;
      this.judge.checked('enforcement', verdicts.length);
      verdicts.forEach((v, k) => {
        const { e } = batch[k]!;
        const appliedAt = e.phase === 'revoked' ? e.appliedAt.get(gw.id) : undefined;
        if (appliedAt === undefined) return;
        const deadline = appliedAt + this.options.sweepDelayMs + TICK_MS + SLACK_MS;
        if (gw.dynAddrSessionCheck && v.action === 'accept' && sentAt > deadline) {
          this.judge.violate(
            'enforcement',
            `${gw.id}: packet accepted on a revoked session of ${e.ip}`,
            `sent ${sentAt - appliedAt} ms after the revocation (EMS seq ${e.seq}) was applied; allowed ${deadline - appliedAt} ms; verdict ${JSON.stringify(v)}`,
          );
        }
        if (!gw.dynAddrSessionCheck && v.action !== 'accept') {
          this.judge.violate(
            'enforcement',
            `${gw.id}: packet denied on a persistent session of ${e.ip} (dyn-addr-session-check disable)`,
            `verdict ${JSON.stringify(v)}, ${sentAt - appliedAt} ms after the revocation was applied`,
          );
        }
      });
    });
  }

  private async step(e: Endpoint): Promise<void> {
    if (this.quiet) return;
    const epoch = e.epoch;
    const mock = this.stack.ems[0]!;
    switch (e.phase) {
      case 'granting': {
        e.dueAt = Number.POSITIVE_INFINITY;
        await this.appliedEverywhere(e, e.seq);
        await Promise.all(this.stack.gateways.map((gw) => this.establish(e, gw)));
        if (epoch !== e.epoch) return;
        Object.assign(e, { phase: 'granted', dueAt: Date.now() + 2000 + this.prng.int(4000) });
        return;
      }
      case 'granted': {
        e.dueAt = Number.POSITIVE_INFINITY;
        const changedAt = Date.now();
        const seq = await mock.detachTag(e.uid, TRAFFIC_TAG);
        if (epoch !== e.epoch) return;
        Object.assign(e, { phase: 'revoking', seq, changedAt, dueAt: Number.POSITIVE_INFINITY });
        e.appliedAt.clear();
        const times = await this.appliedEverywhere(e, e.seq);
        if (epoch !== e.epoch) return;
        this.counts.revoked += 1;
        for (const [gw, at] of times) {
          e.appliedAt.set(gw, at);
          this.judge.revoked(at - e.changedAt);
        }
        Object.assign(e, {
          phase: 'revoked',
          dueAt: Math.max(...times.values()) + this.options.sweepDelayMs + TICK_MS + SLACK_MS,
        });
        return;
      }
      case 'revoked': {
        e.dueAt = Number.POSITIVE_INFINITY;
        await Promise.all(this.stack.gateways.map((gw) => this.checkRevoked(e, gw)));
        if (epoch !== e.epoch || this.quiet) {
          e.dueAt = Date.now();
          return;
        }
        const changedAt = Date.now();
        const seq = await mock.attachTag(e.uid, TRAFFIC_TAG);
        if (epoch !== e.epoch) return;
        Object.assign(e, { phase: 'granting', seq, changedAt, dueAt: 0 });
        e.sessions.clear();
        return;
      }
      case 'revoking':
        return;
    }
  }

  /** Waits (retrying through faults) until every gateway applied EMS 1 up to `seq`; returns when each did. */
  private async appliedEverywhere(e: Endpoint, seq: number): Promise<Map<string, number>> {
    const times = new Map<string, number>();
    await Promise.all(
      this.stack.gateways.map(async (gw) => {
        while (e.epoch === this.epoch) {
          try {
            if (await gw.client.waitApplied(1, seq, 20_000)) {
              times.set(gw.id, Date.now());
              return;
            }
          } catch {
            await new Promise((r) => setTimeout(r, 200));
          }
        }
      }),
    );
    return times;
  }

  private async establish(e: Endpoint, gw: ChaosGateway): Promise<void> {
    const sport = this.port();
    const c2s = this.packet(e.ip, sport, ['syn']);
    const s2c: PacketJson = {
      proto: 'tcp',
      src: SERVER.ip,
      sport: SERVER.port,
      dst: e.ip,
      dport: sport,
      flags: ['syn', 'ack'],
    };
    const startedAt = gw.startedAt;
    const verdicts = await gw.client.packets([c2s, s2c, this.packet(e.ip, sport, ['ack'])]);
    if (verdicts.every((v) => v.action === 'accept')) {
      e.sessions.set(gw.id, { startedAt, sport });
      this.counts.established += 1;
    } else {
      this.counts.failedEstablish += 1;
      if (this.counts.failedEstablish === 1)
        this.onNote(`${gw.id}: session from ${e.ip} not established: ${JSON.stringify(verdicts)}`);
    }
  }

  private async checkRevoked(e: Endpoint, gw: ChaosGateway): Promise<void> {
    const appliedAt = e.appliedAt.get(gw.id);
    if (appliedAt === undefined) return;
    this.judge.checked('enforcement');
    this.counts.checked += 1;
    const probe = await gw.client.packets([this.packet(e.ip, this.port(), ['syn'])]);
    if (probe[0]?.action === 'accept') {
      this.judge.violate(
        'enforcement',
        `${gw.id}: new session accepted from ${e.ip} without ${TRAFFIC_TAG}`,
        `${Date.now() - appliedAt} ms after the revocation (EMS seq ${e.seq}) was applied; verdict ${JSON.stringify(probe[0])}`,
      );
    }
    const s = e.sessions.get(gw.id);
    if (!s || s.startedAt !== gw.startedAt) return;
    const session = (await gw.client.sessions(e.ip)).find((x) => x.sport === s.sport);
    const state = session?.state ?? [];
    const since = Date.now() - appliedAt;
    if (gw.dynAddrSessionCheck && session && !state.includes('block')) {
      this.judge.violate(
        'enforcement',
        `${gw.id}: ${e.active ? 'active' : 'idle'} session of ${e.ip} not blocked ${since} ms after its tag left`,
        `state=${state.join(' ')} policy_id=${session.policyId}; sweep delay ${this.options.sweepDelayMs} ms, EMS seq ${e.seq}`,
      );
    }
    if (!gw.dynAddrSessionCheck && (!session || state.includes('block') || state.includes('dirty'))) {
      this.judge.violate(
        'enforcement',
        `${gw.id}: session of ${e.ip} not kept after its tag left (dyn-addr-session-check disable)`,
        session ? `state=${state.join(' ')} policy_id=${session.policyId}` : 'session gone',
      );
    }
  }

  private packet(src: string, sport: number, flags: PacketJson['flags']): PacketJson {
    return { proto: 'tcp', src, sport, dst: SERVER.ip, dport: SERVER.port, flags };
  }

  private port(): number {
    this.nextPort = this.nextPort >= 60_000 ? 20_000 : this.nextPort + 1;
    return this.nextPort;
  }
}
