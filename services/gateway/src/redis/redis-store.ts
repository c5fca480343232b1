import { createHash } from 'node:crypto';
import type { DynamicAddressObject } from '../core/model/membership.js';
import {
  decodeEndpointState,
  encodeEndpointState,
  parseAddressName,
  type EndpointState,
} from '../tagsync/endpoint-state.js';
import type { MembershipPlan } from '../tagsync/membership-draft.js';
import type { AppliedState, LoadedState } from '../tagsync/membership-mirror.js';
import type { MembershipStore, StoreResult } from '../tagsync/ports.js';
import { APPLY_SCRIPT, ScriptArgs, packPairs } from './apply-script.js';
import { GatewayError } from '../errors.js';
import type { GatewayKeys } from './keys.js';
import { redisCause, type RedisClient } from './redis-client.js';

const SCRIPT_SHA = createHash('sha1').update(APPLY_SCRIPT).digest('hex');

const encodeApplied = (a: AppliedState): string => `${a.incarnation}|${a.seq}|${a.sinceMs}`;

function decodeApplied(value: string): AppliedState | undefined {
  const parts = value.split('|');
  const sinceMs = Number(parts.pop());
  const seq = Number(parts.pop());
  const incarnation = parts.join('|');
  return incarnation && Number.isFinite(seq) && Number.isFinite(sinceMs)
    ? { incarnation, seq, sinceMs }
    : undefined;
}

/**
 * {@link MembershipStore} on Redis or a Redis Cluster: one EVALSHA per plan, loads in one MULTI. Every
 * key carries the gateway's hash tag, so both run on the one node that owns its slot (the Cluster
 * client follows MOVED/ASK). A failure rejects with ZTNA_ERR_UNAVAILABLE naming the real cause
 * (MOVED, CLUSTERDOWN, ... rather than EXECABORT), kept in {@link failure} until the next success.
 */
export class RedisStore implements MembershipStore {
  private lastFailure: string | undefined;

  constructor(
    private readonly redis: RedisClient,
    private readonly keys: GatewayKeys,
  ) {}

  /** Why the last store call failed, until one succeeds; undefined when the last one succeeded. */
  get failure(): string | undefined {
    return this.lastFailure;
  }

  revision(): Promise<number> {
    return this.tracked('GET', async () => Number((await this.redis.get(this.keys.revision)) ?? 0));
  }

  apply(plan: MembershipPlan, expectedRevision: number, minRevision: number): Promise<StoreResult> {
    return this.tracked('EVALSHA', async () => {
      const args = this.scriptArgs(plan, expectedRevision, minRevision);
      const [revision, changed] = (await this.evalApply(args)) as [number, number];
      return revision < 0 ? { conflict: changed } : { revision, effective: changed };
    });
  }

  load(emsIds: readonly number[]): Promise<LoadedState> {
    return this.tracked('MULTI', () => this.loadState(emsIds));
  }

  private async tracked<T>(command: string, run: () => Promise<T>): Promise<T> {
    try {
      const result = await run();
      this.lastFailure = undefined;
      return result;
    } catch (err) {
      this.lastFailure = `${command} on ${this.keys.base}: ${redisCause(err)}`;
      throw new GatewayError('ZTNA_ERR_UNAVAILABLE', `redis ${this.lastFailure}`, { cause: err });
    }
  }

  private async loadState(emsIds: readonly number[]): Promise<LoadedState> {
    const k = this.keys;
    const multi = this.redis.multi().get(k.revision).hgetall(k.applied).hgetall(k.ids).get(k.idSeq);
    for (const emsId of emsIds) multi.hgetallBuffer(k.endpoints(emsId));
    const replies = (await multi.exec()) ?? [];
    const value = (i: number): unknown => {
      const [err, result] = replies[i] ?? [new Error('no reply')];
      if (err) throw err;
      return result;
    };
    const wanted = new Set(emsIds);
    const applied = new Map<number, AppliedState>();
    for (const [ems, text] of Object.entries(value(1) as Record<string, string>)) {
      const state = decodeApplied(text);
      if (state && wanted.has(Number(ems))) applied.set(Number(ems), state);
    }
    const addresses: DynamicAddressObject[] = [];
    for (const [name, id] of Object.entries(value(2) as Record<string, string>)) {
      const parsed = parseAddressName(name);
      if (parsed && wanted.has(parsed.emsId)) addresses.push({ name, id: Number(id), ...parsed });
    }
    const records = new Map<number, Map<string, EndpointState>>();
    emsIds.forEach((emsId, i) => {
      const byUid = new Map<string, EndpointState>();
      for (const [uid, bytes] of Object.entries(value(4 + i) as Record<string, Buffer>)) {
        byUid.set(uid, decodeEndpointState(bytes));
      }
      records.set(emsId, byUid);
    });
    return {
      revision: Number(value(0) ?? 0),
      nextId: Number(value(3) ?? 0),
      addresses,
      applied,
      records,
    };
  }

  private scriptArgs(plan: MembershipPlan, expectedRevision: number, minRevision: number): ScriptArgs {
    const k = this.keys;
    const args = new ScriptArgs(k.revision, expectedRevision, minRevision);
    const puts = new Map<number, [string, Uint8Array][]>();
    const deletes = new Map<number, string[]>();
    for (const r of plan.records) {
      if (r.state) {
        const list = puts.get(r.emsId) ?? puts.set(r.emsId, []).get(r.emsId)!;
        list.push([r.uid, encodeEndpointState(r.state)]);
      } else {
        (deletes.get(r.emsId) ?? deletes.set(r.emsId, []).get(r.emsId)!).push(r.uid);
      }
    }
    for (const [emsId, pairs] of puts) args.op('P', k.endpoints(emsId), [packPairs(pairs)]);
    for (const [emsId, uids] of deletes) args.op('h', k.endpoints(emsId), uids);
    if (plan.created.length > 0) {
      args.op(
        'H',
        k.ids,
        plan.created.flatMap((a) => [a.name, String(a.id)]),
      );
      args.op('X', k.idSeq, [String(plan.nextId)]);
    }
    const appliedPuts: string[] = [];
    const appliedDeletes: string[] = [];
    for (const [emsId, state] of plan.applied) {
      if (state) appliedPuts.push(String(emsId), encodeApplied(state));
      else appliedDeletes.push(String(emsId));
    }
    args.op('H', k.applied, appliedPuts);
    args.op('h', k.applied, appliedDeletes);
    const adds = new Map<string, string[]>();
    const removes = new Map<string, string[]>();
    for (const d of plan.deltas) {
      const byAddress = d.op === 'add' ? adds : removes;
      (byAddress.get(d.address) ?? byAddress.set(d.address, []).get(d.address)!).push(d.member);
    }
    for (const [address, members] of adds) args.op('A', k.address(address), members);
    for (const [address, members] of removes) args.op('S', k.address(address), members);
    return args;
  }

  private async evalApply(args: ScriptArgs): Promise<unknown> {
    // One array, never spread: a resync can carry more arguments than a JS call accepts.
    const command = [SCRIPT_SHA, String(args.keys.length)].concat(args.keys, args.argv as string[]);
    try {
      return await this.redis.call('EVALSHA', command);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      // EVAL with the same keys runs on the node that owns them (and caches the script there).
      command[0] = APPLY_SCRIPT;
      return this.redis.call('EVAL', command);
    }
  }
}
