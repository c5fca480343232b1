// CPU time of the other processes a bench drives, read from /proc (Linux; elsewhere every figure is 0):
// child processes by pid and the servers (nats-server, redis-server) by name (the bench's own process has
// process.cpuUsage()). A bench takes a
// snapshot before its measured window and prints the CPU each process spent per operation in it, so a
// figure comes with how busy the whole host was while it was measured.
import { readFileSync, readdirSync } from 'node:fs';

/** utime + stime of `pid` in clock ticks (USER_HZ, 100 on Linux), 0 when it cannot be read. */
function ticks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function pidsNamed(name: string): number[] {
  try {
    return readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          return readFileSync(`/proc/${d}/comm`, 'utf8').trim() === name;
        } catch {
          return false;
        }
      })
      .map(Number);
  } catch {
    return [];
  }
}

export interface CpuWindow {
  /** One line: per process group, CPU µs per operation and the share of one core over the window. */
  report(operations: number): string;
}

/** Starts a window over `groups` (label → pids) plus nats-server and redis-server. */
export function cpuWindow(groups: Record<string, number[]>): CpuWindow {
  const all: Record<string, number[]> = {
    ...groups,
    'nats-server': pidsNamed('nats-server'),
    'redis-server': pidsNamed('redis-server'),
  };
  const sum = (pids: number[]): number => pids.reduce((s, p) => s + ticks(p), 0);
  const start = Object.fromEntries(Object.entries(all).map(([k, pids]) => [k, sum(pids)]));
  const startedAt = performance.now();
  return {
    report(operations) {
      const wallMs = performance.now() - startedAt;
      const parts = Object.entries(all).map(([k, pids]) => {
        const cpuMs = (sum(pids) - start[k]!) * 10;
        return `${k} ${Math.round((cpuMs * 1000) / operations)} µs (${Math.round((cpuMs / wallMs) * 100)}% of a core)`;
      });
      return parts.join(', ');
    },
  };
}
