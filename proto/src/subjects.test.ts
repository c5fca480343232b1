import { describe, expect, it } from 'vitest';
import { ztna } from '../gen/ztna.js';
import { encodeGatewayEvents } from './gateway-subjects.js';
import { createSubjects, eventMessageId } from './subjects.js';
import { endpointProblems, intToIPv4, ipv4ToInt, isIPv4, isMac } from './validate.js';

describe('subjects', () => {
  it('names every subject under the prefix', () => {
    const s = createSubjects('t42.ztna', 'EV_t42');
    expect(s.endpointEvents(1, 'FCT-9')).toBe('t42.ztna.ems.1.ep.FCT-9');
    expect(s.eventsFilter).toBe('t42.ztna.ems.*.ep.*');
    expect(s.snapshot(3)).toBe('t42.ztna.ems.3.snapshot');
    expect(s.heartbeat(3)).toBe('t42.ztna.ems.3.heartbeat');
    expect(s.heartbeatFilter).toBe('t42.ztna.ems.*.heartbeat');
    expect(s.deadLetter('gw1')).toBe('t42.ztna.gw.gw1.dlq');
    expect(s.durable('gw1')).toBe('gw-gw1');
    expect(eventMessageId(1, 'inc', 7)).toBe('1:inc:7');
  });

  it('refuses tokens that would break the subject space, naming the value', () => {
    expect(() => createSubjects('a..b')).toThrow(/invalid token ""/);
    expect(() => createSubjects().endpointEvents(1, 'a.b')).toThrow(/uid: invalid subject token "a.b"/);
  });
});

describe('encodeGatewayEvents', () => {
  it('gives each event of the range its own message, equal to encoding it alone', () => {
    const events: ztna.v1.IGatewayEvent[] = Array.from({ length: 7 }, (_, i) => ({
      gatewayId: 'gw1',
      id: 2 ** 32 + i + 1,
      revision: i,
      timeMs: 1_700_000_000_000 + i,
      ...(i % 2 === 0
        ? {
            membership: {
              address: 'EMS1_ZTNA_APP_SERVERS',
              tag: 'APP_SERVERS',
              emsId: 1,
              removed: [`10.1.0.${i}`],
            },
          }
        : {
            session: {
              serial: i,
              proto: 6,
              src: '10.1.0.1',
              sport: 40000 + i,
              dst: '192.168.12.99',
              dport: 22,
            },
          }),
    }));
    const encoded = encodeGatewayEvents(events, 2, 4);
    expect(encoded).toHaveLength(4);
    encoded.forEach((data, k) => {
      expect([...data]).toEqual([...ztna.v1.GatewayEvent.encode(events[2 + k]!).finish()]);
      expect(ztna.v1.GatewayEvent.decode(data).id).toBe(events[2 + k]!.id);
    });
  });
});

describe('validators', () => {
  it('accepts only dotted IPv4 and lower-case MACs', () => {
    expect(isIPv4('192.168.30.108')).toBe(true);
    expect(isIPv4('256.1.1.1')).toBe(false);
    expect(isIPv4('01.1.1.1')).toBe(false);
    expect(isMac('0c:37:96:06:d7:5d')).toBe(true);
    expect(isMac('0C:37:96:06:D7:5D')).toBe(false);
    expect(intToIPv4(ipv4ToInt('192.168.30.108'))).toBe('192.168.30.108');
    expect(ipv4ToInt('255.255.255.255')).toBe(4294967295);
  });

  it('ipv4ToInt reads exactly the texts isIPv4 accepts, to the number the dotted parts give', () => {
    const edge = [
      '0.0.0.0',
      '1.2.3.4',
      '10.200.255.1',
      '255.255.255.255',
      '256.0.0.1',
      '1.2.3',
      '1.2.3.4.5',
      '1..2.3',
      '.1.2.3',
      '1.2.3.',
      '00.1.2.3',
      '1.02.3.4',
      '1.2.3.04',
      '1.2.3.4 ',
      ' 1.2.3.4',
      '1.2.3.-4',
      '1.2.3.4a',
      '1e2.1.1.1',
      '999.1.1.1',
      '1.2.3.260',
      '0x1.2.3.4',
      '١.2.3.4',
      '',
      '1.2.3.0000',
    ];
    // Random addresses in dotted form, and each again with one character inserted, replaced or removed.
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    const valid = Array.from({ length: 5000 }, () => [next(256), next(256), next(256), next(256)].join('.'));
    const chars = '0123456789.x ';
    const mutated = valid.map((v) => {
      const at = next(v.length + 1);
      const c = chars[next(chars.length)]!;
      const cut = [0, 1, 0][next(3)]!;
      return next(3) === 0 ? v.slice(0, at) + v.slice(at + 1) : v.slice(0, at) + c + v.slice(at + cut);
    });
    for (const text of [...edge, ...valid, ...mutated]) {
      const n = ipv4ToInt(text);
      if (!isIPv4(text)) {
        expect(n, text).toBeNaN();
        continue;
      }
      const expected = text.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
      expect(n, text).toBe(expected);
      expect(intToIPv4(n)).toBe(text);
    }
    // Both kinds are well represented among the mutated texts.
    expect(mutated.filter(isIPv4).length).toBeGreaterThan(1000);
    expect(mutated.filter((m) => !isIPv4(m)).length).toBeGreaterThan(1000);
  });

  it('names the field and the value of each problem', () => {
    const problems = endpointProblems({ uid: 'ok', ips: ['1.2.3.4', 'x'], macs: ['zz'] });
    expect(problems.map((p) => `${p.field}=${String(p.value)}`)).toEqual([
      'endpoint.ips[1]=x',
      'endpoint.macs[0]=zz',
    ]);
  });
});
