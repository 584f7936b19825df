import { describe, expect, it } from 'vitest';
import { parseStunUrl } from '~/lib/stun/stun-url';

describe('parseStunUrl', () => {
  it('reads a host name with a port', () => {
    expect(parseStunUrl(' stun:stun.example.org:3478 ')).toEqual({
      scheme: 'stun',
      host: 'stun.example.org',
      port: 3478,
      portGiven: true,
      url: 'stun:stun.example.org:3478',
    });
  });

  it('uses port 3478 for stun and 5349 for stuns when none is given (RFC 8489 §6.2)', () => {
    expect(parseStunUrl('stun:192.0.2.7')).toMatchObject({ port: 3478, portGiven: false, url: 'stun:192.0.2.7' });
    expect(parseStunUrl('STUNS:Example.org')).toMatchObject({ scheme: 'stuns', port: 5349, url: 'stuns:example.org' });
  });

  it('reads an IPv6 literal in brackets', () => {
    expect(parseStunUrl('stun:[2001:db8::1]:19302')).toMatchObject({
      host: '2001:db8::1',
      port: 19302,
      url: 'stun:[2001:db8::1]:19302',
    });
  });

  it('explains each kind of mistake', () => {
    const error = (text: string) => {
      const result = parseStunUrl(text);
      return 'error' in result ? result.error : '';
    };
    expect(error('')).toMatch(/Type a STUN server URL/);
    expect(error('turn:turn.example.org')).toMatch(/TURN URL/);
    expect(error('https://stun.example.org')).toMatch(/not a web address/);
    expect(error('stun.example.org:3478')).toMatch(/starts with "stun:"/);
    expect(error('stun://stun.example.org')).toMatch(/no "\/\/"/);
    expect(error('stun:stun.example.org:3478?transport=udp')).toMatch(/no path, query/);
    expect(error('stun:exa_mple.org')).toMatch(/not a host name/);
    expect(error('stun:[2001:db8::1')).toMatch(/brackets/);
    expect(error('stun:example.org:port')).toMatch(/is a number/);
    expect(error('stun:example.org:70000')).toMatch(/out of range/);
    expect(error('stun:<img src=x onerror=alert(1)>')).not.toBe('');
    expect(error(`stun:${'a'.repeat(300)}`)).toMatch(/longer than/);
  });
});
