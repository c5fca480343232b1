import type { ChaosStack } from './chaos-stack.js';
import type { FaultKind } from './options.js';

/** One injected fault: what, on which component, from when to when. */
export interface FaultRecord {
  readonly n: number;
  readonly kind: FaultKind;
  readonly target: string;
  readonly startedAt: number;
  healedAt?: number;
  /** Heal → every gateway equal to the EMS truth, ms; undefined until converged. */
  convergedMs?: number;
}

/**
 * Injects `kind` on the stack (throwaway servers or compose containers alike) and resolves when it is
 * in force; the returned function heals it. `pick` chooses among several targets (EMS, gateway) from the seeded schedule. Hold times are the
 * caller's: the fault stays until heal is called (gateway-kill and ems-restart heal at once).
 */
export async function inject(
  stack: ChaosStack,
  kind: FaultKind,
  pick: (n: number) => number,
  seed: number,
): Promise<{ target: string; heal: () => Promise<void> }> {
  const nothing = async (): Promise<void> => undefined;
  switch (kind) {
    case 'nats-restart':
      await stack.nats.stop();
      return { target: 'nats', heal: () => stack.nats.start() };
    case 'nats-freeze':
      await stack.nats.pause();
      return { target: 'nats', heal: () => stack.nats.unpause() };
    case 'nats-cut':
      await stack.nats.cutOff('reset');
      return { target: 'nats', heal: async () => stack.nats.restore() };
    case 'nats-blackhole':
      await stack.nats.cutOff('one-way');
      return { target: 'nats (replies swallowed)', heal: async () => stack.nats.restore() };
    case 'redis-restart-empty':
      // Redis keeps nothing across a restart in either target (no persistence): it comes back empty.
      await stack.redis.stop();
      return { target: 'redis', heal: () => stack.redis.start() };
    case 'redis-freeze':
      await stack.redis.pause();
      return { target: 'redis', heal: () => stack.redis.unpause() };
    case 'redis-cut':
      await stack.redis.cutOff('reset');
      return { target: 'redis', heal: async () => stack.redis.restore() };
    case 'gateway-kill': {
      const i = pick(stack.gateways.length);
      await stack.killGateway(i);
      return { target: stack.gateways[i]!.id, heal: () => stack.startGateway(i) };
    }
    case 'ems-restart': {
      const i = pick(stack.ems.length);
      await stack.restartEms(i);
      return { target: `ems${i + 1}`, heal: nothing };
    }
    case 'pub-drop':
    case 'pub-duplicate':
    case 'pub-reorder':
    case 'pub-delay': {
      const i = pick(stack.ems.length);
      const settings = {
        'pub-drop': { drop: 0.01 },
        'pub-duplicate': { duplicate: 0.05 },
        'pub-reorder': { reorder: 0.05 },
        'pub-delay': { delay: 0.02, delayMs: 1500 },
      }[kind];
      await stack.ems[i]!.setFaults({ seed, ...settings });
      return { target: `ems${i + 1} publisher`, heal: () => stack.ems[i]!.setFaults({}) };
    }
  }
}
