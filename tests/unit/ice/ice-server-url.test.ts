import { describe, expect, it } from 'vitest';
import {
  formatIceServerUrl,
  MAX_ICE_SERVER_URL_LENGTH,
  needsTurnCredentials,
  parseIceServerUrl,
  type IceServerKind,
} from '~/lib/ice/ice-server-url';

/** The error message for text, or '' when it parsed. */
function error(text: string, kind: IceServerKind = 'any'): string {
  const result = parseIceServerUrl(text, kind);
  return result.ok ? '' : result.error.message;
}

describe('parseIceServerUrl', () => {
  it('reads a STUN host name with a port', () => {
    expect(parseIceServerUrl(' stun:stun.example.org:3478 ', 'stun')).toEqual({
      ok: true,
      url: {
        scheme: 'stun',
        host: 'stun.example.org',
        port: 3478,
        portGiven: true,
        transport: undefined,
        loopback: false,
      },
      warnings: [
        {
          severity: 'info',
          message:
            'stun.example.org is not on this machine: using this URL contacts a server you typed in.',
        },
      ],
    });
  });

  it('reads the course’s development TURN URL without a warning', () => {
    expect(parseIceServerUrl('turn:127.0.0.1:3478?transport=udp', 'turn')).toEqual({
      ok: true,
      url: {
        scheme: 'turn',
        host: '127.0.0.1',
        port: 3478,
        portGiven: true,
        transport: 'udp',
        loopback: true,
      },
      warnings: [],
    });
  });

  it('fills in the default ports of RFC 7064 and RFC 7065: 3478, and 5349 for stuns and turns', () => {
    expect(parseIceServerUrl('stun:192.0.2.7')).toMatchObject({
      url: { port: 3478, portGiven: false },
    });
    expect(parseIceServerUrl('STUNS:Example.org')).toMatchObject({
      url: { scheme: 'stuns', host: 'example.org', port: 5349 },
    });
    expect(parseIceServerUrl('turn:localhost')).toMatchObject({
      url: { port: 3478, transport: undefined },
    });
    expect(parseIceServerUrl('turns:turn.example.org?transport=tcp')).toMatchObject({
      url: { port: 5349, transport: 'tcp' },
    });
  });

  it('reads bracketed IPv6 literals and knows ::1 is loopback', () => {
    expect(parseIceServerUrl('stun:[2001:db8::1]:19302')).toMatchObject({
      url: { host: '2001:db8::1', port: 19302, loopback: false },
    });
    expect(parseIceServerUrl('turn:[::1]:3478')).toMatchObject({
      url: { host: '::1', loopback: true },
    });
  });

  it('notes that a server which is not on this machine will be contacted', () => {
    const result = parseIceServerUrl('turn:turn.example.org:443?transport=tcp');
    expect(result.ok && result.warnings.map((w) => w.message).join(' ')).toMatch(
      /turn\.example\.org/,
    );
  });

  it('warns about TLS over UDP', () => {
    const result = parseIceServerUrl('turns:127.0.0.1:5349?transport=udp');
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/TLS/) }),
    ]);
  });

  it('tells a STUN-only caller that a TURN URL is the wrong kind, and the other way round', () => {
    expect(error('turn:turn.example.org', 'stun')).toMatch(/TURN URL/);
    expect(error('stun:127.0.0.1:3478', 'turn')).toMatch(/STUN URL/);
    expect(parseIceServerUrl('turn:turn.example.org', 'any').ok).toBe(true);
  });

  it.each([
    ['', 'stun', /Type a STUN server URL/],
    ['', 'turn', /Type a TURN server URL/],
    ['https://stun.example.org', 'stun', /not a web address/],
    ['http://127.0.0.1:3478', 'turn', /not a web address/],
    ['stun.example.org:3478', 'stun', /starts with stun:/],
    ['ftp:127.0.0.1', 'turn', /starts with turn:/],
    ['stun://stun.example.org', 'stun', /no “\/\/”/],
    ['turn://127.0.0.1:3478', 'turn', /no “\/\/”/],
    ['stun:stun.example.org:3478?transport=udp', 'stun', /no path, query/],
    ['stun:h?transport=udp', 'any', /only turn: and turns: URLs take \?transport=/],
    ['stun:exa_mple.org', 'stun', /not a host name/],
    ['turn:999.1.1.1:3478', 'turn', /not a host name/],
    ['turn:<script>:3478', 'turn', /not a host name/],
    ['stun:[2001:db8::1', 'stun', /closing/],
    ['turn:[::1:3478', 'turn', /closing/],
    ['turn:::1:3478', 'turn', /brackets/],
    ['stun:example.org:port', 'stun', /not a number/],
    ['turn:127.0.0.1:34x', 'turn', /not a number/],
    ['stun:example.org:70000', 'stun', /out of range/],
    ['turn:127.0.0.1:0', 'turn', /1 to 65535/],
    ['turn:127.0.0.1:99999', 'turn', /1 to 65535/],
    ['turn:127.0.0.1:3478?transport=sctp', 'turn', /transport=udp or \?transport=tcp/],
    ['turn:127.0.0.1:3478?transport=udp?x', 'turn', /more than one/],
    ['turn::3478', 'turn', /no host/],
    ['stun:<img src=x onerror=alert(1)>', 'stun', /STUN URL/],
  ] as const)('refuses %j (%s) with a reason', (input, kind, reason) => {
    expect(error(input, kind)).toMatch(reason);
  });

  it('points its char span at the part to fix, counting leading spaces', () => {
    expect(parseIceServerUrl('  turn:127.0.0.1:99999')).toMatchObject({
      error: { span: { unit: 'char', start: 17, length: 5 } },
    });
    expect(parseIceServerUrl('turn:bad_host:3478')).toMatchObject({
      error: { span: { unit: 'char', start: 5, length: 8 } },
    });
  });

  it('refuses overlong input and never throws on odd values', () => {
    expect(error(`stun:${'a'.repeat(MAX_ICE_SERVER_URL_LENGTH)}`)).toMatch(/longer than/);
    expect(parseIceServerUrl(undefined as unknown as string).ok).toBe(false);
    expect(parseIceServerUrl('\u0000turn:\u202e').ok).toBe(false);
  });
});

describe('formatIceServerUrl', () => {
  it('writes the port explicitly and brackets IPv6 hosts', () => {
    const a = parseIceServerUrl('turn:localhost');
    const b = parseIceServerUrl('turn:[::1]?transport=tcp');
    expect(a.ok && formatIceServerUrl(a.url)).toBe('turn:localhost:3478');
    expect(b.ok && formatIceServerUrl(b.url)).toBe('turn:[::1]:3478?transport=tcp');
  });

  it('writes the port only when it was given, if asked to keep the URL as given', () => {
    const a = parseIceServerUrl('STUNS:Example.org');
    const b = parseIceServerUrl('stun:[2001:db8::1]:19302');
    expect(a.ok && formatIceServerUrl(a.url, 'as-given')).toBe('stuns:example.org');
    expect(b.ok && formatIceServerUrl(b.url, 'as-given')).toBe('stun:[2001:db8::1]:19302');
  });
});

describe('needsTurnCredentials', () => {
  it('is true only when a TURN URL is present', () => {
    expect(needsTurnCredentials(['stun:a'])).toBe(false);
    expect(needsTurnCredentials(['stun:a', 'turns:b'])).toBe(true);
  });
});
