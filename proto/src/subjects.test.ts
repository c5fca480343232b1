import { describe, expect, it } from 'vitest';
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

  it('names the field and the value of each problem', () => {
    const problems = endpointProblems({ uid: 'ok', ips: ['1.2.3.4', 'x'], macs: ['zz'] });
    expect(problems.map((p) => `${p.field}=${String(p.value)}`)).toEqual([
      'endpoint.ips[1]=x',
      'endpoint.macs[0]=zz',
    ]);
  });
});
