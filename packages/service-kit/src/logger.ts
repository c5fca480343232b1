import { pino, type Logger, type LoggerOptions } from 'pino';

/** What a service's root logger is made from. */
export interface ServiceLoggerOptions {
  /** pino `name` of every line (`gateway`, `ems-mock`). */
  readonly name: string;
  /** pino level (default `info`). */
  readonly level?: string;
  /** Whether stdout is a terminal (default `process.stdout.isTTY`): pretty lines then, JSON otherwise. */
  readonly tty?: boolean;
}

/**
 * The pino options of a service's root logger: on a terminal, human-readable lines through pino-pretty
 * (local time, colours, `name` and `pid` left out); otherwise one JSON object per line, as log
 * collectors read them.
 */
export function serviceLoggerOptions(options: ServiceLoggerOptions): LoggerOptions {
  const base: LoggerOptions = { name: options.name, level: options.level ?? 'info' };
  if (!(options.tty ?? process.stdout.isTTY === true)) return base;
  return {
    ...base,
    transport: {
      target: 'pino-pretty',
      options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' },
    },
  };
}

/** The root logger of a service process (made once, in `main.ts`): see `serviceLoggerOptions`. */
export function createServiceLogger(options: ServiceLoggerOptions): Logger {
  return pino(serviceLoggerOptions(options));
}
