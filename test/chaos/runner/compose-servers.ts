import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { waitFor } from '@ztna/test';
import type { FaultableServer } from './chaos-stack.js';
import { containerPid, docker, exec } from './docker.js';

/**
 * NATS or Redis of the compose project with the runner's fault controls: stop/start and pause/unpause
 * of its container; `cutOff` by iptables rules in the container's network namespace (`nsenter -n`),
 * which spare the judge (`judgeIp`: the network's gateway, where published-port traffic comes from), as
 * the local target's proxy spares its direct URL:
 * - 'reset': TCP RST both ways on the server port (connections close, new ones are refused);
 * - 'one-way': the server's packets to clients dropped (what clients send arrives, answers never do).
 * Stop, cut and one-way are the compose spelling of `ServerHandle`'s; `answers` tells when it is back.
 */
export class ContainerServer implements FaultableServer {
  private rules: { pid: number; rules: string[][] } | undefined;

  constructor(
    readonly name: string,
    readonly containerId: string,
    private readonly port: number,
    private readonly judgeIp: string,
    private readonly answers: () => Promise<boolean>,
  ) {}

  async stop(): Promise<void> {
    await docker(['stop', '-t', '10', this.containerId]);
  }

  async start(): Promise<void> {
    await docker(['start', this.containerId]);
    await waitFor(this.answers, { what: `${this.name} answering again`, timeoutMs: 60_000, intervalMs: 100 });
  }

  async pause(): Promise<void> {
    await docker(['pause', this.containerId]);
  }

  async unpause(): Promise<void> {
    await docker(['unpause', this.containerId]);
  }

  async cutOff(mode: 'reset' | 'one-way'): Promise<void> {
    const port = String(this.port);
    const rules =
      mode === 'reset'
        ? [
            [
              'INPUT',
              '-p',
              'tcp',
              '--dport',
              port,
              '!',
              '-s',
              this.judgeIp,
              '-j',
              'REJECT',
              '--reject-with',
              'tcp-reset',
            ],
            [
              'OUTPUT',
              '-p',
              'tcp',
              '--sport',
              port,
              '!',
              '-d',
              this.judgeIp,
              '-j',
              'REJECT',
              '--reject-with',
              'tcp-reset',
            ],
          ]
        : [['OUTPUT', '-p', 'tcp', '--sport', port, '!', '-d', this.judgeIp, '-j', 'DROP']];
    const pid = await containerPid(this.containerId);
    for (const rule of rules) await iptables(pid, ['-I', ...rule]);
    this.rules = { pid, rules };
  }

  async restore(): Promise<void> {
    const cut = this.rules;
    this.rules = undefined;
    if (!cut) return;
    for (const rule of cut.rules) await iptables(cut.pid, ['-D', ...rule]);
  }
}

/** `iptables <args>` in the network namespace of process `pid`. */
function iptables(pid: number, args: string[]): Promise<string> {
  return exec('nsenter', ['-t', String(pid), '-n', 'iptables', '-w', '5', ...args], 20_000);
}

/**
 * Follows `docker events` of one compose project and calls `onDie(service, exitCode)` for each
 * container that exits (stopped, killed or crashed). `stop()` ends the watch.
 */
export function watchDeaths(
  project: string,
  onDie: (service: string, exitCode: number | null) => void,
): { stop: () => void } {
  const child: ChildProcess = spawn(
    'docker',
    [
      'events',
      '--filter',
      `label=com.docker.compose.project=${project}`,
      '--filter',
      'event=die',
      '--format',
      '{{json .}}',
    ],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  child.on('error', () => undefined);
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      const event = JSON.parse(line) as { Actor?: { Attributes?: Record<string, string> } };
      const attributes = event.Actor?.Attributes ?? {};
      const service = attributes['com.docker.compose.service'];
      const code = attributes.exitCode === undefined ? null : Number(attributes.exitCode);
      if (service) onDie(service, code);
    } catch {
      // not an event line
    }
  });
  return { stop: () => void child.kill('SIGTERM') };
}
