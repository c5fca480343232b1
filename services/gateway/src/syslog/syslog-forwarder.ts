import { createSocket, type Socket } from 'node:dgram';
import { connect, type Socket as TcpSocket } from 'node:net';
import type { LogSyslogdSetting } from '../core/model/config.js';
import type { FeedEvent } from '../feed/feed-event.js';

/** `<189>`: facility local7 (23) × 8 + severity notice (5), FortiOS's default syslog facility. */
const PRI = '<189>';
/** Unsent TCP bytes at most; beyond it lines are dropped (counted). */
const MAX_TCP_BACKLOG = 1024 * 1024;
const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/;

export interface SyslogForwarderOptions {
  /** The `config log syslogd setting` in force, read for every line (edits apply at once). */
  setting(): LogSyslogdSetting | undefined;
  onSent(): void;
  /** A line was not sent: the server is not loopback, the socket failed, or TCP is backed up. */
  onDropped(reason: 'not-loopback' | 'socket-error' | 'backlog'): void;
}

/**
 * Sends each `log` event's line as syslog (`<189>` + the FortiOS line, FortiOS's default format) to
 * the server of `config log syslogd setting` when its status is enabled: `mode udp` one datagram per
 * line (RFC 5426), `mode reliable` TCP with RFC 6587 octet counting (`<length> <message>`). Simulated
 * addresses are data: only a loopback server is ever dialled; any other is counted as dropped.
 */
export class SyslogForwarder {
  private udp: Socket | undefined;
  private tcp: TcpSocket | undefined;
  private tcpTarget = '';

  constructor(private readonly options: SyslogForwarderOptions) {}

  /** Feed listener: forwards log events, ignores the others. */
  readonly offer = (event: FeedEvent): void => {
    if (event.kind !== 'log') return;
    const s = this.options.setting();
    if (s === undefined || !s.status) return;
    if (!LOOPBACK.test(s.server)) return this.options.onDropped('not-loopback');
    const message = Buffer.from(`${PRI}${event.log.line}`);
    if (s.mode === 'udp') this.sendUdp(message, s);
    else this.sendTcp(message, s);
  };

  close(): void {
    this.udp?.close();
    this.udp = undefined;
    this.tcp?.destroy();
    this.tcp = undefined;
  }

  private sendUdp(message: Buffer, s: LogSyslogdSetting): void {
    if (this.udp === undefined) {
      this.udp = createSocket(s.server.includes(':') ? 'udp6' : 'udp4');
      this.udp.on('error', () => this.options.onDropped('socket-error'));
      this.udp.unref();
    }
    this.udp.send(message, s.port, s.server, (err) => {
      if (err) this.options.onDropped('socket-error');
      else this.options.onSent();
    });
  }

  private sendTcp(message: Buffer, s: LogSyslogdSetting): void {
    const target = `${s.server}:${s.port}`;
    if (this.tcp === undefined || this.tcp.destroyed || this.tcpTarget !== target) {
      this.tcp?.destroy();
      this.tcpTarget = target;
      const socket = connect({ host: s.server, port: s.port });
      socket.on('error', () => {
        this.options.onDropped('socket-error');
        socket.destroy();
      });
      socket.unref();
      this.tcp = socket;
    }
    if (this.tcp.writableLength > MAX_TCP_BACKLOG) return this.options.onDropped('backlog');
    this.tcp.write(`${message.length} `);
    this.tcp.write(message, (err) => {
      if (!err) this.options.onSent();
    });
  }
}
