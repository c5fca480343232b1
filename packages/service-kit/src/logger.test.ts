import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { serviceLoggerOptions } from './logger.js';

describe('service logger', () => {
  it('pretty-prints through pino-pretty when stdout is a terminal', () => {
    const options = serviceLoggerOptions({ name: 'gateway', level: 'debug', tty: true });
    expect(options).toMatchObject({ name: 'gateway', level: 'debug' });
    expect(options.transport).toMatchObject({ target: 'pino-pretty', options: { colorize: true } });
  });

  it('writes one JSON object per line otherwise', () => {
    const options = serviceLoggerOptions({ name: 'ems-mock', tty: false });
    expect(options).toEqual({ name: 'ems-mock', level: 'info' });
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk: Buffer, _enc, done) => {
        lines.push(chunk.toString());
        done();
      },
    });
    pino(options, sink).info({ seq: 3 }, 'applied');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, name: 'ems-mock', seq: 3, msg: 'applied' });
  });
});
